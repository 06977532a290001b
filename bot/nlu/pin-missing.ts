/**
 * The card's PIN said missing or not received (folded): "zarfın içinde PIN yok", "PIN zarfı
 * gelmedi", "şifre zarfı çıkmadı", "kart geldi ama pin kodu gelmedi", "there was no PIN in the
 * envelope", "the PIN letter never arrived". The domain says the PIN is set by the customer online
 * ("Kilit Çözme" sets a new PIN, R4.2; the seed's "PIN Oluşturma / Kilit Çözme" for a PIN not known)
 * and never asked for by us; it names no PIN shipped with the card. Not a locked or forgotten PIN
 * (the locked PIN's own answer), not the PUK, not a one-time code that did not come ("şifre
 * gelmedi" without an envelope is the SMS code as often as not: "şifre" counts only beside one).
 */

/** The PIN named (folded): "pin", "PIN'i", "pin kodu", "pin şifresi". */
const pinNamed = /\b(?:pin|pini|pinim\w*|pinin\w*|pinler\w*)\b/;
/** A password word, the PIN only beside an envelope ("şifre zarfı", "zarfta şifre yoktu"). */
const passwordNamed = /\b(?:sifre\w*|parola\w*|password|passcode)\b/;
/** The envelope or letter it would come in (folded). */
const envelopeNamed = /\b(?:zarf\w*|mektup\w*|envelope\w*|letter|mailer)\b/;
/** Missing, not come, not given (folded). */
const missing =
  /\b(?:yok|yoktu|yokmus|yoktur|gelmedi\w*|gelmemis\w*|gelmiyor|cikmadi|cikmamis\w*|bos|eksik\w*|verilmedi\w*|verilmemis\w*|gonderilmedi\w*|gonderilmemis\w*|ulasmadi\w*|almadi[km]|alamadi[km]|missing|never (?:came|arrived|got|received)|not (?:in|inside|received|arrived|included|there)|did ?n ?t (?:get|receive|come|arrive|include)|did not (?:get|receive|come|arrive|include)|no pin|without (?:a |the )?pin)\b/;
/** A PIN locked, forgotten or typed wrong, the PUK, or a one-time code: each has its own answer. */
const otherCase =
  /\b(?:bloke|kilit\w*|blok\w*|locked|blocked|unlock\w*|yanlis|hatali|wrong|unut\w*|forg[oe]t\w*|hatirla\w*|remember\w*|puk\w*|sms|mesaj\w*|dogrulama\w*|tek kullanimlik|otp|verification|one time)\b/;

/** Whether a folded message says the card's PIN is missing from what came, or never came. */
export function pinMissing(folded: string): boolean {
  if (!missing.test(folded) || otherCase.test(folded)) return false;
  if (pinNamed.test(folded)) return true;
  return passwordNamed.test(folded) && envelopeNamed.test(folded);
}
