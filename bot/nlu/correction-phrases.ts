/**
 * Correction phrases typed at a dialog question (`interfaces.md` §4: "geri" goes back one question):
 * "pardon yanlış yazdım", "bir önceki soru", "düzeltmek istiyorum", "I made a typo" say the previous
 * answer was wrong (back one question); "baştan", "yeniden başla", "baştan başlayalım", "start over"
 * ask to start the dialog again. Recognised only when EVERY word of the message is a correction
 * word or filler, so a name or an unvan ("Ayşe Baştan", "Yeniden Yapı Ltd") is never one.
 * Works on folded text (fold.ts).
 */
import { tokensOf } from "./fold.ts";

/** What a correction phrase asks. */
export type CorrectionPhrase = "back" | "restart";

/** Words (prefixes) that ask to start again. */
const restartWords = /^(bastan|sifirdan|yeniden|restart|over|beginning|scratch)/;
/** Words (prefixes) that say the previous answer was wrong. */
const backWords =
  /^(yanlis|hatali|hata|onceki|duzelt|typo|mistake|wrong|previous|oops|fix|correction|undo|mistyped|yanlislik)/;
/** Filler a correction phrase may carry (whole words, folded). */
const filler = new Set(
  (
    "pardon ozur dilerim affedersiniz kusura bakmayin ay aa of eyvah hay lutfen bir bi once soru soruya sorudaki " +
    "cevap cevabi cevabim cevabimi yanit yaniti yanitim yazdim yazmisim girdim girmisim yaptim oldu olmus " +
    "istiyorum isterim lazim gerek edeyim edelim etmem etmek yapayim yapalim don donelim donmek alalim al " +
    "basla baslayalim baslayin baslat baslatalim baslamak basvuruyu basvuru en her sey seyi hepsini tum tekrar " +
    "ben son az sorry i made a typed it that the last answer go back to want let me start again please " +
    // "bir önceki soruya geri dönebilir miyiz", "önceki adıma dönelim" (a back word must stand with them)
    "geri donebilir donebiliriz miyiz miyim mi misiniz donsek donuyorum gidelim gidebilir gidebiliriz " +
    "adim adima adimi soruyu sorar sorabilir " +
    "was entered my need from made question step all start again"
  ).split(" "),
);

/** The correction a folded message asks for, or undefined when it says anything else. */
export function correctionPhrase(folded: string): CorrectionPhrase | undefined {
  const words = tokensOf(folded);
  if (words.length === 0 || words.length > 8) return undefined;
  const restart =
    words.some((w) => restartWords.test(w)) ||
    (words.some((w) => /^(start|basla)/.test(w)) && words.some((w) => /^(again|tekrar)$/.test(w)));
  const back = words.some((w) => backWords.test(w));
  if (!restart && !back) return undefined;
  if (!words.every((w) => restartWords.test(w) || backWords.test(w) || filler.has(w))) return undefined;
  if (restart) return "restart";
  return "back";
}

/** Words (prefixes) that ask to change an answer named beside them: "telefonu değiştirmek istiyorum". */
const changeWords = /^(degistir|guncelle|change|update|correct)/;
/** Words that may stand beside a field named in a correction: "vergi numaramı", "in the tax number". */
const fieldFiller = new Set(
  (
    "numara numaram numarami numarasi numarasini numaramizi bilgi bilgisi bilgisini bilgimi alan alani alanini " +
    "kisim kismi kismini in on of at number field entry"
  ).split(" "),
);

/**
 * Whether what is left of a message once the field it names is taken out asks to correct that field
 * ("vkn'yi yanlış yazdım" → "yanlis yazdim", "I made a typo in the tax number" → "i made a typo in the"):
 * a correction or change word, and nothing but such words and filler, so an unvan such as "Doğru
 * Telefon Değişim Ltd" is never one. Works on folded text.
 */
export function asksFieldCorrection(restFolded: string): boolean {
  const words = tokensOf(restFolded);
  if (words.length === 0 || words.length > 8) return false;
  const correcting = (w: string) => backWords.test(w) || changeWords.test(w);
  if (!words.some(correcting)) return false;
  return words.every((w) => correcting(w) || filler.has(w) || fieldFiller.has(w));
}
