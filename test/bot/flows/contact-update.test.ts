import { describe, expect, it } from "vitest";
import { firmA } from "../../helpers/two-firms.ts";
import { setup } from "../harness.ts";

describe("the code question takes an e-mail or phone typed there as a wrong answer, never a topic", () => {
  const atNewContactCode = async (kind: "E-posta" | "Telefon", value: string, locale: "tr" | "en" = "tr") => {
    const ctx = await setup({ locale });
    await ctx.world.addCertificate(firmA);
    await ctx.chat.say(
      locale === "tr" ? "iletişim bilgisi güncelleme" : "I want to update my contact details",
    );
    await ctx.chat.say(firmA.vkn);
    await ctx.chat.say(ctx.world.lastCodeTo(firmA.email)!);
    await ctx.chat.press(locale === "tr" ? kind : kind === "E-posta" ? "E-mail" : "Phone");
    await ctx.chat.say(value);
    return ctx;
  };

  for (const typed of ["yeni@ornek.com.tr", "yeni adresimiz yeni@ornek.com.tr olacak", "0533 111 22 33"])
    it(`contact update: "${typed}" at the new e-mail's code question`, async () => {
      const ctx = await atNewContactCode("E-posta", "muhasebe@ornek.com.tr");
      const answer = await ctx.chat.say(typed);
      expect(answer).not.toContain("3 yıl");
      expect(answer).toMatch(/6 haneli kodu/);
      expect(answer).toMatch(/e-posta/);
      // the code question is still open
      expect(await ctx.chat.say(ctx.world.lastCodeTo("muhasebe@ornek.com.tr")!)).toContain("güncellendi");
    });

  it("contact update (English): an e-mail at the code question", async () => {
    const ctx = await atNewContactCode("E-posta", "muhasebe@ornek.com.tr", "en");
    const answer = await ctx.chat.say("new@ornek.com.tr");
    expect(answer).toMatch(/6-digit code/);
  });

  it("identity verification: an e-mail at the code question", async () => {
    const ctx = await setup();
    await ctx.world.addCertificate(firmA);
    await ctx.chat.say("iletişim bilgisi güncelleme");
    await ctx.chat.say(firmA.vkn);
    const answer = await ctx.chat.say("yeni@ornek.com.tr");
    expect(answer).toMatch(/6 haneli doğrulama kodunu/);
    expect(answer).not.toContain("3 yıl");
    await ctx.chat.say(ctx.world.lastCodeTo(firmA.email)!);
    expect(ctx.chat.buttons()).toContain("E-posta");
  });
});
