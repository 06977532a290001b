/**
 * What to type, asked at a question that takes a number ("ne yazmam lazım", "ne yazayım", "hangi
 * numarayı yazayım", "ne girmem gerekiyor", "what should I type?", "what do you need from me?",
 * "which number do I enter?"). Before, at the certificate status's subject question, it was read as
 * another topic ("card arrived, what now"). The caller explains what its question takes and asks it
 * again. A message holding digits is an answer, never this question. Works on folded text
 * (bot/nlu/fold.ts).
 */
import { tokensOf } from "../../nlu/fold.ts";

/** Turkish: "ne yazmam lazım", "neyi yazacağım", "ne girmem gerekiyor", "hangi numarayı yazayım", "ne lazım". */
const turkish =
  /\b(?:ne|neyi|nereye ne) (?:yaz|gir|ver|gonder|ilet|bildir|soyle)\w*|\bhangi (?:numara|bilgi|no)\w* (?:yaz|gir|ver|gonder|lazim|gerek|isti)\w*|\b(?:ne|hangi bilgi\w*) (?:lazim|gerekiyor|gerekli|istiyorsunuz|istiyor)\b/;

/** English: "what should I type?", "what do you need (from me)?", "which number do I enter?". */
const english =
  /\bwhat (?:should|do|must|shall|can|am) (?:i|we) (?:supposed to |have to |need to )?(?:type|enter|write|give|send|put|provide|tell)\b|\bwhat (?:do|does) (?:you|it) (?:need|want)\b|\bwhat (?:information|info|number|details)\b|\bwhich (?:number|one|information|details?)\b(?: \S+){0,3} (?:type|enter|write|give|need|use)\b/;

/** Whether a folded message asks what to type. `raw` is the typed text. */
export function whatToTypeAsked(raw: string, folded: string): boolean {
  if (/\d/.test(raw) || tokensOf(folded).length > 10) return false;
  return turkish.test(folded) || english.test(folded);
}
