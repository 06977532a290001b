/**
 * A decision put off at an irreversible step's "onaylıyor musunuz?" (R7.1): doubt or time to think,
 * with neither a yes nor a no ("emin değilim", "bir düşüneyim", "düşünmem lazım", "karar veremedim",
 * "bir dakika", "let me think about it", "I'm not sure", "hold on"). Nothing is done; the step asks
 * again shortly, without its whole warning, which the customer has just read. Works on folded text
 * (bot/nlu/fold.ts); a yes or a no beside the doubt is read by bot/flows/dialog/plain-yes.ts.
 */
import { tokensOf } from "../../nlu/fold.ts";
import { yesWords } from "../../nlu/yes-no.ts";

/** Doubt, thinking it over, or a moment asked (folded). */
const puttingOff =
  /\b(?:emin (?:degil\w*|olamadim|olamiyorum)|(?:bir |bi )?dusun(?:eyim|elim|eyim de|mem|memiz|meliyim|meliyiz|up|uyorum|uyoruz|ecegim)\w*|karar (?:veremedim|veremiyorum|veremedik|vermedim|verip|verince|verecegim)\w*|kararsiz\w*|bilemedim|bilemiyorum|bilmiyorum|(?:bir |bi )?(?:dakika|saniye)|bekle(?:yin|yiniz|)\b|hmm+|sonra (?:karar|donerim|yazarim|bakarim)\w*|not (?:so )?sure|unsure|let me think|need (?:to|some time to) think|think (?:about )?it over|give me a (?:moment|minute|second)|hold on|wait|i don ?t know|not yet|undecided)\b/;

/**
 * Soft acknowledgements: beside doubt ("peki bi düşüneyim", "tamam bi dakika", "ok, hold on") they
 * say "I heard you", not "revoke it".
 */
const softAcknowledgements: ReadonlySet<string> = new Set([
  "peki",
  "pekala",
  "tamam",
  "tamamdir",
  "olur",
  "ok",
  "okay",
  "okey",
  "alright",
  "right",
  "well",
]);

/** Refusals and leaving: a no among doubt is a no (plain-yes.ts's hedgedNo), not this. */
const refusal = /\b(?:hayir|hayr|no|nope|istemiyoru[mz]|vazgec\w*|iptal etme\w*)\b/;

/** Whether a folded message at a confirmation only puts the decision off. */
export function decisionPutOff(folded: string): boolean {
  const tokens = tokensOf(folded);
  if (tokens.length === 0 || tokens.length > 10) return false;
  if (!puttingOff.test(folded) || refusal.test(folded)) return false;
  // "not sure" holds the yes word "sure": doubt, not a yes
  const rest = tokensOf(folded.replace(/\b(?:not|un) ?sure\b/g, " "));
  return !rest.some((t) => yesWords.has(t) && !softAcknowledgements.has(t));
}
