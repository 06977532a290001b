/**
 * An e-mail address typed among ordinary words ("doğrusu ali@ornek.com.tr", "ali@ornek.com.tr
 * olsun", "yeni adresimiz muhasebe@ornek.com.tr olsun"): the one address of the message is the
 * answer, at the application's e-mail question and at the contact update's (tester: "Bu geçerli bir
 * e-posta adresi değil", or "choose one" with nothing to choose). Two addresses, or one said not to
 * be it ("eski adresim …"), are asked back.
 */
import { describe, expect, it } from "vitest";
import { firmA } from "../../helpers/two-firms.ts";
import { sayAll, setup, tuzelAnswersToEmail } from "../harness.ts";

async function atEmailQuestion() {
  const ctx = await setup();
  await sayAll(ctx.chat, tuzelAnswersToEmail);
  return ctx;
}

describe("the application's e-mail question", () => {
  it.each([
    "doğrusu ali@ornek.com.tr",
    "ali@ornek.com.tr olsun",
    "Ali@Ornek.com.tr olarak yazın lütfen",
    "bildirimler ali@ornek.com.tr'ye gelsin",
    "şirketimizin adresi: ali@ornek.com.tr, teşekkürler",
    "please use ali@ornek.com.tr",
  ])("takes the one address among words: %s", async (typed) => {
    const { chat } = await atEmailQuestion();
    const answer = await chat.say(typed);
    expect(answer).not.toMatch(/geçerli bir e-posta/);
    expect(answer).toMatch(/Cep telefonu numaranızı yazın/);
  });

  it.each([
    "ali@ornek.com.tr ya da veli@ornek.com.tr olsun",
    "ali@ornek.com.tr değil",
    "eski adresimiz ali@ornek.com.tr",
    "ali@ornek.com.tr ve 0532 123 45 67",
  ])("asks again for two addresses, or one said not to be it: %s", async (typed) => {
    const { chat } = await atEmailQuestion();
    expect(await chat.say(typed)).not.toMatch(/Cep telefonu numaranızı yazın \(/);
  });
});

describe("the contact update's new value", () => {
  const verifiedAtKind = async () => {
    const ctx = await setup();
    await ctx.world.addCertificate(firmA);
    await ctx.chat.say("iletişim bilgisi güncelleme");
    await ctx.chat.say(firmA.vkn);
    await ctx.chat.say(ctx.world.lastCodeTo(firmA.email)!);
    return ctx;
  };

  it.each([
    ["yeni adresimiz muhasebe@ornek.com.tr olsun", "muhasebe@ornek.com.tr"],
    ["muhasebe@ornek.com.tr olarak değiştirelim", "muhasebe@ornek.com.tr"],
  ])("at the which-contact question: %s is the new value", async (typed, target) => {
    const ctx = await verifiedAtKind();
    const answer = await ctx.chat.say(typed);
    expect(answer).toMatch(/kodu gönderdik/);
    expect(ctx.world.lastCodeTo(target)).toBeDefined();
  });

  it.each([["E-posta", "yeni adresimiz muhasebe@ornek.com.tr olsun", "muhasebe@ornek.com.tr"]])(
    "at the value question (%s): %s",
    async (kind, typed, target) => {
      const ctx = await verifiedAtKind();
      await ctx.chat.press(kind);
      expect(await ctx.chat.say(typed)).toMatch(/kodu gönderdik/);
      expect(ctx.world.lastCodeTo(target)).toBeDefined();
    },
  );

  it("two addresses at the value question are asked back, no code sent", async () => {
    const ctx = await verifiedAtKind();
    await ctx.chat.press("E-posta");
    expect(await ctx.chat.say("muhasebe@ornek.com.tr ya da finans@ornek.com.tr olsun")).not.toMatch(
      /kodu gönderdik/,
    );
    expect(ctx.world.lastCodeTo("muhasebe@ornek.com.tr")).toBeUndefined();
  });
});
