/**
 * An unvan typed without its Turkish letters ("ornek bilisim anonim sirketi", "ORNEK BILISIM LTD
 * STI", "Ornek Bilisim A.S."): the unvan becomes the certificate's CN, which must be written as the
 * firm is registered (vergi levhası, ticaret sicili), in Turkish capitals. Only the legal-form words
 * can be spelled with certainty (core/ra/legal-form.ts); the firm's own name cannot be guessed
 * ("ornek" may be "Örnek", "bilisim" "Bilişim"), so it was stored half corrected ("ORNEK BİLİSİM
 * ANONİM ŞİRKETİ") without a word. Now the customer is shown how it will appear and asked to confirm
 * it or type it again with its Turkish letters (the caller keeps the value until then).
 *
 * The sign that the letters were left out: no Turkish letter anywhere (ç, ğ, ı, İ, ö, ş, ü), while
 * a word of a legal form or a body that has one is typed without it ("Sirketi", "Sti", "A.S." or a
 * closing "AS", "Dernegi", "Vakfi"). A name typed without them but with none of those words is left
 * as typed: nothing in it shows a letter is missing.
 */
import { foldTurkish, tokensOf } from "../../nlu/fold.ts";

/** Any Turkish letter the English alphabet lacks, in either case. */
const turkishLetter = /[çğıöşüÇĞİÖŞÜ]/u;

/** Legal-form and body words (folded) that are written with a Turkish letter. */
const writtenWithTurkishLetter =
  /^(?:sirket\w*|sti|dernegi|dernek\w*|vakfi|vakif\w*|mudurlugu|baskanligi|universitesi|isletmesi|ortakligi|birligi|odasi|kurulusu)$/;

/** "A.S.", "A. S.", "a.s" (the abbreviation A.Ş. with its dots) as typed. */
const anonymAbbreviation = /(?<![\p{L}\p{N}])A\.\s?S\.?(?![\p{L}\p{N}])/iu;

/** Whether an unvan as typed shows it lacks its Turkish letters (see the module's comment). */
export function turkishLettersMissing(typed: string): boolean {
  if (turkishLetter.test(typed)) return false;
  if (anonymAbbreviation.test(typed)) return true;
  const words = tokensOf(foldTurkish(typed));
  // "Ornek Bilisim AS": a closing "AS" is the A.Ş. of the unvan
  if (words.length >= 2 && words.at(-1) === "as") return true;
  return words.some((w) => writtenWithTurkishLetter.test(w));
}
