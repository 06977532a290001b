/**
 * What the card's PIN is, asked (folded): "pin nedir", "PIN ne demek", "pin kodu ne işe yarar",
 * "PIN ne için kullanılıyor", "what is a PIN", "what's the PIN for". Before, the classifier gave
 * the locked PIN's answer, or asked back. The answer (info.pin_meaning, bot/flows/info.ts) says
 * what the PIN is for, that three wrong entries lock it (R4.2) and that it is never asked for. A
 * PIN locked, forgotten, missing, lost or typed wrong, a new PIN (bot/nlu/new-pin-asked.ts), the PUK,
 * or a one-time code has its own answer.
 */

/** The PIN named (folded): "pin", "PIN'i", "pin kodu", "pin şifresi". */
const pinNamed = /\b(?:pin|pini|pinin|pin kodu\w*|pin sifresi\w*|pin code|pin number)\b/;

/** Its meaning or use asked: "nedir", "ne demek", "ne işe yarar", "ne için", "what is … for". */
const meaningAsked =
  /\b(?:nedir|ne demek\w*|ne anlama gel\w*|ne ise yar\w*|ne icin\w*|nerede kullan\w*|neye yar\w*|what(?: is| ?s| does)(?: a| the| my| our)? pin\b|what is (?:a |the )?pin (?:code|number)|what(?: is| ?s) (?:the |a )?pin (?:code |number )?(?:for|used for)|pin (?:mean\w*|stand\w* for))\b/;

/** Another case of the PIN, or another code: each has its own answer. */
const otherCase =
  /\b(?:bloke|kilit\w*|blok\w*|locked|blocked|unlock\w*|yanlis|hatali|wrong|unut\w*|forg[oe]t\w*|hatirla\w*|remember\w*|puk\w*|sms|dogrulama\w*|otp|verification|yok|gelmedi\w*|missing|kayb\w*|kayip\w*|lost|6983|63c\w*|degistir\w*|change\w*|yeni\w*|new)\b/;

/** Whether a folded message asks what the card's PIN is or is for. */
export function pinMeaningAsked(folded: string): boolean {
  return pinNamed.test(folded) && meaningAsked.test(folded) && !otherCase.test(folded);
}
