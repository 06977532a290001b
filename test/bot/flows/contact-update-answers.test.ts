/**
 * The contact update (R5.1) and its verification with the answers customers actually type: both
 * contacts at once, no access to the registered contacts, a labelled new value, a change of mind,
 * another topic at the code question, and a verification that ran out before the new value.
 */
import { describe, expect, it } from "vitest";
import { firmA } from "../../helpers/two-firms.ts";
import { setup } from "../harness.ts";

const verifiedAtKind = async (locale: "tr" | "en" = "tr") => {
  const ctx = await setup({ locale });
  await ctx.world.addCertificate(firmA);
  await ctx.chat.say(locale === "tr" ? "iletişim bilgisi güncelleme" : "I want to update my contact details");
  await ctx.chat.say(firmA.vkn);
  await ctx.chat.say(ctx.world.lastCodeTo(firmA.email)!);
  return ctx;
};

describe("both contacts at the which-contact question", () => {
  for (const [locale, typed, asked] of [
    ["tr", "ikisini de", /Hangi iletişim/],
    ["tr", "her ikisini de güncellemek istiyorum", /Hangi iletişim/],
    ["tr", "hem e-posta hem telefon", /Hangi iletişim/],
    ["en", "both", /Which contact/],
    ["en", "both of them please", /Which contact/],
  ] as const)
    it(`${locale}: "${typed}" is told one at a time and asked again, still verified`, async () => {
      const ctx = await verifiedAtKind(locale);
      const answer = await ctx.chat.say(typed);
      expect(answer).toMatch(asked);
      expect(answer).toMatch(locale === "tr" ? /birini|sırayla/ : /one at a time/);
      expect(answer).not.toMatch(/Merhaba|Hello/);
      // the dialog goes on without a new verification
      await ctx.chat.say(locale === "tr" ? "telefon" : "phone");
      expect(await ctx.chat.say("0533 111 22 33")).toMatch(
        locale === "tr" ? /kodu gönderdik/ : /sent a verification code/,
      );
    });
});

describe("a customer who cannot receive the code at the registered contacts", () => {
  for (const [locale, typed] of [
    ["tr", "kayıtlı e-postaya artık erişimim yok, kod gelmiyor"],
    ["tr", "eski numara kullanılmıyor, kodu alamıyorum"],
    ["tr", "kod gelmedi"],
    ["tr", "o telefon artık bende değil"],
    ["en", "I no longer have access to the registered email"],
    ["en", "the code is not arriving, the old number is not in use"],
    ["en", "I can't receive the code"],
  ] as const)
    it(`${locale}: "${typed}" at the code question is sent to the call centre`, async () => {
      const ctx = await setup({ locale });
      await ctx.world.addCertificate(firmA);
      await ctx.chat.say(locale === "tr" ? "telefonumu güncellemek istiyorum" : "update phone");
      await ctx.chat.say(firmA.vkn);
      const answer = await ctx.chat.say(typed);
      expect(answer).toContain("444 5 576");
      expect(answer).not.toMatch(/3 yıl|3 years/);
    });
});

describe("the code to the new contact does not arrive", () => {
  it("is told to check the new value ('geri') or call the call centre, and the code is still asked", async () => {
    const ctx = await verifiedAtKind();
    await ctx.chat.say("telefon");
    await ctx.chat.say("0533 111 22 33");
    const answer = await ctx.chat.say("kod gelmedi");
    expect(answer).toMatch(/geri/);
    expect(answer).toContain("444 5 576");
    expect(await ctx.chat.say(ctx.world.lastCodeTo("+905331112233")!)).toMatch(/güncellendi/);
  });
});

describe("a labelled new contact", () => {
  for (const [locale, typed] of [
    ["tr", "yeni numaram 0532 444 55 66"],
    ["tr", "numaram 0532 444 55 66"],
    ["tr", "yeni cep numaram: 05324445566"],
    ["en", "it's 0532-444-55-66"],
    ["en", "new number is 0532 444 55 66"],
    ["en", "my new number is +90 532 444 55 66"],
  ] as const)
    it(`${locale}: "${typed}" is the new phone`, async () => {
      const ctx = await verifiedAtKind(locale);
      await ctx.chat.say(locale === "tr" ? "telefon" : "phone");
      expect(await ctx.chat.say(typed)).toMatch(
        locale === "tr" ? /kodu gönderdik/ : /sent a verification code/,
      );
    });

  for (const [locale, typed] of [
    ["tr", "yeni mailim muhasebe@ornek.com.tr"],
    ["en", "it's muhasebe@ornek.com.tr"],
    ["en", "new email is muhasebe@ornek.com.tr"],
  ] as const)
    it(`${locale}: "${typed}" is the new e-mail`, async () => {
      const ctx = await verifiedAtKind(locale);
      await ctx.chat.press(locale === "tr" ? "E-posta" : "E-mail");
      expect(await ctx.chat.say(typed)).toMatch(
        locale === "tr" ? /kodu gönderdik/ : /sent a verification code/,
      );
    });
});

describe("changing mind and other topics inside the dialog", () => {
  it("at the new phone: 'aslında e-posta olsun' switches to the e-mail, still verified", async () => {
    const ctx = await verifiedAtKind();
    await ctx.chat.say("telefon");
    const answer = await ctx.chat.say("aslında e-posta olsun");
    expect(answer).toMatch(/Yeni e-posta adresinizi yazın/);
    expect(answer).not.toMatch(/cep telefonu numarası değil/);
    expect(await ctx.chat.say("muhasebe@ornek.com.tr")).toMatch(/kodu gönderdik/);
  });

  it("at the new phone: an e-mail address typed there switches to the e-mail", async () => {
    const ctx = await verifiedAtKind();
    await ctx.chat.say("telefon");
    expect(await ctx.chat.say("muhasebe@ornek.com.tr")).toMatch(/kodu gönderdik/);
    expect(await ctx.chat.say(ctx.world.lastCodeTo("muhasebe@ornek.com.tr")!)).toMatch(
      /E-posta adresiniz güncellendi/,
    );
  });

  it("English: 'actually make it email' at the new phone", async () => {
    const ctx = await verifiedAtKind("en");
    await ctx.chat.say("phone");
    expect(await ctx.chat.say("actually make it email")).toMatch(/new e-mail address/);
  });

  it("at the verification code: an order question is answered and the customer is told the verification stopped", async () => {
    const ctx = await setup();
    await ctx.world.addCertificate(firmA);
    await ctx.chat.say("iletişim bilgisi güncelleme");
    await ctx.chat.say(firmA.vkn);
    const answer = await ctx.chat.say("sipariş durumum ne");
    expect(answer).toMatch(/Kimlik doğrulamasını burada bıraktım/);
    expect(answer).toMatch(/Sipariş numaranızı yazın/);
    expect(ctx.chat.buttons()).toContain("Yeniden dene");
  });

  it("at the new value: an order question says the update stopped; a price question keeps it", async () => {
    const ctx = await verifiedAtKind();
    await ctx.chat.say("telefon");
    const price = await ctx.chat.say("fiyatı ne kadar?");
    expect(price).not.toMatch(/bıraktım/);
    expect(price).toMatch(/Yeni cep telefonu numaranızı yazın/);
    const order = await ctx.chat.say("sipariş durumum ne");
    expect(order).toMatch(/İletişim bilgisi güncellemesini burada bıraktım/);
    expect(order).toMatch(/Sipariş numaranızı yazın/);
  });

  it("after the 15 minutes of verification, the new value is not asked for", async () => {
    const ctx = await verifiedAtKind();
    ctx.clock.advance(16 * 60_000);
    const answer = await ctx.chat.say("e-posta");
    expect(answer).toMatch(/süresi doldu/);
    expect(answer).not.toMatch(/Yeni e-posta adresinizi yazın/);
  });
});
