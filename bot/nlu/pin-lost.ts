/**
 * The PIN lost or forgotten, not the card (folded): "lost my pin", "I lost the PIN of the card", "we
 * lost the card's PIN", "forgot the PIN code of our card", "kartın pinini kaybettim", "kartımızın
 * şifresini kaybettik", "pin zarfı kayboldu". The loss words pulled these to revocation (R7), which
 * cannot be undone, while a PIN no one remembers is set anew online ("Kilit Çözme", R4.2).
 *
 * The card itself lost or anything stolen ("kartı ve pini kaybettim", "I lost my card and the PIN",
 * "pinim çalındı") stays the classifier's, as does an e-Devlet password ("e-devlet şifremi unuttum").
 */

/** A loss or forgetting of the PIN, its code or its envelope. */
const pinLoss = [
  // English: lost/forgot … pin, the pin … lost/forgotten
  /\b(?:lost|lose|losing|forgot|forgotten|forget|misplaced|cant remember|can t remember|cannot remember|dont remember|don t remember|do not remember|dont know|don t know|do not know)\b(?:\s+\S+){0,4}\s+pin\b/,
  /\bpin\b(?:\s+\S+){0,3}\s+(?:is|was|got|has been|have been)?\s*(?:lost|forgotten|missing)\b/,
  // Turkish: pin/şifre (kodu, zarfı) … kaybettim/unuttum/hatırlamıyorum/kayboldu
  /\b(?:pin\w*|sifre\w*|parola\w*)(?:\s+\S+){0,2}\s+(?:kaybet\w*|kaybol\w*|unut\w*|hatirlami\w*|hatirlayami\w*|bilmiyor\w*)/,
];

/** The card, seal or token itself lost (not its PIN: "the card's PIN", "kartın pini"). */
const cardLoss = [
  /\b(?:lost|lose|losing|missing|misplaced)\b(?:\s+(?:my|our|the|a|an|company|smart|e|usb))*\s+(?:card|cards|seal|eseal|token|usb)\b(?!\s+(?:s\s+)?pin)/,
  /\b(?:card|seal|eseal|token)\b\s+(?:is|was|got|has been|have been)\s+(?:lost|missing|gone)\b/,
  /\b(?:kart|karti|kartim|kartimi|kartimiz|kartimizi|kartlar|kartlari|kartlarimizi|muhur|muhuru|muhurumu|muhurumuzu|token|tokeni|tokenimi|usb)\b(?:\s+\S+){0,3}\s+(?:kaybet\w*|kaybol\w*|kayip)/,
];

/** The card or seal named in English. */
const cardNamed = /\b(?:card|cards|seal|eseal|token)\b/;

/** Anything stolen, or another password named. */
const notThePinAlone =
  /\b(?:calin\w*|calindi|stolen|steal|theft|hirsiz\w*|devlet|edevlet|gib|interaktif|portal)\b/;

/** Whether a folded message tells of a lost or forgotten PIN, the card itself not lost (see above). */
export function pinLossTold(folded: string): boolean {
  if (notThePinAlone.test(folded)) return false;
  // a password is the card's PIN when the card or seal is named ("lost the password for the card")
  const text = cardNamed.test(folded) ? folded.replace(/\b(?:password|passcode)\b/g, "pin") : folded;
  if (!pinLoss.some((p) => p.test(text))) return false;
  return !cardLoss.some((p) => p.test(folded));
}
