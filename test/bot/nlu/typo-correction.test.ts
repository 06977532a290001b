/**
 * Typo correction reads an unknown word as a known one an edit away. A short everyday word is as
 * often another word as a typo ("hafta" is no "hata", "dolan" no "olan"), and typos rarely hit the
 * first letter: such words are left as they are, real typos are still corrected.
 */
import { describe, expect, it } from "vitest";
import { Vocabulary } from "../../../bot/nlu/features.ts";

const vocabulary = new Vocabulary();
for (const word of ["hata", "olan", "olmak", "olacak", "karti", "basvurmak", "istiyorum", "kilitlendi"])
  vocabulary.add(word);

describe("typo correction", () => {
  it.each(["hafta", "dolan", "dolmak", "dolacak", "sarti"])("'%s' is left as it is", (word) => {
    expect(vocabulary.correct(word)).toBe(word);
  });

  it.each([
    ["basvrmak", "basvurmak"],
    ["istiyrum", "istiyorum"],
    ["kilitlndi", "kilitlendi"],
  ])("'%s' is corrected to '%s'", (word, known) => {
    expect(vocabulary.correct(word)).toBe(known);
  });
});
