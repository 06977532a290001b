/**
 * Words that introduce a person's name at a name question without being one: who the person is
 * ("imza yetkilisi", "teknik kişi", "müdürümüz"), "I / me" ("ben", "benim", "it's me") and "my name
 * is" ("adım", "ismim", "my name"). An answer of such words only ("ben imza yetkilisiyim", "yetkili
 * benim", "I am the signatory") names nobody: stored as a name it would become the certificate's
 * subject, so core refuses it on every surface (core/ra/name-sentence.ts); the chat reads a name that
 * follows them ("adım Ayşe Yılmaz", bot/flows/dialog/name-after-intro.ts).
 */
import { foldForLabel } from "../text/labelled-answer.ts";

/** The introducing words, folded (Turkish lower case, ASCII letters). */
const introducingWords = new Set(
  (
    "ben benim bendeniz kendim adim ismim adi ismi soyadim ad soyad imza yetkili yetkilisi yetkilimiz " +
    "teknik kisi sorumlu sorumlusu muhasebe muhasebeci mudur mudurumuz sahibi evet tamam olarak " +
    "it is it s its me i am i m my name name signatory contact person the our yes kisi kisisi kisimiz " +
    "yetkiliyim yetkilisiyim sahibiyim muduruyum mudurum mudurumuz mudurudur yetkilidir yetkilisidir"
  ).split(" "),
);

/** Whether a folded word (Turkish lower case, diacritics removed, ı → i) only introduces a name. */
export function isIntroducingWord(folded: string): boolean {
  return introducingWords.has(folded);
}

/** The folded words of a typed answer; punctuation parts words ("it's" → "it", "s"). */
function foldedWords(raw: string): string[] {
  return foldForLabel(raw)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Whether a typed answer is introducing words only, no name ("ben imza yetkilisiyim", "yetkili benim"). */
export function introducesNoName(raw: string): boolean {
  const words = foldedWords(raw);
  return words.length > 0 && words.every(isIntroducingWord);
}
