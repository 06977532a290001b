/**
 * Features of a message for the intent classifier: the NLP.js stem of each word (Turkish or
 * English stemmer), the word's first four and five letters (Turkish suffixes pile up after them:
 * "çalışmıyor", "çalışmıyoruz" share "calis"), and a marker for
 * a negated Turkish verb ("imzalanmıyor", "görmüyor", "imzalanamadı"). Words the training data
 * never used are first corrected to a known word one typo away.
 */
import { StemmerEn } from "@nlpjs/lang-en";
import { StemmerTr } from "@nlpjs/lang-tr";
import { tokensOf } from "./fold.ts";
import { withinOneEdit } from "./fuzzy.ts";
import type { NluLocale } from "./training-data.ts";

const stemmers = { tr: new StemmerTr(), en: new StemmerEn() };

const stems = { tr: new Map<string, string>(), en: new Map<string, string>() };
const maxCachedStems = 20_000;

/** The NLP.js stem of a folded word, remembered (the Snowball stemmer is the costly part). */
export function stemOf(locale: NluLocale, word: string): string {
  const cache = stems[locale];
  let stem = cache.get(word);
  if (stem === undefined) {
    stem = stemmers[locale].stem(word) || word;
    if (cache.size >= maxCachedStems) cache.clear();
    cache.set(word, stem);
  }
  return stem;
}

/** Turkish negated verb forms (folded): -mıyor/-muyor, -madı/-medi, -amıyor, -maz/-mez. */
const negated =
  /m[iu]yor|[ae]m[ai]d[iu]|m[ae]d[iu]|m[ae]z(\b|l)|\bdegil\b|\bolmuyor\b|\bnot\b|n't\b|\bcannot\b|\bwon t\b/;

/** Greetings, thanks, fillers and forms of address (folded), dropped when a message has more. */
const courtesy = new Set([
  "merhaba",
  "merhabalar",
  "selam",
  "selamlar",
  "slm",
  "mrb",
  "gunler",
  "aksamlar",
  "gunaydin",
  "kolay",
  "gelsin",
  "calismalar",
  "tesekkurler",
  "tesekkur",
  "ederim",
  "ederiz",
  "sagol",
  "sagolun",
  "saol",
  "tsk",
  "lutfen",
  "acaba",
  "abi",
  "abla",
  "hocam",
  "bey",
  "hanim",
  "rica",
  "hi",
  "hello",
  "hey",
  "thanks",
  "thank",
  "please",
  "kindly",
  "dear",
  "sir",
  "madam",
  "hocam",
  "efendim",
  "arkadaslar",
  "yardim",
]);

/**
 * The shortest word corrected to a known one an edit away: a five-letter word is as often another
 * everyday word ("hafta" is no typo of "hata", nor "dolan" of "olan") as a typo.
 */
const minCorrectedLength = 6;

/** Words that the training data of a locale uses, for typo correction. */
export class Vocabulary {
  readonly #words = new Set<string>();
  readonly #byLength = new Map<number, string[]>();

  /** Whether the training data uses this word as it stands. */
  has(word: string): boolean {
    return this.#words.has(word);
  }

  /** Adds a word of the training data. */
  add(word: string): void {
    if (this.#words.has(word)) return;
    this.#words.add(word);
    const list = this.#byLength.get(word.length) ?? [];
    list.push(word);
    this.#byLength.set(word.length, list);
  }

  /**
   * The word itself when known; else its colloquial form written out ("çalışmıyo" → "calismiyor",
   * "kesemiyoz" → "kesemiyoruz", "kitlendi" → "kilitlendi"), a glued question particle dropped
   * ("hsmmi" → "hsm") or a hearsay suffix dropped ("lazımmış" → "lazim", "çalınmış" → "calin") when
   * that is known; else a known word one edit away with the same first letter (words of 6+ letters:
   * typos rarely hit the first letter, and "dolmak" is no "olmak"); else the word.
   */
  correct(word: string): string {
    if (this.#words.has(word) || /\d/.test(word)) return word;
    const spelled = word
      .replace(/yo$/, "yor")
      .replace(/yoz$/, "yoruz")
      .replace(/yom$/, "yorum")
      .replace(/nerde$/, "nerede")
      .replace(/^kitle/, "kilitle");
    if (spelled !== word && this.#words.has(spelled)) return spelled;
    const particle = /^(.{2,})(mi|mu|mı|mü)$/.exec(word);
    if (particle && this.#words.has(particle[1]!)) return particle[1]!;
    const hearsay = /^(.{3,})m[iu]s$/.exec(word);
    if (hearsay && this.#words.has(hearsay[1]!)) return hearsay[1]!;
    if (word.length < minCorrectedLength) return word;
    for (const length of [word.length, word.length - 1, word.length + 1]) {
      for (const candidate of this.#byLength.get(length) ?? [])
        if (candidate[0] === word[0] && withinOneEdit(word, candidate)) return candidate;
    }
    return word;
  }
}

/** An e-mail address in a folded message. */
const emailAddress = /\S+@\S+\.\S+/g;

/**
 * Splits a folded message into the words the classifier reads (numbers become one token, an
 * e-mail address the token `#mail`: "new@firm.com" says nothing of applying for a new seal).
 */
export function wordsOf(folded: string): string[] {
  return tokensOf(folded.replace(emailAddress, " #mail ").replace(/[@.+]/g, " ")).map((w) =>
    /^\d+$/.test(w) ? (w.length >= 10 ? "#id" : "#n") : w,
  );
}

/** Whether a folded word is courtesy (a greeting, a thanks, a filler), which says nothing of a topic. */
export function isCourtesy(word: string): boolean {
  return courtesy.has(word);
}

/** The feature vector of a folded message. */
export function featuresOf(
  folded: string,
  locale: NluLocale,
  vocabulary?: Vocabulary,
): Record<string, number> {
  let words = wordsOf(folded).map((w) => (vocabulary ? vocabulary.correct(w) : w));
  // Courtesy around a question ("merhaba, …, teşekkürler") says nothing about its topic.
  const topical = words.filter((w) => !courtesy.has(w));
  if (topical.length >= 2) words = topical;
  const features: Record<string, number> = {};
  for (const word of words) {
    const stem = word.startsWith("#") ? word : stemOf(locale, word);
    features[`s:${stem}`] = 1;
    if (word.length > 5) features[`p:${word.slice(0, 5)}`] = 1;
    if (word.length > 4) features[`q:${word.slice(0, 4)}`] = 1;
  }
  if (negated.test(folded)) features.neg = 1;
  return features;
}
