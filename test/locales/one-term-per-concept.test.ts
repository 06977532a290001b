/**
 * The customer texts (locales/<lng>/*.json) name one concept with one term and are written as a
 * native speaker would: the on-site fee of R2.4 is the seed's "yerinde gözetim ve denetim bedeli"
 * (English: "on-site supervision and inspection fee") everywhere; mühür drops its second ü before a
 * vowel ("mührünüzü", "mührü", "mühre", never "mühürünüzü"); no word is written twice in a row.
 */
import { describe, expect, it } from "vitest";
import { readLocaleFiles } from "../../adapters/i18n/translator.ts";

/** Every text of a locale as `[file.key.path, text]`. */
function textsOf(locale: "tr" | "en"): [string, string][] {
  const out: [string, string][] = [];
  const walk = (value: unknown, path: string) => {
    if (typeof value === "string") out.push([path, value]);
    else if (value && typeof value === "object")
      for (const [key, inner] of Object.entries(value)) walk(inner, path ? `${path}.${key}` : key);
  };
  walk(readLocaleFiles()[locale], "");
  return out;
}

/** The seed's term for the on-site fee (R2.4), and its English counterpart. */
const onSiteFee = {
  tr: "yerinde gözetim ve denetim bedel",
  en: "on-site supervision and inspection fee",
};

/** mühür before a vowel-initial suffix keeps its second ü: the misspelling. */
const misspeltMuhur = /m[üu]h[üu]r(?=[aeıioöuü])/iu;

/** Phrases that name a fee tied to the HSM installation in Turkish: any of these words near ücret/bedel. */
const turkishFeePhrase = /(?:\p{L}+\s+){0,4}(?:ücret|bedel)\p{L}*/giu;
const turkishFeeWords = /yerinde|gözetim|denetim|nezaret|kurulum|yükleme/iu;
const englishFeePhrase = /(?:[\p{L}-]+\s+){0,4}fee\b/giu;
const englishFeeWords = /on-site|onsite|supervision|inspection|installation|loading/iu;

/** Established reduplications of Turkish, which are not a word written twice by mistake. */
const reduplications = new Set(["güle güle"]);

/** Texts that break a rule, as `path: offending part`. */
function offences(locale: "tr" | "en", test: (text: string) => string[]): string[] {
  return textsOf(locale).flatMap(([path, text]) => test(text).map((part) => `${path}: ${part}`));
}

/** Two identical words in a row (placeholders and links removed). */
function repeatedWords(text: string, locale: "tr" | "en"): string[] {
  const words =
    text
      .replace(/\{\{[^}]*\}\}|https?:\/\/\S+|`[^`]*`/g, " ")
      .toLocaleLowerCase(locale)
      .match(/[\p{L}\p{N}'’-]+|[.!?;:,\n]/gu) ?? [];
  const found: string[] = [];
  for (let i = 1; i < words.length; i += 1) {
    const pair = `${words[i - 1]} ${words[i]}`;
    if (words[i] === words[i - 1] && /\p{L}/u.test(words[i]!) && !reduplications.has(pair)) found.push(pair);
  }
  return found;
}

/** On-site fee phrases that are not the one term. */
function otherFeeTerms(text: string, locale: "tr" | "en"): string[] {
  const [phrase, words] =
    locale === "tr" ? [turkishFeePhrase, turkishFeeWords] : [englishFeePhrase, englishFeeWords];
  return [...text.matchAll(phrase)]
    .map((m) => m[0])
    .filter((p) => words.test(p) && !p.toLocaleLowerCase(locale).includes(onSiteFee[locale]));
}

describe("one term per concept and natural Turkish in the customer texts", () => {
  it("mühür is never spelt with both ü before a vowel (mührünüzü, mührü, mühre)", () => {
    expect(
      offences("tr", (text) => text.match(new RegExp(`\\S*${misspeltMuhur.source}\\S*`, "giu")) ?? []),
    ).toEqual([]);
  });

  it.each(["tr", "en"] as const)("%s: the on-site fee has one name, the seed's", (locale) => {
    expect(offences(locale, (text) => otherFeeTerms(text, locale))).toEqual([]);
    expect(textsOf(locale).filter(([, text]) => text.includes(onSiteFee[locale])).length).toBeGreaterThan(2);
  });

  it("Turkish never calls the supervision 'nezaret' beside 'gözetim'", () => {
    expect(offences("tr", (text) => text.match(/\S*nezaret\S*/giu) ?? [])).toEqual([]);
  });

  it.each(["tr", "en"] as const)("%s: no word is written twice in a row", (locale) => {
    expect(offences(locale, (text) => repeatedWords(text, locale))).toEqual([]);
  });

  it("the checks catch what they are for", () => {
    expect("mühürünüzü".match(misspeltMuhur)).not.toBeNull();
    for (const right of ["mührünüzü", "mührü", "mühre", "mühürde", "mühürlemek", "mühür"])
      expect(right.match(misspeltMuhur), right).toBeNull();
    expect(otherFeeTerms("HSM için yerinde gözetim ücreti alınır.", "tr")).toHaveLength(1);
    expect(otherFeeTerms("Kurulum ücreti uygulanır.", "tr")).toHaveLength(1);
    expect(otherFeeTerms("HSM için yerinde gözetim ve denetim bedeli alınır.", "tr")).toEqual([]);
    expect(otherFeeTerms("an on-site supervision fee applies", "en")).toHaveLength(1);
    expect(otherFeeTerms("the fee of a produced certificate", "en")).toEqual([]);
    expect(repeatedWords("Lütfen kodu kodu yazın.", "tr")).toEqual(["kodu kodu"]);
    expect(repeatedWords("Güle güle kullanın. Kod: {{code}} {{code}}", "tr")).toEqual([]);
  });
});
