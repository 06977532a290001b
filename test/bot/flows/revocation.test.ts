import { describe, expect, it } from "vitest";
import { firmA, firmB } from "../../helpers/two-firms.ts";
import { setup } from "../harness.ts";

type Ctx = Awaited<ReturnType<typeof setup>>;

/** Verifies firm A for a contact update and leaves the flow. */
async function verifiedForA(ctx: Ctx) {
  await ctx.chat.say("iletişim bilgilerimi güncellemek istiyorum");
  await ctx.chat.say(firmA.vkn);
  await ctx.chat.say(ctx.world.lastCodeTo(firmA.email)!);
  await ctx.chat.say("menü");
}

/** Starts a revocation for firm A and verifies it: the reason question is open. */
async function atReasonForA(ctx: Ctx) {
  await ctx.chat.say("sertifika iptali");
  await ctx.chat.say(firmA.vkn);
  await ctx.chat.say(ctx.world.lastCodeTo(firmA.email)!);
}

const statusesOf = async (ctx: Ctx, vkn: string) =>
  (await ctx.world.certificates.findByVkn(vkn)).map((c) => c.status);

describe("revocation: which firm (R7.1 irreversible, R5.1 verification)", () => {
  it("names the verified firm (unvan, masked VKN) when it goes on without a new verification", async () => {
    const ctx = await setup();
    await ctx.world.addCertificate(firmA);
    await verifiedForA(ctx);
    const answer = await ctx.chat.say("ulus gıda firmamızın kartı kayboldu iptal etmek istiyoruz");
    expect(answer).toContain("ÖRNEK BİLİŞİM ANONİM ŞİRKETİ");
    expect(answer).toContain("32******84");
    expect(answer).not.toContain(firmA.vkn);
  });

  for (const [step, typed] of [
    ["reason", "4540536920"],
    ["reason", "4540536920 numaralı firmanın kartı"],
    ["reason", "vkn 454 053 6920"],
    ["confirm", "evet 4540536920"],
  ] as const)
    it(`verifies another firm's VKN typed at the ${step} question ("${typed}") and revokes nothing`, async () => {
      const ctx = await setup();
      await ctx.world.addCertificate(firmA);
      await ctx.world.addCertificate(firmB);
      await verifiedForA(ctx);
      await ctx.chat.say("kartımız kayboldu iptal etmek istiyoruz");
      expect(ctx.chat.buttons()).toEqual(["Kayıp", "Çalıntı"]);
      if (step === "confirm") await ctx.chat.press("Kayıp");
      const answer = await ctx.chat.say(typed);
      expect(answer).toContain("i***@u***.com.tr");
      expect(answer).not.toContain("geri alınamaz");
      // what the tester did next: the reason and "evet" revoke nothing of firm A
      await ctx.chat.say("Kayıp");
      await ctx.chat.say("evet");
      expect(await statusesOf(ctx, firmA.vkn)).not.toContain("revoked");
      // the other firm's code continues the revocation for that firm
      await ctx.chat.say(ctx.world.lastCodeTo(firmB.email)!);
      expect(await ctx.ra.verifiedSubject(ctx.ref.id)).toBe(firmB.vkn);
      expect(ctx.chat.buttons()).toEqual(["Kayıp", "Çalıntı"]);
      const warning = await ctx.chat.press("Kayıp");
      expect(warning).toContain("ULUS GIDA ANONİM ŞİRKETİ");
      expect(warning).toContain("45******20");
      await ctx.chat.say("evet");
      expect(await statusesOf(ctx, firmB.vkn)).toContain("revoked");
      expect(await statusesOf(ctx, firmA.vkn)).not.toContain("revoked");
    });

  it("refuses an invalid VKN typed in the dialog instead of going on with the verified firm", async () => {
    const ctx = await setup();
    await ctx.world.addCertificate(firmA);
    await atReasonForA(ctx);
    const answer = await ctx.chat.say("4540536921");
    expect(answer).toMatch(/geçersiz/);
    expect(answer).not.toContain("geri alınamaz");
    await ctx.chat.say("Kayıp");
    await ctx.chat.say("evet");
    expect(await statusesOf(ctx, firmA.vkn)).not.toContain("revoked");
  });

  it("names the firm, the serial and the card in the irreversibility warning", async () => {
    const ctx = await setup();
    const cert = await ctx.world.addCertificate(firmA);
    await atReasonForA(ctx);
    const warning = await ctx.chat.press("Kayıp");
    expect(warning).toContain("geri alınamaz");
    expect(warning).toContain("ÖRNEK BİLİŞİM ANONİM ŞİRKETİ");
    expect(warning).toContain("32******84");
    expect(warning).not.toContain(firmA.vkn);
    expect(warning).toContain(cert.serial);
    expect(warning).toMatch(/akıllı kart/i);
  });

  it("says HSM in the warning for an HSM certificate (English too)", async () => {
    const ctx = await setup({ locale: "en" });
    await ctx.world.addCertificate({ ...firmA, medium: "hsm" });
    await ctx.chat.say("I want to revoke my certificate");
    await ctx.chat.say(firmA.vkn);
    await ctx.chat.say(ctx.world.lastCodeTo(firmA.email)!);
    const warning = await ctx.chat.press("Lost");
    expect(warning).toContain("HSM");
    expect(warning).toContain("ÖRNEK BİLİŞİM ANONİM ŞİRKETİ");
    expect(warning).toContain("32******84");
  });

  it("goes on when the verified firm's own VKN is typed at the reason question", async () => {
    const ctx = await setup();
    await ctx.world.addCertificate(firmA);
    await atReasonForA(ctx);
    const answer = await ctx.chat.say(firmA.vkn);
    expect(answer).toContain("32******84");
    expect(ctx.chat.buttons()).toEqual(["Kayıp", "Çalıntı"]);
  });
});

describe("revocation: choosing among several certificates (R7.3)", () => {
  const atPicker = async (locale: "tr" | "en" = "tr") => {
    const ctx = await setup({ locale });
    const card = await ctx.world.addCertificate({ ...firmA, medium: "card" });
    const hsm = await ctx.world.addCertificate({ ...firmA, medium: "hsm" });
    await ctx.chat.say(locale === "tr" ? "sertifika iptali" : "I want to revoke my certificate");
    await ctx.chat.say(firmA.vkn);
    await ctx.chat.say(ctx.world.lastCodeTo(firmA.email)!);
    return { ctx, card, hsm };
  };

  it("labels each choice with its medium and validity end", async () => {
    const { ctx } = await atPicker();
    const labels = ctx.chat.buttons();
    expect(labels.some((l) => /^Akıllı kart: .*son geçerlilik/.test(l))).toBe(true);
    expect(labels.some((l) => /^HSM: .*son geçerlilik/.test(l))).toBe(true);
  });

  for (const [typed, which] of [
    ["ikincisi", 1],
    ["2", 1],
    ["ilki", 0],
    ["sonuncusu", 1],
    ["HSM olanı", "hsm"],
  ] as const)
    it(`takes "${typed}" as a choice from the list`, async () => {
      const { ctx, card, hsm } = await atPicker();
      const labels = ctx.chat.buttons();
      const expected =
        which === "hsm" ? hsm.serial : labels[which]!.includes(card.serial) ? card.serial : hsm.serial;
      await ctx.chat.say(typed);
      expect(ctx.chat.buttons()).toEqual(["Kayıp", "Çalıntı"]);
      expect(await ctx.chat.press("Kayıp")).toContain(expected);
    });

  it("takes 'the second' in English", async () => {
    const { ctx } = await atPicker("en");
    await ctx.chat.say("the second");
    expect(ctx.chat.buttons()).toEqual(["Lost", "Stolen"]);
  });
});
