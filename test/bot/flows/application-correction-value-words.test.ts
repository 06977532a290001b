/**
 * A correction at the application summary that names the field, says it changes and gives the new
 * value in its own words: "adres değişecek Moda Cad No 5 Kadıköy İstanbul olsun" got the address
 * question again (addresses were never read from a correction; names only after "yanlış"). Now the
 * value is taken (checked as the field's question checks it) and the summary shown again. And at
 * the address question reached from the summary, "telefonu 0533 765 43 21 yapalım" got the call
 * centre's contact text: "yapalım" now marks a correction of the earlier field with its value.
 */
import { describe, expect, it } from "vitest";
import { legalAnswersToEmailEn, sayAll, setup, tuzelCardAnswers } from "../harness.ts";

const englishCard = [
  ...legalAnswersToEmailEn,
  "jane@example.com",
  "0532 123 45 67",
  "smart card",
  "Ataturk Cad. No: 1 Cankaya Ankara",
];

describe("a correction at the summary with the new value in words", () => {
  it.each([
    ["adres değişecek Moda Cad No 5 Kadıköy İstanbul olsun", "Moda Cad No 5 Kadıköy İstanbul"],
    ["adres degisecek Moda Cad No 5 Kadikoy Istanbul olsun", "Moda Cad No 5 Kadikoy Istanbul"],
    [
      "teslimat adresini Moda Caddesi No 5 Kadıköy İstanbul olarak değiştirin",
      "Moda Caddesi No 5 Kadıköy İstanbul",
    ],
    ["hayır, adres yanlış: Bağdat Cad. No 10 Maltepe İstanbul", "Bağdat Cad. No 10 Maltepe İstanbul"],
    ["adresimiz değişti, yenisi Bağdat Cad. No 10 Maltepe İstanbul", "Bağdat Cad. No 10 Maltepe İstanbul"],
  ])("'%s'", async (typed, address) => {
    const { chat, world } = await setup();
    await sayAll(chat, tuzelCardAnswers);
    const reply = await chat.say(typed);
    expect(reply).toContain("onaylıyor musunuz");
    expect(reply).toContain(`Teslimat adresi: ${address}`);
    await chat.say("evet");
    expect(world.submissions.at(-1)?.deliveryAddress).toBe(address);
  });

  it.each([
    ["yetkili adı Ayşe Demir olacak", "İmza yetkilisi: Ayşe Demir"],
    ["imza yetkilisi değişti, Mehmet Kaya olsun", "İmza yetkilisi: Mehmet Kaya"],
    ["unvanı Örnek Yazılım A.Ş. olarak değiştirin", "Unvan: ÖRNEK YAZILIM A.Ş."],
    ["e-posta değişsin muhasebe@ornek.com.tr olsun", "E-posta: m***@ornek.com.tr"],
    ["telefonu 0533 765 43 21 yapalım", "Cep telefonu: +90 5** *** ** 21"],
  ])("'%s'", async (typed, line) => {
    const { chat } = await setup();
    await sayAll(chat, tuzelCardAnswers);
    const reply = await chat.say(typed);
    expect(reply).toContain("onaylıyor musunuz");
    expect(reply).toContain(line);
  });

  it.each(["adres yanlış", "adres yanlış yazılmış", "adresi değiştirmek istiyorum", "yetkili adı yanlış"])(
    "'%s' without a value: the field's question",
    async (typed) => {
      const { chat } = await setup();
      await sayAll(chat, tuzelCardAnswers);
      expect(await chat.say(typed)).not.toContain("onaylıyor musunuz");
    },
  );

  it.each([
    [
      "the delivery address is wrong, it should be Moda Cad. No 5 Kadikoy Istanbul",
      "Delivery address: Moda Cad. No 5 Kadikoy Istanbul",
    ],
    ["change the signatory name to John Smith", "John Smith"],
  ])("en: '%s'", async (typed, line) => {
    const { chat } = await setup({ locale: "en" });
    await sayAll(chat, englishCard);
    const reply = await chat.say(typed);
    expect(reply).toMatch(/confirm/i);
    expect(reply).toContain(line);
  });

  it("the phone changed at the address question reached from the summary", async () => {
    const { chat, world } = await setup();
    await sayAll(chat, tuzelCardAnswers);
    await chat.say("adres yanlış");
    const reply = await chat.say("telefonu 0533 765 43 21 yapalım");
    expect(reply).not.toMatch(/444 5 576/);
    expect(reply).toMatch(/\+90 5\*\* \*\*\* \*\* 21/);
    expect(reply).toMatch(/teslimat adresini/);
    await chat.say("Moda Cad No 5 Kadıköy İstanbul");
    await chat.say("evet");
    expect(world.submissions.at(-1)).toMatchObject({
      phone: "+905337654321",
      deliveryAddress: "Moda Cad No 5 Kadıköy İstanbul",
    });
  });
});
