/**
 * The card (the parcel, the seal) told as arrived, then the next step asked: "kargodan kart çıktı ne
 * yapıyoruz", "teslim aldık, bundan sonra ne yapacağız", "the card is here, what next". That is the
 * "I received it, what now" answer (R4.1), not its shipping, its PIN or its price. A problem named
 * with it (a locked PIN, a broken card, a missing invoice) or another thing that arrived (a reminder
 * e-mail, a code) is not this class.
 */
import { describe, expect, it } from "vitest";
import { intentOf } from "../../helpers/intent-of.ts";

describe("arrived, and what now", () => {
  it.each([
    ["paket bugün geldi, içinden kart çıktı, şimdi ne yapıyoruz", "tr"],
    ["kart elimize geçti ama ne yapacağımızı bilemedik", "tr"],
    ["zarf ulaştı sonraki adım nedir", "tr"],
    ["teslim aldık, bundan sonra ne yapmamız lazım", "tr"],
    ["mühür geldi nasıl kullanmaya başlayacağız", "tr"],
    ["the parcel is here, what now", "en"],
    ["the seal came this morning, what do we do next", "en"],
    ["got the card, now what", "en"],
  ] as const)("%s (%s) → received", (text, locale) => {
    expect(intentOf(text, locale)).toBe("received");
  });

  it.each([
    ["kart geldi ama pin bloke, ne yapacağız", "tr", "pin_locked"],
    ["kart kırık geldi ne yapmalıyız", "tr", "troubleshoot"],
    ["hatırlatma maili geldi ne yapmalıyız", "tr", "renewal"],
    ["the card arrived but no invoice was in the envelope, what now", "en", "invoice"],
  ] as const)("%s (%s) → %s", (text, locale, intent) => {
    expect(intentOf(text, locale)).toBe(intent);
  });
});
