/** Yes/no answers in Turkish and English, on folded text. */
import { tokensOf } from "./fold.ts";

const yesWords = new Set([
  "evet",
  "e",
  "eet",
  "evt",
  "tamam",
  "tamamdir",
  "olur",
  "onayliyorum",
  "onay",
  "onaylarim",
  "dogru",
  "aynen",
  "kesinlikle",
  "peki",
  "yes",
  "y",
  "ok",
  "okay",
  "sure",
  "confirm",
  "correct",
  "yep",
]);
const noWords = new Set([
  "hayir",
  "hayr",
  "yok",
  "h",
  "istemiyorum",
  "olmaz",
  "yanlis",
  "no",
  "n",
  "nope",
  "wrong",
  "duzelt",
  "degistir",
]);

/** `yes`, `no`, or undefined when the answer is neither (or both). */
export function yesNo(folded: string): "yes" | "no" | undefined {
  const tokens = tokensOf(folded);
  if (tokens.length === 0 || tokens.length > 5) return undefined;
  // "doğru değil", "onaylamıyorum": a negation wins.
  if (/\bdegil\b|\bonaylamiyorum\b|\bistemiyorum\b/.test(folded)) return "no";
  const yes = tokens.some((t) => yesWords.has(t));
  const no = tokens.some((t) => noWords.has(t));
  if (yes && !no) return "yes";
  if (no && !yes) return "no";
  return undefined;
}
