/**
 * A name given after a few words that introduce it, at a name question: "imza yetkilisi benim, Ayşe
 * Yılmaz", "ben, Mehmet Demir", "teknik kişi: Ali Kaya", "it's me - John Smith". The part after the
 * last comma, colon or dash is the answer when the part before only introduces it (who, "I", "my
 * name"); the caller still validates that part as the field's value. Without such a mark the name
 * is what follows the introducing words at the start ("ben imza yetkilisiyim adım Ayşe Yılmaz",
 * "müdürümüz Mehmet Demir", "the signatory is Jane Doe"); a message of introducing words only ("ben
 * imza yetkilisiyim") holds no name at all.
 */
import { isIntroducingWord } from "../../../core/ra/introducing-words.ts";
import { foldTurkish } from "../../nlu/fold.ts";

/** Core's rule, which every surface applies: an answer of introducing words only is no name. */
export { introducesNoName } from "../../../core/ra/introducing-words.ts";

/** A title after a first name, no surname (folded): "Mehmet Bey", "Ayşe Hanım". */
const honorific = /^(?:bey|beyefendi|hanim|hanimefendi|bay|bayan|mr|mrs|ms|hoca\w*)$/;

/** Fewest words a name after introducing words without a mark has (first name and surname). */
const minNameWords = 2;

/** The name after an introduction, or undefined when the message is not one. */
export function nameAfterIntro(raw: string): string | undefined {
  const cut = Math.max(raw.lastIndexOf(","), raw.lastIndexOf(":"), raw.lastIndexOf(" - "));
  if (cut <= 0) return nameAfterIntroWords(raw);
  const before = foldTurkish(raw.slice(0, cut)).split(" ").filter(Boolean);
  const after = raw.slice(cut + (raw.startsWith(" - ", cut) ? 3 : 1)).trim();
  if (before.length === 0 || before.length > 5 || after.length === 0) return undefined;
  return before.every(isIntroducingWord) ? after : undefined;
}

/** The words of a typed answer, each with its folded form. */
function wordsOf(raw: string): { word: string; folded: string }[] {
  return raw
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => ({ word, folded: foldTurkish(word) }));
}

/** The name after introducing words at the start, with no mark between ("adım Ayşe Yılmaz"). */
function nameAfterIntroWords(raw: string): string | undefined {
  const words = wordsOf(raw);
  const intro = words.findIndex((w) => !isIntroducingWord(w.folded));
  if (intro <= 0 || words.length - intro < minNameWords) return undefined;
  // "müdürümüz Mehmet Bey": a first name with a title, no surname
  if (honorific.test(words.at(-1)?.folded ?? "")) return undefined;
  return words
    .slice(intro)
    .map((w) => w.word)
    .join(" ");
}
