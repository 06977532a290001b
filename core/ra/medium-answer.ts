/**
 * An answer naming the certificate's medium, not a name ("akıllı kart", "HSM ile", "smart card
 * please", "akıllı kart istiyoruz"): typed at the unvan or a person's name question by a customer
 * who answers ahead, it would become the certificate's subject ("CN=AKILLI KART"). A firm named
 * after the thing with its legal form ("Akıllı Kart Sistemleri A.Ş.", "HSM Ltd. Şti.") or a person
 * with such a surname beside a given name ("Mehmet Akıllı") holds other words and is a name.
 */
import { foldForLabel } from "../text/labelled-answer.ts";

/** The medium's words (folded). */
const mediumWords = new Set(["kart", "karti", "kartla", "kartli", "card", "hsm", "hsmli", "hsmle", "token"]);

/** Words that may stand beside them in such an answer (folded). */
const besideWords = new Set([
  "akilli",
  "smart",
  "mali",
  "muhur",
  "muhuru",
  "ile",
  "olsun",
  "olacak",
  "istiyoruz",
  "istiyorum",
  "lutfen",
  "tercih",
  "ederiz",
  "ediyoruz",
  "ya",
  "da",
  "veya",
  "mi",
  "bir",
  "please",
  "with",
  "on",
  "a",
  "the",
  "we",
  "want",
  "prefer",
  "or",
]);

/** Whether a typed answer is only the medium named, with words that ask for it. */
export function isMediumAnswer(typed: string): boolean {
  const words = foldForLabel(typed)
    .split(/[^a-z]+/)
    .filter(Boolean);
  return (
    words.some((w) => mediumWords.has(w)) && words.every((w) => mediumWords.has(w) || besideWords.has(w))
  );
}
