/**
 * The card held by someone who will not hand it back (folded): "muhasebecimiz kartı iade etmiyor",
 * "eski muhasebeci kartı vermiyor", "ayrılan çalışan mühürü geri vermedi", "our former accountant
 * won't give the card back". The classifier read "iade" as the refund (R6.3) and "vermiyor" as
 * nothing. domain.md is silent on a card kept by a third party; what is known: revocation closes the
 * certificate for good (R7.1, R7.3), then a new application (R7.4); the call centre answers the rest.
 * Answered by info.card_withheld through the contact topic (bot/flows/info.ts); never a revocation
 * started by these words; a card taken away ("took the card and won't give it back") is a theft.
 */

/** The card or the seal (folded). */
const cardNamed = /\b(?:kart\w*|muhur\w*|token\w*|card|seal|eseal|token)\b/;

/**
 * Handing it back refused (folded): "iade etmiyor", "geri vermiyor", "kartı vermiyor", "teslim
 * etmiyor", "won't give it back". Not a card that does not answer ("kart yanıt vermiyor").
 */
const notGivenBack =
  /\b(?:iade (?:etmiyor|etmedi|etmez|etmek istemiyor|etmeyi reddet)\w*|geri (?:vermiyor|vermedi|vermez|vermemis|vermek istemiyor|vermeyi reddet)\w*|(?:kart|muhur|token)\w*(?: \S+)? (?:vermiyor|vermedi|vermez|vermemis|vermek istemiyor|vermeyi reddet)\w*|teslim (?:etmiyor|etmedi|etmez|etmek istemiyor)\w*|(?:won t|will not|wouldn t|refuses? to|refused to|doesn t|does not|didn t|did not) (?:give|hand|return|send)\w*(?: (?:it|the card|our card|the seal|our seal|us))*(?: back| over)?|(?:is )?keeping (?:the|our) (?:card|seal))\b/;

/** The card taken away told (folded): a theft, the revocation's (bot/nlu/understand.ts). */
const takenAway = /\b(?:took|taken|stole\w*|alip|aldi|almis\w*|gotur\w*|kacir\w*|asir\w*)\b/;

/** Whether a folded message tells the card kept by someone who will not give it back. */
export function cardWithheldTold(folded: string): boolean {
  return cardNamed.test(folded) && notGivenBack.test(folded) && !takenAway.test(folded);
}
