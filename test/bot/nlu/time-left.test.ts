/**
 * "Kaç gün kaldı?", "how many days left" ask for time, never a price: with the seal's end named it
 * is the certificate's end date (R8, R10.1), with the card's coming the delivery (R3.3.1), and
 * without either the bot asks back which is meant.
 */
import { describe, expect, it } from "vitest";
import { foldTurkish } from "../../../bot/nlu/fold.ts";
import { understand } from "../../../bot/nlu/understand.ts";
import { intentOf } from "../../helpers/intent-of.ts";

describe("time left", () => {
  it.each([
    ["kaç gün kaldı?", "tr"],
    ["kac gun kaldi acaba", "tr"],
    ["daha ne kadar kaldı", "tr"],
    ["how many days left?", "en"],
    ["how long is left", "en"],
  ] as const)("'%s' is asked back (the end date or the card's coming)", (text, locale) => {
    const understood = understand(foldTurkish(text), locale);
    expect(understood.kind).toBe("unsure");
    if (understood.kind === "unsure") expect(understood.candidates).toContain("cert_status");
  });

  it.each([
    ["mühürün bitmesine kaç gün kaldı", "tr", "cert_status"],
    ["sertifikanın süresinin dolmasına ne kadar kaldı", "tr", "cert_status"],
    ["kartın gelmesine kaç gün kaldı", "tr", "delivery"],
    ["how many days until the card arrives", "en", "delivery"],
    ["kaç tl", "tr", "prices"],
  ] as const)("'%s' (%s) → %s", (text, locale, intent) => {
    expect(intentOf(text, locale)).toBe(intent);
  });
});
