/**
 * Classes an outside tester found misread: a payment made twice is a money-back question (R6.3),
 * not the payment channels; a card that arrived broken is troubleshooting (R10), not delivery; a
 * question where the unlock (Kilit Çözme) is done, or a PIN typed wrong until the card no longer
 * opens, is the locked PIN (R4.2); "when will my certificate expire" and "<our seal>'s status" are
 * its status (R10.1); "the difference between X and Y" is one comparison (R1.2), not two questions.
 * The texts are paraphrases, not the tester's messages.
 */
import { describe, expect, it } from "vitest";
import { infoIntents } from "../../../bot/flows/info.ts";
import type { Intent } from "../../../bot/nlu/intent-names.ts";
import { twoQuestionsOf } from "../../../bot/nlu/two-questions.ts";
import { intentOf } from "../../helpers/intent-of.ts";

describe("paid twice, card arrived broken, where to unlock", () => {
  it.each([
    ["yanlislikla iki defa odeme yapmisiz", "tr", "refund"],
    ["aynı sipariş için iki kez ödeme çekildi", "tr", "refund"],
    ["we were charged two times for the same order", "en", "refund"],
    ["kart kırık geldi", "tr", "troubleshoot"],
    ["akıllı kart hasarlı geldi ne yapacağız", "tr", "troubleshoot"],
    ["the card we received is damaged", "en", "troubleshoot"],
    ["kilit cozme islemini nerden yapicaz", "tr", "pin_locked"],
    ["arkadaş şifreyi üç kere yanlış girmiş kart açılmıyor", "tr", "pin_locked"],
    ["when will our e-seal expire?", "en", "cert_status"],
    ["muhurumuzun durumu ne", "tr", "cert_status"],
    ["sertifikamizin suresi ne zaman doluyo", "tr", "cert_status"],
    ["what's the status of our seal", "en", "cert_status"],
  ] as const)("%s (%s) → %s", (text, locale, intent) => {
    expect(intentOf(text, locale)).toBe(intent);
  });

  it("a card that has not arrived stays delivery, one that arrived fine stays received", () => {
    expect(intentOf("kart hala gelmedi", "tr")).toBe("delivery");
    expect(intentOf("kart geldi şimdi ne yapacağız", "tr")).toBe("received");
  });

  it("the order's status, a parcel's and the certificate's lifetime stay theirs", () => {
    expect(intentOf("siparişimizin durumu nedir", "tr")).toBe("order_status");
    expect(intentOf("kartın kargo durumu nedir", "tr")).toBe("delivery");
    expect(intentOf("mali mühür kaç yıl geçerli", "tr")).toBe("renewal");
  });
});

describe("a comparison of two things is one question", () => {
  const faq: Intent[] = [...infoIntents, "prices", "production", "delivery"];
  it.each([
    ["what is the difference between an e-seal and e-imza?", "en"],
    ["difference between the financial seal and an e-signature?", "en"],
  ] as const)("%s → not split", (text, locale) => expect(twoQuestionsOf(text, locale, faq)).toBeUndefined());
  it("a second question after the comparison is still one", () =>
    expect(
      twoQuestionsOf(
        "what's the difference between e-seal and e-signature and how much does the seal cost?",
        "en",
        faq,
      ),
    ).toEqual(["difference", "prices"]));
});
