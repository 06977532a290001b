/**
 * What to prepare or what is needed, asked with the wish to apply ("başvuru yapacağız ne
 * hazırlayalım", "başvuru için ne lazım", "mali mühür almak için neler gerekiyor") is the
 * before-applying answer (R2); how to apply ("başvuru için ne yapmalıyım") stays the application.
 */
import { describe, expect, it } from "vitest";
import { intentOf } from "../../helpers/intent-of.ts";

describe("what to prepare before applying", () => {
  it.each([
    ["başvuru yapacağız ne hazırlayalım", "tr"],
    ["başvuru için ne lazım", "tr"],
    ["mali mühür almak için neler gerekiyor", "tr"],
    ["basvuru yapmak istiyoruz neleri hazirlamamiz gerekiyor", "tr"],
  ] as const)("'%s' → before_apply", (text, locale) => {
    expect(intentOf(text, locale)).toBe("before_apply");
  });

  it.each([
    ["mühür almak istiyoruz nasıl başvururuz", "tr"],
    ["başvuru formunu hazırladık, göndereceğiz", "tr"],
    ["I want to apply now", "en"],
  ] as const)("'%s' → apply", (text, locale) => {
    expect(intentOf(text, locale)).toBe("apply");
  });
});
