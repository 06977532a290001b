/**
 * "Kodu nereye gönderdiniz", "kod hangi maile gitti", "which number did you send it to?" typed at a
 * code question got another topic: the delivery answer (which also ended the verification), the HSM
 * advice, the contact answer, the payment channels, or "Şunu mu demek istediniz?". Where the code
 * went is part of the code question: the registered contacts (the verification, named masked above
 * it, decoys alike for an unknown VKN) or the new contact (the contact update); the question stays
 * open and the code still works.
 */
import { describe, expect, it } from "vitest";
import { setup } from "../../harness.ts";

const firm = {
  vkn: "3230512384",
  title: "ÖRNEK BİLİŞİM ANONİM ŞİRKETİ",
  email: "bilgi@ornek.com.tr",
  phone: "+905321234567",
};

const turkish = [
  "kodu nereye gönderdiniz",
  "kod nereye geldi",
  "kodu hangi numaraya attiniz",
  "kod hangi maile gitti",
  "kodu kime yolladınız",
  "hangi telefona gonderdiniz kodu",
  "Kodu nereye yolladiniz acaba?",
  "sms hangi numaraya gitti",
];
const english = ["where did you send the code", "which number did you send it to?", "where did the code go?"];

/** What these questions got before. */
const otherTopics =
  /kargo|HSM|Çağrı merkezimiz: 444|Şunu mu demek|bıraktım|courier|virtual POS|Did you mean|call centre: 444/;

describe("where the code went, asked at the verification's code question", () => {
  const cases: [string, "tr" | "en"][] = [
    ...turkish.map((m): [string, "tr" | "en"] => [m, "tr"]),
    ...english.map((m): [string, "tr" | "en"] => [m, "en"]),
  ];
  it.each(cases)("%j: the registered contacts, the code still awaited", async (message, locale) => {
    const w = await setup({ locale });
    await w.world.addCertificate(firm);
    await w.chat.say(locale === "tr" ? "kartımız kayboldu" : "our card was lost");
    await w.chat.say(firm.vkn);
    const answer = await w.chat.say(message);
    expect(answer).toMatch(locale === "tr" ? /kayıtlı iletişim bilgilerinize/ : /registered contact details/);
    expect(answer).not.toMatch(otherTopics);
    expect(await w.chat.say(w.lastCodeTo(firm.email)!)).toMatch(/doğrulandı|verified/);
  });
});

describe("where the code went, asked at the contact update's code question", () => {
  it.each(["kodu nereye gönderdiniz", "kod hangi maile gitti", "kodu kime yolladınız"])(
    "%j: the new address, the code still awaited",
    async (message) => {
      const w = await setup();
      await w.world.addCertificate(firm);
      await w.chat.say("e-posta adresimi güncellemek istiyorum");
      await w.chat.say(firm.vkn);
      await w.chat.say(w.lastCodeTo(firm.email)!);
      await w.chat.press("E-posta");
      await w.chat.say("muhasebe@ornek.com.tr");
      const answer = await w.chat.say(message);
      expect(answer).toMatch(/yeni e-posta adresinize gönderdiğimiz/);
      expect(answer).not.toMatch(otherTopics);
      expect(await w.chat.say(w.lastCodeTo("muhasebe@ornek.com.tr")!)).toMatch(/güncellendi/);
    },
  );
});
