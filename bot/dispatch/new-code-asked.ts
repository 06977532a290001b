/**
 * A new one-time code asked in the customer's own words ("tekrar kod gönder", "bir kod daha
 * gönderir misiniz", "yeni bir kod alabilir miyim", "send me another code", "can you resend it"),
 * or starting again as the no-tries-left text offers ("yeniden başlatalım", "start again"). The
 * fixed retry phrases (locales/<lng>/choices.yaml, `retry`) are matched whole; this reads the class.
 * Only consulted where a code question is open or ended a moment ago (bot/dispatch/typed-retry.ts),
 * so "kod" can only mean the one-time code there. A code that did not arrive ("yeni kod gelmedi")
 * is left to the code question, which answers it; the card or the PIN sent again is no code.
 */

/** Longer messages say more than "send a new code" and are left to the dialog and the NLU. */
const maxWords = 9;

const negated =
  /\b(gelme\w*|gelmi\w*|ulasma\w*|dusme\w*|alama\w*|not|never|didn t|did not|hasn t|has not|isn t|doesn t|can t|cannot)\b/;

const asked: readonly RegExp[] = [
  // Turkish: a code again / another / new ("tekrar kod", "bir kod daha", "yeni bir kod", "kodu bi daha")
  /\b(tekrar|yeniden|yeni|baska|ikinci) (bir |bi )?(dogrulama )?(kod|sms)\w*\b/,
  /\b(kod|sms)\w* (daha|tekrar|yeniden|bir daha|bi daha)\b/,
  // Turkish: start again, as no_tries_left offers
  /\b(yeniden|tekrar|bastan|en bastan) (basla|baslat|baslayal|baslayabil|baslar)\w*/,
  // English
  /\b(resend|re send)\b/,
  /\b(another|new|fresh) (one time |verification |sms |otp )?(code|otp)\b/,
  /\b(code|otp) again\b|\bsend (it|me it|the code|a code) again\b/,
  /^(let s |lets |can we |could we |i want to |i d like to )?(start (again|over)|restart|begin again)\b/,
];

/** Whether a folded message (bot/nlu/fold.ts) asks for a new one-time code or to start over. */
export function asksNewCode(folded: string): boolean {
  if (folded.split(" ").length > maxWords || negated.test(folded)) return false;
  return asked.some((pattern) => pattern.test(folded));
}
