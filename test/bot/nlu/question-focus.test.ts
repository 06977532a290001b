/**
 * A long message whose context (applied, paid, how long ago) comes before the question: when its
 * last clause says the card has not arrived, it asks where the card is (R3.3.1), not how to apply
 * or pay; when its last words ask for the money back or how to pay, it asks that (R6.3, R3.2).
 */
import { describe, expect, it } from "vitest";
import { intentOf } from "../../helpers/intent-of.ts";

describe("the card has not arrived, after context", () => {
  it.each([
    ["başvuru yaptım ödedim 1 hafta oldu kart hala gelmedi", "tr"],
    ["merhaba geçen ay başvurduk ödemeyi de yaptık ama kargo hala ulaşmadı nerede", "tr"],
    ["ödemeyi yaptık 10 gün oldu hala kart elimize ulaşmadı", "tr"],
    ["we applied and paid two weeks ago and the card still hasn't arrived", "en"],
    ["I paid ten days ago but the seal never came", "en"],
    ["it's been two weeks and we still haven't got the card", "en"],
  ] as const)("%s → delivery", (text, locale) => {
    expect(intentOf(text, locale)).toBe("delivery");
  });

  it.each([
    ["kartla birlikte fatura gelmedi", "tr", "invoice"],
    ["kart hala gelmedi, başvurum ne durumda", "tr", "order_status"],
  ] as const)("%s → %s (another thing or another question last)", (text, locale, intent) => {
    expect(intentOf(text, locale)).toBe(intent);
  });
});

describe("money back and the way to pay, asked after the story", () => {
  it.each([
    ["yanlış firma adına başvurup ödemişiz, parayı geri alabilir miyiz", "tr", "refund"],
    ["we applied for the wrong company and paid, can we get the money back", "en", "refund"],
    ["başvuruyu iptal edersem param iade edilir mi", "tr", "refund"],
    ["başvuruyu tamamladık, ödemeyi vakıfbank'tan nasıl yapacağız", "tr", "payment"],
    ["my card limit was not enough on the virtual POS, how else can I pay", "en", "payment"],
  ] as const)("%s (%s) → %s", (text, locale, intent) => {
    expect(intentOf(text, locale)).toBe(intent);
  });

  it("a revocation with a fee question stays a revocation", () => {
    expect(intentOf("kartımız çalındı iptal edin, ücret iadesi olur mu", "tr")).toBe("revoke");
  });

  it("a payment made, then another question, is not a payment question", () => {
    expect(intentOf("ödemeyi yaptık, kart geldi nasıl kuracağız", "tr")).toBe("received");
  });
});
