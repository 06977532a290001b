/**
 * A 100 % foreign firm named by its nationality ("%100 Alman sermayeli", "100% German owned")
 * rather than by "yabancı" is an R9 case (R9.1: it applies in writing to GİB); a partner of that
 * nationality alone ("Alman ortaklı limited şirket") is not, and may apply online. A foreign
 * company's Turkish branch is a Turkish taxpayer with its own VKN and representative: it applies
 * online, R9.1 applying only when all its representatives are foreign (bot/nlu/foreign-branch.ts).
 */
import { describe, expect, it } from "vitest";
import { foldTurkish } from "../../../bot/nlu/fold.ts";
import { isR9Case } from "../../../bot/nlu/r9.ts";
import { intentOf } from "../../helpers/intent-of.ts";

describe("100 % foreign named by a nationality", () => {
  it.each([
    ["şirketimiz %100 Alman sermayeli", "tr"],
    ["şirketimiz yüzde yüz Alman sermayeli", "tr"],
    ["firmamız %100 Fransız sermayeli, başvurabilir miyiz", "tr"],
    ["tamamen Japon sermayeli bir şirketiz", "tr"],
    ["yüzde 100 Çin sermayeli firma", "tr"],
    ["%100 Hollanda sermayeli şirket", "tr"],
    ["ortaklarımızın hepsi İtalyan", "tr"],
    ["temsilcilerimiz Rus vatandaşı", "tr"],
    ["legal person, 100% German owned", "en"],
    ["we are a wholly American-owned company", "en"],
    ["all our shareholders are British", "en"],
    ["the company is 100 percent Dutch owned", "en"],
  ] as const)("'%s' is an R9 case", (text, locale) => {
    expect(isR9Case(foldTurkish(text))).toBe(true);
    expect(intentOf(text, locale)).toBe("r9");
  });

  it.each([
    ["Alman ortaklı limited şirket", "tr"],
    ["bir İngiliz ortağımız var", "tr"],
    ["şirketimizin %30'u Amerikan sermayeli", "tr"],
    ["we have a German partner", "en"],
    ["İngilizce destek var mı", "tr"],
  ] as const)("'%s' is no R9 case", (text, locale) => {
    expect(isR9Case(foldTurkish(text))).toBe(false);
    expect(intentOf(text, locale)).not.toBe("r9");
  });

  it.each([
    ["Alman ortaklı limited şirket", "tr"],
    ["bir İngiliz ortağımız var", "tr"],
  ] as const)("'%s' may apply online", (text, locale) => {
    expect(intentOf(text, locale)).toBe("apply");
  });

  it.each([
    ["Alman şirketinin Türkiye şubesiyiz", "tr"],
    ["yabancı bir firmanın Türkiye şubesiyiz", "tr"],
    ["we are the Turkish branch of a German company", "en"],
  ] as const)(
    "a foreign company's branch '%s' applies (a Turkish VKN; R9.1 only when all its representatives are foreign)",
    (text, locale) => {
      expect(intentOf(text, locale)).toBe("apply");
    },
  );
});
