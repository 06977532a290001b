/**
 * An R9.1 type word that is not the firm's type (a place: "OSB'de fabrikamız var", "organize
 * sanayi bölgesindeyiz", "in an organised industrial zone"; or a name: "Fon Tekstil Ltd") says
 * nothing against applying online: the classifier must not reach the R9 answer through the word.
 */
import { describe, expect, it } from "vitest";
import { foldTurkish } from "../../../bot/nlu/fold.ts";
import { isR9Case } from "../../../bot/nlu/r9.ts";
import { intentOf } from "../../helpers/intent-of.ts";

describe("an R9 type word as a place or a name", () => {
  it.each([
    ["OSB'de fabrikamız var", "tr"],
    ["organize sanayi bölgesindeyiz, online başvuru yapabilir miyiz", "tr"],
    ["OSB'deyiz mühür almak istiyoruz", "tr"],
    ["Fon Tekstil Ltd Şti için başvuru", "tr"],
    ["our factory is in an organized industrial zone, we want to apply for a seal", "en"],
  ] as const)("%s → apply", (text, locale) => {
    expect(intentOf(text, locale)).toBe("apply");
  });

  it.each(["organize sanayi bölgesindeyiz", "osb deyiz", "we are based in an organised industrial zone"])(
    "'%s' is no R9 case",
    (text) => {
      expect(isR9Case(foldTurkish(text))).toBe(false);
    },
  );

  it.each([
    ["Bursa Organize Sanayi Bölgesi Müdürlüğü olarak başvuru yapacağız", "tr"],
    ["osb olarak mali mühür almak istiyoruz", "tr"],
    ["kooperatifiz başvurabilir miyiz", "tr"],
    ["we are an organised industrial zone, can we apply online", "en"],
  ] as const)("%s is still R9", (text, locale) => {
    expect(intentOf(text, locale)).toBe("r9");
  });
});
