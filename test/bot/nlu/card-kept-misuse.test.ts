/**
 * The card kept by someone who left (an employee, a partner) and its misuse feared ("ayrılan
 * personel kartı teslim etmedi, kötüye kullanılabilir", "an ex-employee kept the card, we fear
 * misuse"): a revocation reason (R7.2, used against its purpose), so revoke, never a delivery or a
 * refund ("iade etmedi" is the card not handed back, not money). The card simply received stays
 * received.
 */
import { describe, expect, it } from "vitest";
import { intentOf } from "../../helpers/intent-of.ts";

describe("the card kept, misuse feared", () => {
  it.each([
    ["ayrılan personel kartı teslim etmedi, kötüye kullanılabilir", "tr"],
    ["işten çıkardığımız muhasebeci mühür kartını iade etmedi, kötüye kullanır diye endişeliyiz", "tr"],
    ["an ex-employee kept the card, we fear misuse", "en"],
  ] as const)("%s (%s) → revoke", (text, locale) => {
    expect(intentOf(text, locale)).toBe("revoke");
  });

  it("the card received stays received", () => {
    expect(intentOf("kartı teslim aldık şimdi ne yapacağız", "tr")).toBe("received");
  });
});
