/**
 * Paraphrases written apart from the training examples (none of them is in `nlu.yaml`): each was
 * misplaced before its topic got examples of the same kind, or before "geri yükle" counted as an
 * undo cue, or before an update verb made a question about a phone number a contact update.
 */
import { describe, expect, it } from "vitest";
import { foldTurkish } from "../../../bot/nlu/fold.ts";
import { topIntent, understand } from "../../../bot/nlu/understand.ts";

describe("Turkish paraphrases outside the training examples", () => {
  it.each([
    ["kart elimize geçti şimdi ne yapıyoruz", "received"],
    ["şirketin adresini güncellememiz lazım mı", "address_change"],
    ["iptal ettirdiğimiz mühürü geri yükleyebilir misiniz", "revoke_undo"],
    ["what is the price of a smart card", "prices"],
    ["telefon numaramızı güncelleyebilir misiniz", "contact_update"],
    ["telefon numaranız nedir", "contact"],
  ])("'%s' → %s", (text, intent) => {
    expect(topIntent(understand(foldTurkish(text), "tr"))).toBe(intent);
  });
});
