/**
 * Paying more than owed ("fazla ödeme var", "overpaid") asks for the extra money back (R6.3); asking
 * for more ways to pay ("daha fazla ödeme seçeneği var mı") asks how to pay (R3.2), not a refund.
 */
import { describe, expect, it } from "vitest";
import { intentOf } from "../../helpers/intent-of.ts";

describe("overpaid or more ways to pay", () => {
  it.each([
    ["hem kartla hem havaleyle ödemişiz, fazla ödeme oldu", "tr", "refund"],
    ["daha fazla ödeme seçeneği var mı", "tr", "payment"],
    ["fazla ödeme yöntemi var mı", "tr", "payment"],
  ] as const)("%s (%s) → %s", (text, locale, intent) => {
    expect(intentOf(text, locale)).toBe(intent);
  });
});
