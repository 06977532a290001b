/**
 * What the VKN or the unvan is, or where to find it ("VKN nedir?", "unvanı nereden bulurum?"), is
 * no change of them (R5.2): the bot must not answer "a new mali mühür is needed". No intent answers
 * it yet, so it is not taken for one (identifierAsked names which one is asked, for an answer).
 */
import { describe, expect, it } from "vitest";
import { foldTurkish } from "../../../bot/nlu/fold.ts";
import { identifierAsked } from "../../../bot/nlu/understand.ts";
import { intentOf } from "../../helpers/intent-of.ts";

describe("what the VKN or unvan is", () => {
  it.each([
    ["VKN nedir?", "tr", "vkn"],
    ["vergi numarası ne demek", "tr", "vkn"],
    ["unvanı nereden bulurum?", "tr", "title"],
    ["ticaret unvanımızı nereden öğrenirim", "tr", "title"],
    ["vkn nerede yazar", "tr", "vkn"],
    ["what is a VKN", "en", "vkn"],
    ["where do I find the company title", "en", "title"],
    ["vkn no ne ki", "tr", "vkn"],
    ["unvan derken neyi kastediyorsunuz", "tr", "title"],
    ["whats a vkn", "en", "vkn"],
    ["where is the tax number written", "en", "vkn"],
  ] as const)("'%s' is no topic (asks for the %s)", (text, locale, which) => {
    expect(intentOf(text, locale)).toBe("none");
    expect(identifierAsked(foldTurkish(text))).toBe(which);
  });

  it.each([
    ["unvanımız değişti ne yapmalıyız", "tr", "vkn_title_change"],
    ["vkn değişti ne yapmalıyız", "tr", "vkn_title_change"],
    ["our company name changed", "en", "vkn_title_change"],
  ] as const)("'%s' (%s) → %s", (text, locale, intent) => {
    expect(intentOf(text, locale)).toBe(intent);
  });
});
