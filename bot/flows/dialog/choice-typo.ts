/**
 * An option typed with one typo at a choice question: "tuzle", "tüzle", "tuzl kisiyiz" is no word
 * of any option, so "choose one" came. A word of the message one edit away from an option's own
 * word (a swap, a letter missing, extra or wrong; bot/nlu/fuzzy.ts withinOneEdit) names that option,
 * only when both words are long enough to tell a typo from another word (five letters), share their
 * first letter, the typed word is no word the training data knows as it stands ("gerek" is no typo
 * of "gerçek"), and no other option's word is as close (never a guess between two options). A word
 * with a Turkish ending after the typo is read too ("tuzleyiz"), and a phrase whose first word has the
 * typo while the rest is typed right ("tuzl kisiyiz"). Works on folded text (bot/nlu/fold.ts).
 */
import { classifierFor } from "../../nlu/classifier.ts";
import { tokensOf } from "../../nlu/fold.ts";
import { withinOneEdit } from "../../nlu/fuzzy.ts";
import type { OptionMatch } from "./choice-beside-question.ts";

/** The fewest letters a typed word and an option's word have for a typo to be read. */
const minLetters = 5;

/** Endings a typo'd option word may carry: "tuzleyiz", "tuzlesi", "bireysle". */
const ending = /^(?:y?[iu]m|y?[iu]z|y?[iu]|s[iu]|[iu]n|n[iu]|y?l[ea]|d[iu]r|[iu]m[iu]z)?$/;

/** Whether the training data of either language uses a folded word as it stands. */
function knownWord(word: string): boolean {
  return classifierFor("tr").knownShare(word) === 1 || classifierFor("en").knownShare(word) === 1;
}

/** Whether a typed word is an option's word with one typo, perhaps with an ending after it. */
function typoOf(typed: string, word: string): boolean {
  if (typed === word || typed[0] !== word[0]) return false;
  for (const length of [word.length - 1, word.length, word.length + 1]) {
    if (typed.length < length || length < minLetters - 1) continue;
    if (ending.test(typed.slice(length)) && withinOneEdit(typed.slice(0, length), word)) return true;
  }
  return false;
}

/** The words of an option a typo is read against: each phrase's first word, when long enough. */
function typoWords(words: readonly string[]): string[] {
  return [...new Set(words.map((w) => tokensOf(w)[0] ?? ""))].filter((w) => w.length >= minLetters);
}

/** Whether a typed word is an option's word as it stands, perhaps with an ending ("kisiyiz"). */
function sameWord(typed: string, word: string): boolean {
  return typed.startsWith(word) && ending.test(typed.slice(word.length));
}

/**
 * Whether typed words spell a phrase of two or more words with one typo in its first word, which
 * may then be shorter ("tuzl kisiyiz" for "tüzel kişi"): the rest of the phrase, typed right, vouches for it.
 */
function phraseTypo(typed: readonly string[], phrase: readonly string[]): boolean {
  if (phrase.length < 2 || typed.length !== phrase.length || phrase[0]!.length < minLetters - 1) return false;
  if (!phrase.slice(1).every((w, i) => sameWord(typed[i + 1]!, w))) return false;
  const first = typed[0]!;
  return first !== phrase[0] && first[0] === phrase[0]![0] && withinOneEdit(first, phrase[0]!);
}

/**
 * The option one word of a folded message names with one typo, with where that word stands; or
 * undefined (no such word, a word close to two options, or words naming two options).
 */
export function optionWithTypo<T extends string>(
  folded: string,
  options: readonly { id: T; words: string[] }[],
): OptionMatch<T> | undefined {
  const candidates = options.map((o) => ({
    id: o.id,
    words: typoWords(o.words),
    phrases: o.words.map((w) => tokensOf(w)),
  }));
  const tokens = tokensOf(folded);
  const found: OptionMatch<T>[] = [];
  let start = 0;
  for (const [i, token] of tokens.entries()) {
    const at = folded.indexOf(token, start);
    start = at + token.length;
    if (/\d/.test(token) || knownWord(token)) continue;
    const ids = candidates
      .filter(
        (c) =>
          (token.length >= minLetters && c.words.some((w) => typoOf(token, w))) ||
          c.phrases.some((p) => phraseTypo(tokens.slice(i, i + p.length), p)),
      )
      .map((c) => c.id);
    if (ids.length !== 1) continue;
    found.push({ id: ids[0]!, start: at, end: start, negated: false });
  }
  return new Set(found.map((f) => f.id)).size === 1 ? found[0] : undefined;
}
