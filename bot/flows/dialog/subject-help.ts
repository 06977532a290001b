/**
 * "I don't know it" at the subject question (`interfaces.md` §4: a bad answer gets the reason and the
 * same question again): "vkn'mi hatırlamıyorum", "seri numarasını bilmiyorum", "nereden bulurum" ask
 * where to find the number, not about another topic. Recognised only when every word is a
 * not-knowing word, a word naming the number, or filler, so "PIN'imi unuttum" or "sipariş numaramı
 * bilmiyorum" stay other topics.
 */
import { tokensOf } from "../../nlu/fold.ts";

/** Which number the customer cannot find: the VKN/TCKN, the certificate serial, or either. */
export type SubjectHelp = "vkn" | "serial" | "any";

/** Words (folded) that say "I don't know / can't find / where is it", as prefixes. */
const notKnowing = [
  "bilmiyor",
  "bilmem",
  "bilemiyor",
  "hatirlamiyor",
  "hatirlayamiyor",
  "unuttu",
  "bulamiyor",
  "bulamadi",
  "nerede",
  "nereden",
  "bulur",
  "bulabilir",
  "ogrenebilir",
  "ogrenirim",
  "bakabilir",
  "yazar",
  "yaziyor",
  "know",
  "remember",
  "forgot",
  "where",
  "find",
];

/** Whole words (folded) that say the same. */
const notKnowingWords = new Set(["yok", "nasil", "idk"]);

/** Words (folded, as prefixes) naming the certificate serial. */
const serialWords = ["seri", "serial"];

/** Words (folded, as prefixes) naming the VKN or TCKN. */
const idWords = ["vkn", "vergi", "tckn", "tc", "kimlik", "tax"];

/** Words (folded, as prefixes) that carry nothing else: the number, the certificate, the firm, "my". */
const fillerPrefixes = ["numara", "number", "sertifika", "certificate", "firma", "sirket"];

/** Whole filler words (folded): suffixes split off by an apostrophe, pronouns, particles. */
const fillerWords = new Set(
  (
    "mi mu mizi mizin nu ni i u ben biz ki ya da de ama hic su an simdi no bu o onu bunu acaba peki " +
    "maalesef malesef hangi ne my our the a do don t not it can i m is of we which"
  ).split(" "),
);

const startsWithAny = (word: string, prefixes: readonly string[]) => prefixes.some((p) => word.startsWith(p));

const isNotKnowing = (w: string) => notKnowingWords.has(w) || startsWithAny(w, notKnowing);

/** Words (folded, as prefixes) naming the order number. */
const orderWords = ["siparis", "order", "basvuru", "application", "mm"];

/**
 * Whether a folded message only says the order number is not known or not found ("sipariş numaramı
 * bilmiyorum", "order number? I lost it"): every word a not-knowing word, one naming the order or the
 * number, or filler.
 */
export function orderNumberHelpAsked(folded: string): boolean {
  const words = tokensOf(folded);
  return (
    words.some(isNotKnowing) &&
    words.every(
      (w) =>
        isNotKnowing(w) ||
        fillerWords.has(w) ||
        startsWithAny(w, orderWords) ||
        startsWithAny(w, fillerPrefixes) ||
        /^(kaybet|kayip|lost|sildi|silindi|gelmedi|yaz)/.test(w),
    )
  );
}

/** What a folded answer asks help for, or undefined when it is not a "don't know" answer. */
export function subjectHelpAsked(folded: string): SubjectHelp | undefined {
  const words = tokensOf(folded);
  if (!words.some(isNotKnowing)) return undefined;
  const serial = words.some((w) => startsWithAny(w, serialWords));
  const id = words.some((w) => startsWithAny(w, idWords));
  const onlyAboutTheNumber = words.every(
    (w) =>
      isNotKnowing(w) ||
      fillerWords.has(w) ||
      startsWithAny(w, serialWords) ||
      startsWithAny(w, idWords) ||
      startsWithAny(w, fillerPrefixes),
  );
  if (!onlyAboutTheNumber) return undefined;
  if (serial && !id) return "serial";
  if (id && !serial) return "vkn";
  return "any";
}
