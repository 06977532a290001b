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
  ])("%s → %s", (text, locale) => {
    expect(languageRequestOf(text)).toBe(locale);
  });

  it.each([
    "ingilizce fatura istiyorum",
    "my English name is John",
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
