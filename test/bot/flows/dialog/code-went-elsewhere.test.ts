/**
 * At the code question, the code said to have gone to someone else ("kod müşteriye gitti, bana
 * gelmedi", an accountant acting for a client; "kod patronun telefonuna gidiyor", "the code went to
 * our director's phone"): before, "gelmedi" read as the card not arrived, the verification was left
 * ("Kimlik doğrulamasını burada bıraktım") and the delivery text asked for an order number. It is the
 * code not reaching the customer (bot/flows/dialog/code-unreachable.ts): where codes go and the call
 * centre, the code question kept, so the code fetched from the client still verifies.
 */
import { describe, expect, it } from "vitest";
import { setup } from "../../harness.ts";

const firm = {
  vkn: "3230512384",
  title: "ÖRNEK BİLİŞİM ANONİM ŞİRKETİ",
  email: "bilgi@ornek.com.tr",
  phone: "+905321234567",
};

describe("the code gone to someone else, at the code question", () => {
  it.each([
    ["tr", "muhasebeciyim müşterimin mail adresini değiştirmem gerek", "kod müşteriye gitti, bana gelmedi"],
    ["tr", "iletişim bilgimizi güncellemek istiyoruz", "kod patronun telefonuna gidiyor"],
    ["tr", "iletişim bilgimizi güncellemek istiyoruz", "bize gelmedi ki kod, eski müdürün numarasına gitmiş"],
    ["en", "I need to update our contact details", "the code went to our director's phone, not mine"],
  ] as const)("%s: %s / %s", async (locale, opening, message) => {
    const { chat, world } = await setup({ locale });
    await world.addCertificate(firm);
    await chat.say(opening);
    await chat.say(firm.vkn);
    const reply = await chat.say(message);
    expect(reply).toMatch(locale === "tr" ? /Kod yalnızca kayıtlı/ : /sent only to your registered/);
    expect(reply).not.toMatch(
      /burada bıraktım|sipariş numaranızı yazın|stopped the identity|Type your order number/,
    );
    // the code fetched from whoever has it still verifies
    expect(await chat.say(world.lastCodeTo(firm.email)!)).toMatch(/doğrulandı|verified/);
  });
});
