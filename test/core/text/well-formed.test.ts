import { describe, expect, it } from "vitest";
import { wellFormed } from "../../../core/text/well-formed.ts";

describe("wellFormed", () => {
  it.each([
    ["kartım çalışmıyor \ud800", "kartım çalışmıyor \uFFFD"],
    ["\udc00 başta", "\uFFFD başta"],
    ["iki \ud800\ud800 yarım", "iki \uFFFD\uFFFD yarım"],
    ["ters \udc00\ud800 sıra", "ters \uFFFD\uFFFD sıra"],
  ])("replaces lone surrogates: %j", (text, expected) => {
    expect(wellFormed(text)).toBe(expected);
    expect(() => encodeURIComponent(wellFormed(text))).not.toThrow();
  });

  it("leaves well-formed text, pairs (emoji) included, as it was, call after call", () => {
    for (let i = 0; i < 3; i++) expect(wellFormed("Merhaba 😀 ŞİRKET")).toBe("Merhaba 😀 ŞİRKET");
  });
});
