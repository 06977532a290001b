/**
 * Something missing from the envelope or the parcel ("zarfın içinde yok", "zarf boş çıktı") is a
 * problem with what was shipped (R3.3.1, R6.2: the card and its invoice come in one envelope):
 * the thing named decides (the card: delivery, the invoice, the PUK), and without one the bot asks
 * back between the delivery and the invoice. Never a thanks.
 */
import { describe, expect, it } from "vitest";
import { foldTurkish } from "../../../bot/nlu/fold.ts";
import { understand } from "../../../bot/nlu/understand.ts";
import { intentOf } from "../../helpers/intent-of.ts";

describe("missing from the envelope", () => {
  it.each([
    ["zarfın içinde yok", "tr"],
    ["zarfın içi boş", "tr"],
    ["zarftan bir şey çıkmadı", "tr"],
    ["the envelope was empty", "en"],
  ] as const)("'%s' is asked back: delivery or invoice", (text, locale) => {
    const understood = understand(foldTurkish(text), locale);
    expect(understood.kind).toBe("unsure");
    if (understood.kind === "unsure")
      expect([...understood.candidates].sort()).toEqual(["delivery", "invoice"]);
  });

  it.each([
    ["zarfta kart yok", "tr", "delivery"],
    ["zarf geldi ama içinde kart yoktu", "tr", "delivery"],
    ["paketin içinde fatura yok", "tr", "invoice"],
    ["puk kodu zarfta yok", "tr", "puk"],
    ["the card was not in the envelope", "en", "delivery"],
  ] as const)("'%s' (%s) → %s", (text, locale, intent) => {
    expect(intentOf(text, locale)).toBe(intent);
  });
});
