/**
 * Yes/no answers in Turkish and English, on folded text. Only a plain answer counts: a question
 * ("evet mi demeliyim?", "tamam da geri alınabilir mi"), a hedge ("not sure", "olur mu bilmiyorum",
 * "evet ama…") is neither, and a negated yes ("not ok", "doğru değil") is a no. The steps that
 * ask for one (an irreversible revocation, submitting an application) act only on a plain yes.
 */
import { tokensOf } from "./fold.ts";
import { isQuestion } from "./question-form.ts";

/** The words (folded) of a plain yes; bot/flows/dialog/plain-yes.ts accepts each of them beside the act it confirms. */
export const yesWords: ReadonlySet<string> = new Set([
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

/**
 * Doubt or a condition (folded): the answer is not given yet. "Tamam da", "olur da", "evet de" are
 * "yes, but": the objection follows, or is left unsaid.
 */
const hedge =
  /\b(?:tamam|tamamdir|olur|peki|evet|ok|okay|dogru|aynen) d[ae]\b|\b(bilmiyorum|bilmem|bilemiyorum|bilemedim|emin degil\w*|sanirim|galiba|belki|acaba|herhalde|sanki|ama|fakat|ancak|lakin|yalniz|not sure|unsure|maybe|perhaps|dunno|don t know|do not know|no idea|i think|probably|but|however|unless|wait|hmm+|bekle\w*)\b/;
/** A negation of what it stands beside: "doğru değil", "onaylamıyorum", "not ok", "don't". */
const negation = /\b(degil\w*|onaylamiyorum|istemiyorum|not|don t|do not|dont|never|no longer|isn t|isnt)\b/;

/**
 * `yes`, `no`, or undefined when the answer is neither (or both, a question or a hedge). `raw`, the
 * message as typed, lets a question mark count.
 */
export function yesNo(folded: string, raw: string = folded): "yes" | "no" | undefined {
  const tokens = tokensOf(folded);
  if (tokens.length === 0 || tokens.length > 5) return undefined;
  if (hedge.test(folded) || isQuestion(raw, folded)) return undefined;
  // "doğru değil", "onaylamıyorum", "that is not correct": a negation wins.
  if (negation.test(folded)) return "no";
  const yes = tokens.some((t) => yesWords.has(t));
  const no = tokens.some((t) => noWords.has(t));
  if (yes && !no) return "yes";
  if (no && !yes) return "no";
  return undefined;
}
