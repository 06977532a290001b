/**
 * The money back asked with when, still or how between the money and the refund ("iptal edilen
 * başvurunun parası ne zaman iade edilir", "ödediğimiz para hâlâ iade edilmedi") is the refund
 * question (R6.3), not the cancellation told before it.
 */
import { describe, expect, it } from "vitest";
import { intentOf } from "../../helpers/intent-of.ts";

describe("the money back, and when", () => {
  it.each([
    "iptal edilen başvurunun parası ne zaman iade edilir",
    "başvuruyu iptal ettik ücret ne zaman iade edilecek",
    "siparişten vazgeçtik, ödediğimiz para hala iade edilmedi",
  ])("'%s' → refund", (text) => {
    expect(intentOf(text)).toBe("refund");
  });

  it.each([
    ["başvurumu iptal etmek istiyorum", "cancel_application"],
    ["ödeme ne zaman hesabınıza geçer", "payment"],
  ] as const)("'%s' → %s", (text, intent) => {
    expect(intentOf(text)).toBe(intent);
  });
});
