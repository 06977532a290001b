/**
 * One word typed alone that the training data hardly uses ("paralel", "bitti", "tüzel") rests the
 * classifier's verdict on a letter prefix or a single example: the bot asks back which topic is
 * meant, and never offers a greeting or the menu as one. A word that names a topic ("fatura",
 * "iade", "kargo", "pin") is answered.
 */
import { describe, expect, it } from "vitest";
import { foldTurkish } from "../../../bot/nlu/fold.ts";
import { understand } from "../../../bot/nlu/understand.ts";
import { intentOf } from "../../helpers/intent-of.ts";

describe("one word alone", () => {
  it.each(["paralel", "bitti", "tüzel", "Tüzel.", "bitti lütfen"])("'%s' is asked back", (text) => {
    const understood = understand(foldTurkish(text), "tr");
    expect(understood.kind).toBe("unsure");
    if (understood.kind === "unsure")
      for (const candidate of understood.candidates)
        expect(["greeting", "thanks", "menu"]).not.toContain(candidate);
  });

  it.each([
    ["fatura", "invoice"],
    ["iade", "refund"],
    ["kargo", "delivery"],
    ["pin", "pin_locked"],
    ["yenileme", "renewal"],
    ["merhaba", "greeting"],
    ["menü", "menu"],
  ] as const)("'%s' → %s", (text, intent) => {
    expect(intentOf(text)).toBe(intent);
  });
});
