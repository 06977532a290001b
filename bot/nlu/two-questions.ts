/**
 * Two questions in one message ("fiyat ne kadar ve kaç günde gelir", "how much is it and how long
 * does it take", "fiyatı ne kadar, iade var mı?"): the raw message is split at a joining word or a
 * comma/question mark, and each side understood on its own. Only when both sides are put as
 * questions (bot/nlu/question-form.ts) and understood confidently, as two different topics, are
 * both returned; anything else is one message as before (a statement beside a question is the
 * question's context: "adresimiz değişti, mühürü yenilememiz gerekir mi").
 * Only topics of the caller's list count (its FAQ topics): a side such as "tüzel kişiyiz" may be
 * classified confidently as something no customer asked.
 */
import { foldTurkish } from "./fold.ts";
import type { Intent } from "./intent-names.ts";
import { isQuestion } from "./question-form.ts";
import type { NluLocale } from "./training-data.ts";
import { understand } from "./understand.ts";

/** Where two questions join: "ve", "bir de", "ayrıca", "peki", "and", "also", or a comma or "?". */
const joints = /\s(?:ve|bir de|ayr[ıi]ca|peki|hem de|and|also|plus)\s|\s*[,;?]\s*/giu;

/**
 * A comparison left open before the joint (folded): "the difference between X", "X ile Y arasındaki
 * farkı", "compare X": its second term is across the joint ("… and e-imza?"), so the joint joins the
 * two things compared (R1.2, HSM or card), not two questions.
 */
const openComparison =
  /\b(between|differen\w*|differ|compar\w*|versus|vs|fark\w*|arasinda\w*|kiyas\w*|karsilastir\w*)\b(?!.*\b(and|ve|ile)\b)/;
/** Joints that can join the two things compared (not a comma or a question mark). */
const wordJoint = /^\s(?:ve|and|plus|hem de)\s$/iu;

/** Confidence each side needs on its own. */
const sideConfidence = 0.8;

/**
 * The two topics (of `among`) of a raw message that asks two questions, in the order asked, or
 * undefined when it asks one (or the sides are not both understood confidently as topics of
 * `among`, or name the same topic).
 */
export function twoQuestionsOf(
  raw: string,
  locale: NluLocale,
  among: readonly Intent[],
): [Intent, Intent] | undefined {
  for (const m of raw.matchAll(joints)) {
    const at = m.index ?? 0;
    const leftRaw = raw.slice(0, at);
    const rightRaw = raw.slice(at + m[0].length);
    const left = foldTurkish(leftRaw);
    const right = foldTurkish(rightRaw);
    if (!left || !right) continue;
    if (wordJoint.test(m[0]) && openComparison.test(left)) continue;
    // both sides put as questions: "adresimiz değişti, yenilememiz gerekir mi" is one question with its context
    if (!isQuestion(`${leftRaw}${m[0].includes("?") ? "?" : ""}`, left) || !isQuestion(rightRaw, right))
      continue;
    const a = understand(left, locale);
    const b = understand(right, locale);
    if (a.kind !== "intent" || b.kind !== "intent") continue;
    if (!among.includes(a.intent) || !among.includes(b.intent)) continue;
    if (a.confidence < sideConfidence || b.confidence < sideConfidence || a.intent === b.intent) continue;
    return [a.intent, b.intent];
  }
  return undefined;
}
