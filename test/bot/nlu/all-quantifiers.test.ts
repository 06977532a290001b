/**
 * The "all of them" words (bot/nlu/all-quantifiers.ts) mean the same to their two readers: before
 * "yabancı" each is an R9.1 case (bot/nlu/r9.ts), and at the signatory's questions each speaks of
 * the whole firm rather than one foreign signatory (bot/flows/dialog/foreign-signatory.ts).
 */
import { describe, expect, it } from "vitest";
import { saysAllForeign } from "../../../bot/flows/dialog/foreign-signatory.ts";
import { allStems, allWords } from "../../../bot/nlu/all-quantifiers.ts";
import { isR9Case } from "../../../bot/nlu/r9.ts";

const words = `${allWords}|${allStems}`.replaceAll("\\b", "").split("|");

describe("the all-foreign words", () => {
  it("are plain words", () => {
    expect(words.length).toBeGreaterThan(5);
    for (const word of words) expect(word).toMatch(/^[a-z0-9]+$/);
  });

  it.each(words)("'%s yabanci' is R9.1 and all representatives, to both readers", (word) => {
    expect(isR9Case(`${word} yabanci`)).toBe(true);
    expect(saysAllForeign(`yetkililerimizin ${word} yabanci`)).toBe(true);
  });
});

describe("an all-foreign word inside another word", () => {
  it.each([
    "we have a small foreign partner",
    "kucuk bir yabanci ortagimiz var, install foreign software",
    "ortakligimizda bir yabanci var, costum yabanci",
  ])("%j is no R9.1 case", (message) => {
    expect(isR9Case(message)).toBe(false);
  });
});
