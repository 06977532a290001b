/**
 * A signatory who cannot be named by a TCKN, said at the signatory's questions: "yetkilimiz yabancı
 * uyruklu", "TC kimlik numarası yok, pasaportu var", "he is a foreign national". The online
 * application signs with a TCKN; a firm with one Turkish representative names that one, and a firm
 * whose representatives are all foreign is an R9.1 case (caught before this, bot/nlu/r9.ts).
 * Works on folded text (bot/nlu/fold.ts).
 */
import { allStems, allWords } from "../../nlu/all-quantifiers.ts";

const foreignWords =
  /\b(yabanci|foreign|pasaport\w*|passports?|expat\w*|non ?turkish)\b|(?<!\b(tc|t c|turk|turkiye|turkish) )\buyruk\w*/;

/** "TCKN'si yok", "kimlik numarası bulunmuyor", "has no TCKN", "does not have a Turkish ID". */
const noTckn =
  /\b(tckn|tc|t c|kimlik|turkish id|national id)\S*( \S+){0,2} (yok|yoktur|bulunmuyor|bulunmamaktadir|olmayan|almamis)\b|\b(no|without( a)?|not have( a)?|doesn t have( a)?|does not have( a)?|don t have( a)?) (tckn|tc number|turkish (id|identity)( number)?)\b/;

/** Whether a folded message says the signatory is foreign or has no TCKN. */
export function saysForeignSignatory(folded: string): boolean {
  return foreignWords.test(folded) || noTckn.test(folded);
}

/**
 * Every representative or the whole capital ("%100 yabancı", "hepsi yabancı", "all foreign"): R9.1,
 * not one signatory. The words of bot/nlu/all-quantifiers.ts, its stems with any ending ("hepsinin").
 */
const allOf = new RegExp(String.raw`\b(yuzde|${allWords})\b|\b(${allStems})`);

/** Whether a folded message speaks of all representatives or the whole firm being foreign. */
export function saysAllForeign(folded: string): boolean {
  return allOf.test(folded);
}
