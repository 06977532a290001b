/**
 * After one contact is updated, the other is offered (tester round 18): the answer said "diğeri
 * için yeniden başlatabilirsiniz", but "şimdi telefon" or "bir de telefon numarası" then got the
 * call centre's number. Naming the other contact, "evet" or its button go on to its new value;
 * "hayır" closes; anything else is another topic, answered as usual.
 */
import { describe, expect, it } from "vitest";
import { firmA } from "../../helpers/two-firms.ts";
import { setup } from "../harness.ts";

/** Verified for firm A and its e-mail updated: the phone is offered. */
async function emailUpdated() {
  const ctx = await setup();
  await ctx.world.addCertificate(firmA);
  await ctx.chat.say("iletişim bilgisi güncelleme");
  await ctx.chat.say(firmA.vkn);
  await ctx.chat.say(ctx.world.lastCodeTo(firmA.email)!);
  await ctx.chat.say("e-posta");
  await ctx.chat.say("muhasebe@ornek.com.tr");
  const done = await ctx.chat.say(ctx.world.lastCodeTo("muhasebe@ornek.com.tr")!);
  expect(done).toMatch(/E-posta adresiniz güncellendi/);
  expect(done).toMatch(/Cep telefonu numaranızı da güncellemek/);
  return ctx;
}

describe("the other contact after an update", () => {
  it.each(["şimdi telefon", "bir de telefon numarası", "telefonu da güncelleyelim", "evet"])(
    "'%s' asks the new mobile number without a new verification",
    async (message) => {
      const ctx = await emailUpdated();
      expect(await ctx.chat.say(message)).toMatch(/Yeni cep telefonu numaranızı yazın/);
      expect(await ctx.chat.say("0533 111 22 33")).toMatch(/kod/);
    },
  );

  it("a new number typed at once is the new value", async () => {
    const ctx = await emailUpdated();
    expect(await ctx.chat.say("0533 111 22 33")).toMatch(/doğrulama kodu gönderdik/);
  });

  it("'hayır' closes; another topic is answered without a word about the update", async () => {
    const ctx = await emailUpdated();
    expect(await ctx.chat.say("hayır")).toMatch(/Başka bir konuda/);
    const other = await emailUpdated();
    const prices = await other.chat.say("fiyatlar ne kadar");
    expect(prices).toMatch(/TL/);
    expect(prices).not.toMatch(/burada bıraktım/);
    // a question naming the phone asks about the service's number, not for the other update
    const third = await emailUpdated();
    expect(await third.chat.say("müşteri hizmetleri telefon numaranız nedir?")).toContain("444 5 576");
  });
});
