import { describe, expect, it } from "vitest";
import { languageRequestOf } from "../../bot/language-request.ts";

describe("a language asked for in words", () => {
  it.each([
    ["English please", "en"],
    ["english", "en"],
    ["in English", "en"],
    ["Can we speak English?", "en"],
    ["ingilizce", "en"],
    ["İngilizce lütfen", "en"],
    ["İngilizce konuşalım", "en"],
    ["ingilizce'ye geçelim", "en"],
    ["türkçe lütfen", "tr"],
    ["TÜRKÇE", "tr"],
    ["Türkçe konuşabilir miyiz?", "tr"],
    ["in Turkish please", "tr"],
    // a greeting before it, or asking whether there is support in it (tester round 15, a43)
    ["Hello, do you speak English?", "en"],
    ["hi, I only speak English", "en"],
    ["Is there English support?", "en"],
    ["merhaba, ingilizce destek var mı", "en"],
    ["Good morning, English please", "en"],
  ])("%s → %s", (text, locale) => {
    expect(languageRequestOf(text)).toBe(locale);
  });

  it.each([
    "ingilizce fatura istiyorum",
    "my English name is John",
    "hello",
    "English invoice support",
    "en",
    "tr",
    "lütfen",
    "english or türkçe",
    "başvuru yapmak istiyorum",
    "10000000146",
    "",
    `english ${"please ".repeat(20)}`,
  ])("%j is not a request", (text) => {
    expect(languageRequestOf(text)).toBeUndefined();
  });
});
