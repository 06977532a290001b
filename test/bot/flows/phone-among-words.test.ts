/**
 * A mobile number typed among ordinary words ("0532 123 45 67 olsun", "cebim 0532 123 45 67"): the
 * one number of the message is the answer, at the application's phone question and at the contact
 * update's (tester: "Bu geçerli bir Türkiye cep telefonu numarası değil"). Two numbers, or one said
 * not to be it ("eski numaram …"), are asked back.
 */
import { describe, expect, it } from "vitest";
import { firmA } from "../../helpers/two-firms.ts";
import { sayAll, setup, tuzelAnswersToEmail } from "../harness.ts";

async function atEmailQuestion() {
  const ctx = await setup();
  await sayAll(ctx.chat, tuzelAnswersToEmail);
  return ctx;
}

describe("the application's phone question", () => {
  async function atPhoneQuestion() {
    const ctx = await atEmailQuestion();
    await ctx.chat.say("bilgi@ornek.com.tr");
    return ctx;
  }

  it.each([
    "0532 123 45 67 olsun",
    "cebim 0532 123 45 67",
    "doğrusu +90 (532) 123-4567",
    "yetkilinin cebi 05321234567, teşekkürler",
    "0532 123 45 67'den ulaşabilirsiniz",
    "please use 0532 123 45 67",
  ])("takes the one number among words: %s", async (typed) => {
    const { chat } = await atPhoneQuestion();
    const answer = await chat.say(typed);
    expect(answer).not.toMatch(/geçerli bir Türkiye cep telefonu/);
    expect(answer).toMatch(/akıllı kart/i);
  });

  it.each([
    "0532 123 45 67 ya da 0533 765 43 21 olsun",
    "eski numaram 0532 123 45 67",
    "0532 123 45 67 değil",
    "vkn 5321234567",
  ])("asks again for two numbers, or one said not to be it: %s", async (typed) => {
    const { chat } = await atPhoneQuestion();
    expect(await chat.say(typed)).toMatch(/geçerli bir Türkiye cep telefonu|birden fazla|Cep telefonu/);
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

  it.each([["yeni cebim 0533 222 11 00 olsun", "+905332221100"]])(
    "at the which-contact question: %s is the new value",
    async (typed, target) => {
      const ctx = await verifiedAtKind();
      const answer = await ctx.chat.say(typed);
      expect(answer).toMatch(/kodu gönderdik/);
      expect(ctx.world.lastCodeTo(target)).toBeDefined();
    },
  );

  it.each([
    ["Telefon", "yeni numaramız 0533 222 11 00 olsun", "+905332221100"],
    ["Telefon", "bundan sonra 0533 222 11 00 kullanılacak", "+905332221100"],
  ])("at the value question (%s): %s", async (kind, typed, target) => {
    const ctx = await verifiedAtKind();
    await ctx.chat.press(kind);
    expect(await ctx.chat.say(typed)).toMatch(/kodu gönderdik/);
    expect(ctx.world.lastCodeTo(target)).toBeDefined();
  });

  it("two numbers at the value question are asked back, no code sent", async () => {
    const ctx = await verifiedAtKind();
    await ctx.chat.press("Telefon");
    expect(await ctx.chat.say("0533 222 11 00 ya da 0533 222 11 01 olsun")).not.toMatch(/kodu gönderdik/);
    expect(ctx.world.lastCodeTo("+905332221100")).toBeUndefined();
  });
});
