/**
 * "Bilmiyorum ki", "emin değilim", "I don't know" typed alone name no topic: the classifier's
 * verdict then rests on words of unrelated examples ("pinimi bilmiyorum"), so nothing is answered
 * (the fallback asks to write it another way). With a topic named the topic stays.
 */
import { describe, expect, it } from "vitest";
import { intentOf } from "../../helpers/intent-of.ts";

describe("I don't know, alone", () => {
  it.each([
    ["bilmiyorum ki", "tr"],
    ["bilmiyorum", "tr"],
    ["hiç bilmiyorum valla", "tr"],
    ["emin değilim", "tr"],
    ["bilmiyoruz", "tr"],
    ["hiçbir fikrim yok", "tr"],
    ["I don't know", "en"],
    ["not sure", "en"],
    ["no idea", "en"],
  ] as const)("'%s' is not taken for a topic", (text, locale) => {
    expect(intentOf(text, locale)).toBe("none");
  });

  it.each([
    ["puk kodumu bilmiyorum", "tr", "puk"],
    ["mali mühür nedir bilmiyorum", "tr", "about"],
  ] as const)("'%s' (%s) → %s", (text, locale, intent) => {
    expect(intentOf(text, locale)).toBe(intent);
  });
});
