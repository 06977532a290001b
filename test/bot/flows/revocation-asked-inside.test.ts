/**
 * Outside conversation tester, round 21 (D03): a revocation started by "2 hafta önce kartımı
 * kaybettim" asks the VKN; "tamam iptal edelim" there got "Tamam, işlemden vazgeçtiniz; girdiğiniz
 * bilgiler silindi." The customer confirms the revocation: inside it, asking to revoke ("iptal
 * et/edelim/edin", "iptal etmek istiyorum", "revoke it", "yes cancel the certificate") carries on
 * and asks the VKN again; only explicit leaving ("vazgeçtim", "iptal", "boşver", "never mind") leaves.
 */
import { describe, expect, it } from "vitest";
import { firmA } from "../../helpers/two-firms.ts";
import { setup } from "../harness.ts";

async function atVkn(locale: "tr" | "en" = "tr") {
  const ctx = await setup({ locale });
  await ctx.world.addCertificate(firmA);
  await ctx.chat.say(locale === "tr" ? "2 hafta once kartimi kaybettim" : "I lost my card two weeks ago");
  return ctx;
}

describe("asking to revoke inside a revocation", () => {
  it.each([
    "tamam iptal edelim",
    "iptal et",
    "evet iptal edin lütfen",
    "iptal etmek istiyorum",
    "tamam iptal edilsin",
    "Tamam İptal Edelim",
  ])("'%s' at the VKN question carries on: the VKN is asked again, and the code follows", async (text) => {
    const ctx = await atVkn();
    const answer = await ctx.chat.say(text);
    expect(answer).not.toMatch(/vazgeçtiniz|bıraktım/);
    expect(answer).toMatch(/VKN/);
    await ctx.chat.say(firmA.vkn);
    expect(ctx.world.lastCodeTo(firmA.email)).toBeDefined();
  });

  it.each(["revoke it", "yes cancel the certificate", "ok revoke it please"])(
    "in English '%s' carries on",
    async (text) => {
      const ctx = await atVkn("en");
      const answer = await ctx.chat.say(text);
      expect(answer).not.toMatch(/cancelled|stopped/);
      expect(answer).toMatch(/VKN/);
    },
  );

  it.each(["vazgeçtim", "iptal", "boşver", "iptal etmekten vazgeçtim"])("'%s' still leaves", async (text) => {
    const ctx = await atVkn();
    expect(await ctx.chat.say(text)).toMatch(/vazgeçtiniz/);
  });

  it("'never mind' still leaves in English", async () => {
    const ctx = await atVkn("en");
    expect(await ctx.chat.say("never mind")).toMatch(/cancelled/);
  });
});
