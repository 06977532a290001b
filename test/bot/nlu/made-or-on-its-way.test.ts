/**
 * When the card is made and when it comes, asked by their own verbs: making it ("ne zaman
 * basılır", "üretildi mi", "has the card been made", "when will you make the card") is production
 * (R3.3), whatever was paid or renewed before; its coming ("ne zaman elimize ulaşır", "ne zaman
 * gelir", "hangi adrese gidecek", "şubeye mi geliyor adrese mi", "when will it get here") is delivery
 * (R3.3.1). Another thing that comes (the invoice, a code) is not this class.
 */
import { describe, expect, it } from "vitest";
import { intentOf } from "../../helpers/intent-of.ts";

describe("made, or on its way", () => {
  it.each([
    ["havaleyi bu sabah yaptık, mühür ne zaman basılacak", "tr", "production"],
    ["yenilemenin parasını ödedik, yeni kart üretildi mi", "tr", "production"],
    ["kartımız basıldı mı acaba", "tr", "production"],
    ["has our seal been produced yet", "en", "production"],
    ["we renewed and paid, when will you make the new card", "en", "production"],
    ["mühür kartı ne zaman elimize geçer", "tr", "delivery"],
    ["kartımız kaç günde gelir", "tr", "delivery"],
    ["kart hangi adrese gönderilecek", "tr", "delivery"],
    ["kargo ofise mi geliyor eve mi", "tr", "delivery"],
    ["when will the seal get here", "en", "delivery"],
  ] as const)("%s (%s) → %s", (text, locale, intent) => {
    expect(intentOf(text, locale)).toBe(intent);
  });

  it.each([
    ["fatura ne zaman gelir", "tr", "invoice"],
    ["kart basım ücreti ne kadar", "tr", "prices"],
  ] as const)("%s (%s) → %s", (text, locale, intent) => {
    expect(intentOf(text, locale)).toBe(intent);
  });
});
