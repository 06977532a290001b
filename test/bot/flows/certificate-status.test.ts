import { describe, expect, it } from "vitest";
import { firmA, firmB } from "../../helpers/two-firms.ts";
import { setup } from "../harness.ts";

/** Verifies firm A through the status flow; returns the serial of A's signing certificate. */
async function verifiedForA(ctx: Awaited<ReturnType<typeof setup>>) {
  await ctx.chat.say("sertifikamın durumunu öğrenmek istiyorum");
  await ctx.chat.say(firmA.vkn);
  expect(await ctx.chat.say(ctx.world.lastCodeTo(firmA.email)!)).toContain("geçerli");
}

describe("certificate status by VKN (R10.1, interfaces.md §4)", () => {
  it("never lists the verified firm's certificates for another VKN: it verifies that VKN first", async () => {
    const ctx = await setup();
    const a = await ctx.world.addCertificate(firmA);
    const b = await ctx.world.addCertificate(firmB);
    await verifiedForA(ctx);
    await ctx.chat.say("peki diğer firmamızın sertifika durumu ne");
    const answer = await ctx.chat.say(firmB.vkn);
    expect(answer).not.toContain(a.serial);
    expect(answer).toContain("i***@u***.com.tr");
    const listed = await ctx.chat.say(ctx.world.lastCodeTo(firmB.email)!);
    expect(listed).toContain(b.serial);
    expect(listed).not.toContain(a.serial);
  });

  it("lists at once when the VKN asked is the one verified", async () => {
    const ctx = await setup();
    const a = await ctx.world.addCertificate(firmA);
    await verifiedForA(ctx);
    // the list just shown is the next status question's subject (certificate-shown-context.test.ts)
    const again = await ctx.chat.say("sertifika durumu");
    expect(again).toContain(a.serial);
    expect(again).not.toMatch(/kod/i);
    const named = await ctx.chat.say(`${firmA.vkn} sertifika durumu`);
    expect(named).toContain(a.serial);
    expect(named).not.toMatch(/kod/i);
  });

  it("takes a VKN named in the question itself as the answer", async () => {
    const ctx = await setup();
    const a = await ctx.world.addCertificate(firmA);
    await ctx.world.addCertificate(firmB);
    await verifiedForA(ctx);
    const answer = await ctx.chat.say("4540536920 firmasının sertifika durumu ne");
    expect(answer).not.toContain(a.serial);
    expect(answer).toContain("i***@u***.com.tr");
  });
});
