/**
 * Classes a fresh paraphrase set found misread: an officer's e-signature offered in place of the
 * seal (R1.2), whether the seal enrols the firm in e-Invoice (R2.1), and a firm whose partners are
 * all foreign (R9.1) said in English.
 */
import { describe, expect, it } from "vitest";
import { intentOf } from "../../helpers/intent-of.ts";

describe("class gaps of dev set C", () => {
  it.each([
    ["müdürümüzün e-imzası var onunla fatura imzalanmaz mı", "tr", "difference"],
    ["does getting the seal automatically register us for e-invoice", "en", "before_apply"],
    ["all our partners are foreign, how do we apply", "en", "r9"],
    ["our shareholders are all foreign", "en", "r9"],
  ] as const)("%s (%s) → %s", (text, locale, intent) => {
    expect(intentOf(text, locale)).toBe(intent);
  });

  it("one foreign partner is no R9 case", () => {
    expect(intentOf("one of our partners is foreign, can we apply", "en")).toBe("apply");
  });
});
