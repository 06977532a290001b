/**
 * A payment made and not yet seen ("havaleyi yaptık sistemde hala ödenmedi yazıyor", "we paid but it
 * doesn't show", "the transfer went out but the order says unpaid"): bank payments are reflected one
 * business day later (R3.2), payment. Paying twice (refund) is not this class.
 */
import { describe, expect, it } from "vitest";
import { intentOf } from "../../helpers/intent-of.ts";

describe("paid, not seen yet", () => {
  it.each([
    ["eft'yi dün gönderdik ekranda hala ödenmedi yazıyor", "tr"],
    ["havale yapıldı fakat sipariş ödeme bekliyor görünüyor", "tr"],
    ["parayı yatırdık ama sizde görünmüyor galiba", "tr"],
    ["we paid but it isn't showing", "en"],
    ["the transfer went out yesterday but the order still shows unpaid", "en"],
  ] as const)("%s (%s) → payment", (text, locale) => {
    expect(intentOf(text, locale)).toBe("payment");
  });

  it("paying twice is the money back", () => {
    expect(intentOf("iki kere ödedik ama biri görünmüyor", "tr")).toBe("refund");
  });
});
