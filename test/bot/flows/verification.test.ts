import { describe, expect, it } from "vitest";
import { firmA, firmB } from "../../helpers/two-firms.ts";
import { setup } from "../harness.ts";

/** Verifies firm A for a contact update and leaves the flow. */
async function verifiedForA(ctx: Awaited<ReturnType<typeof setup>>) {
  await ctx.chat.say("iletişim bilgilerimi güncellemek istiyorum");
  await ctx.chat.say(firmA.vkn);
  await ctx.chat.say(ctx.world.lastCodeTo(firmA.email)!);
  expect(ctx.chat.buttons()).toContain("E-posta");
  await ctx.chat.say("menü");
}

describe("identity verification of the verified flows (interfaces.md §4)", () => {
  it("verifies another VKN named in the request instead of serving the verified firm", async () => {
    const ctx = await setup();
    await ctx.world.addCertificate(firmA);
    await ctx.world.addCertificate(firmB);
    await verifiedForA(ctx);
    const answer = await ctx.chat.say("4540536920 firmasının iletişim bilgilerini güncellemek istiyorum");
    expect(answer).toContain("i***@u***.com.tr");
    expect(ctx.chat.buttons()).not.toContain("E-posta");
    await ctx.chat.say(ctx.world.lastCodeTo(firmB.email)!);
    expect(await ctx.ra.verifiedSubject(ctx.ref.id)).toBe(firmB.vkn);
    expect(ctx.chat.buttons()).toContain("E-posta");
  });

  it("names the verified identity, masked, when it skips the verification", async () => {
    const ctx = await setup();
    await ctx.world.addCertificate(firmA);
    await verifiedForA(ctx);
    const answer = await ctx.chat.say("telefonumu güncellemek istiyorum");
    expect(answer).toContain("32******84");
    expect(answer).not.toContain(firmA.vkn);
    expect(ctx.chat.buttons()).toContain("E-posta");
  });

  it("takes a VKN named in the first request as the answer to the VKN question", async () => {
    const ctx = await setup();
    await ctx.world.addCertificate(firmB);
    expect(await ctx.chat.say("4540536920 için iletişim bilgisi güncellemek istiyorum")).toContain(
      "i***@u***.com.tr",
    );
  });

  it("says a code has expired (5 minutes) instead of 'no tries left' when one try was used", async () => {
    for (const [topic, vkn, email] of [
      ["iletişim bilgilerimi güncellemek istiyorum", firmA.vkn, firmA.email],
      ["sertifikamın durumu nedir", firmA.vkn, firmA.email],
    ] as const) {
      const ctx = await setup();
      await ctx.world.addCertificate(firmA);
      await ctx.chat.say(topic);
      await ctx.chat.say(vkn);
      const code = ctx.world.lastCodeTo(email)!;
      ctx.clock.advance(6 * 60_000);
      const answer = await ctx.chat.say(code);
      expect(answer, topic).toMatch(/süresi doldu/);
      expect(answer, topic).toMatch(/5 dakika/);
      expect(answer, topic).not.toMatch(/Deneme hakkınız doldu/);
      expect(await ctx.ra.verifiedSubject(ctx.ref.id)).toBeUndefined();
    }
  });

  it("says a new contact's code has expired in the contact update as well", async () => {
    const ctx = await setup();
    await ctx.world.addCertificate(firmA);
    await verifiedForA(ctx);
    await ctx.chat.say("e-postamı güncellemek istiyorum");
    await ctx.chat.say("E-posta");
    await ctx.chat.say("yeni@ornek.com.tr");
    const code = ctx.world.lastCodeTo("yeni@ornek.com.tr")!;
    expect(code).toBeDefined();
    ctx.clock.advance(6 * 60_000);
    const answer = await ctx.chat.say(code);
    expect(answer).toMatch(/süresi doldu/);
    expect(answer).not.toMatch(/Deneme hakkınız doldu/);
  });
});
