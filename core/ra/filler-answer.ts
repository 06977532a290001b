/**
 * An answer made only of acknowledgement, continuation or filler words ("tamamdır devam", "ok
 * continue", "peki hadi", "evet devam edelim", "go on", "sure thing", "anladım"), typos included
 * ("tmam devm", "okey contiune"). At a name question (unvan, ad soyad, imza yetkilisi, teknik kişi)
 * such an answer is no name: it would become the certificate's subject ("CN=OK CONTİNUE"). A name
 * with one such word and any other ("Tamam Gıda Ltd. Şti.", "Hadi Yılmaz") is a name. Words of praise
 * that are also given names and surnames ("Harika", "Güzel", "İyi") are not counted: "Harika Güzel" is a person.
 */
import { foldForLabel } from "../text/labelled-answer.ts";

/** The filler words (folded: lower case, Turkish letters to ASCII). */
const fillerWords = new Set(
  // Turkish: acknowledging, agreeing, going on
  (
    "tamam tamamdir tamamdr tmm tm tamm tamamm tamamdır peki pekala pekı evet evt eet olur oldu olsun " +
    "hadi haydi hayda hade devam devamm devamke ettir et edelim edin ediniz ediyorum ediyoruz etmek " +
    "edebiliriz ederiz gecelim gecin gec gecebiliriz ilerleyelim ilerle sonraki siradaki soru soruya " +
    "anladim anladik anlasildi anliyorum tabi tabii tabiki elbette aynen kesinlikle super " +
    "tesekkurler tesekkur ederim sagol sagolun eyvallah lutfen simdi artik o zaman sonra " +
    "baska ok okay okey oki okk kk k oldu " +
    // English
    "continue contiune contnue conitnue go on ahead proceed next move sure yes yeah yep yup fine alright " +
    "right all got it understood thanks thank you lets let s please cool great good then now carry " +
    "keep going onward"
  ).split(" "),
);

/** Filler words long enough that a one-letter typo still names them ("tamamdri", "contniue"). */
const typoTolerant = [...fillerWords].filter((w) => w.length >= 5);

/** Whether `a` and `b` differ by at most one insertion, deletion, substitution or swap of neighbours. */
function nearlyEqual(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.slice(i + 1) === b.slice(i + 1)) return true;
  if (a.slice(i + 1) === b.slice(i) || a.slice(i) === b.slice(i + 1)) return true;
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

/** Whether a folded word is a filler word, or one with a typo. */
function isFillerWord(word: string): boolean {
  if (fillerWords.has(word)) return true;
  // "tamammdir", "devaaam": letters held down
  if (fillerWords.has(word.replace(/(.)\1+/g, "$1"))) return true;
  return word.length >= 4 && typoTolerant.some((w) => nearlyEqual(word, w));
}

/** Whether a typed answer holds words, all of them acknowledgement, continuation or filler words. */
export function isFillerAnswer(typed: string): boolean {
  const words = foldForLabel(typed)
    .split(/[^a-z]+/)
    .filter(Boolean);
  return words.length > 0 && words.every(isFillerWord);
}
