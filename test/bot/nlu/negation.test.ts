/**
 * One negation module (bot/nlu/negation.ts) for the choice questions and the revocation reason: the
 * union of what both recognised before, with each caller's reach.
 */
import { describe, expect, it } from "vitest";
import { revocationReasonOf } from "../../../bot/flows/revocation-reason.ts";
import { foldTurkish } from "../../../bot/nlu/fold.ts";
import { negatedAfter, negatedBefore, negatedVerb } from "../../../bot/nlu/negation.ts";
import { reasonWordsOf } from "../../../bot/nlu/reason-words.ts";

describe("negation after a word (Turkish)", () => {
  for (const rest of [
    "degil",
    "degildir hsm",
    "istemiyoruz",
    "olmasin",
    "gerek yok",
    "yok",
    "haric",
    "yerine",
  ])
    it(`"… ${rest}" negates`, () => expect(negatedAfter(` ${rest}`)).toBe(true));
  for (const rest of ["", "olsun", "lutfen", "falan degil", "degistir", "yoksa"])
    it(`"… ${rest}" does not negate the word right before it`, () =>
      expect(negatedAfter(` ${rest}`)).toBe(false));
  it("reaches a second word when asked", () => {
    expect(negatedAfter(" falan degil", 2)).toBe(true);
    expect(negatedAfter(" oldu sanirim degil", 2)).toBe(false);
  });
});

describe("negation before a word (English)", () => {
  for (const before of [
    "not",
    "not the",
    "no",
    "without an",
    "never",
    "i dont want an",
    "i do not need the",
    "it wasnt",
    "we didn t",
  ])
    it(`"${before} …" negates`, () => expect(negatedBefore(`${before} `)).toBe(true));
  for (const before of ["", "i want the", "now", "notes", "it was"])
    it(`"${before} …" does not negate`, () => expect(negatedBefore(`${before} `)).toBe(false));
  it("a verb negation reaches a second word when asked, a determiner never does", () => {
    expect(negatedBefore("not really ", 2)).toBe(true);
    expect(negatedBefore("no we ", 2)).toBe(false);
  });
});

describe("a negated Turkish verb", () => {
  const stems = ["kaybol", "kaybet", "cal"];
  for (const word of ["kaybolmadi", "kaybetmiyoruz", "calmadilar"])
    it(`${word} is negated`, () => expect(negatedVerb(word, stems)).toBe(true));
  for (const word of ["kayboldu", "kaybetmis", "calmislar", "calisiyor"])
    it(`${word} is not`, () => expect(negatedVerb(word, stems)).toBe(false));
});

describe("the revocation reasons' words are data (locales/<lng>/choices.yaml)", () => {
  it("both languages' words are read, folded", () => {
    expect(reasonWordsOf("kayip").stems).toContain("kayip");
    expect(reasonWordsOf("kayip").words).toContain("lost");
    expect(reasonWordsOf("calinti").stems).toContain("calin");
    expect(reasonWordsOf("other").words).toContain("gib");
  });
  it("an unknown reason fails, naming it", () => expect(() => reasonWordsOf("floppy")).toThrow(/floppy/));
  it('"gibi" is not GİB: "kayboldu gibi" is kayıp', () =>
    expect(revocationReasonOf(foldTurkish("kayboldu gibi"))).toBe("kayip"));
  it('"no, we lost it" is kayıp; "it was not stolen" is not çalıntı', () => {
    expect(revocationReasonOf(foldTurkish("no, we lost it"))).toBe("kayip");
    expect(revocationReasonOf(foldTurkish("it was not stolen"))).toBeUndefined();
  });
});
