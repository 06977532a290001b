/**
 * Whether a new PIN comes, asked (folded): "will we get a new PIN?", "do we get a new pin", "yeni
 * kartla yeni pin gelir mi", "yeni kartın pini ne olacak", "yeni pin verilecek mi". The classifier
 * read the first as an application (the word "new"). No PIN is sent with a card: the customer sets
 * one online ("Kilit Çözme", the seed's "PIN Oluşturma / Kilit Çözme"; R4.2), the answer given when
 * the PIN is missing (info.pin_missing, bot/flows/info.ts). A PIN locked, forgotten or lost, the PUK
 * or a one-time code keep their own answers.
 */

/** The PIN named (folded). */
const pinNamed = /\b(?:pin|pini|pinin|pinler\w*|pin kodu\w*|pin code|pin number)\b/;

/** A new one coming: "yeni pin gelir mi", "new PIN", "yeni kartın pini ne olacak". */
const newOne =
  /\b(?:yeni (?:bir )?pin\w*|yeni kart\w* pin\w*|new (?:pin|card s pin|card's pin)|pin (?:of|for) the new card)\b/;

/** Another case of the PIN, or another code: each has its own answer. */
const otherCase =
  /\b(?:bloke|kilit\w*|blok\w*|locked|blocked|unlock\w*|yanlis|hatali|wrong|unut\w*|forg[oe]t\w*|hatirla\w*|remember\w*|puk\w*|sms|dogrulama\w*|otp|verification|kayb\w*|kayip\w*|lost|calin\w*|stolen|6983|63c\w*)\b/;

/** Whether a folded message asks whether (or how) a new PIN comes. */
export function newPinAsked(folded: string): boolean {
  return pinNamed.test(folded) && newOne.test(folded) && !otherCase.test(folded);
}
