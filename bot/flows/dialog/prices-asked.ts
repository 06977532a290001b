/**
 * The prices asked, however worded (folded): "fiyat farkı ne kadar", "fiyatları ne", "ücreti ne",
 * "kaç para", "hangisi daha ucuz", "HSM daha mı pahalı", "maliyeti", "how much", "price
 * difference", "which is cheaper". At the card-or-HSM question (R2.2/R2.3) the word "fark" made
 * "fiyat farkı ne kadar" the medium advice; the prices (R6.1, kept as configuration) answer it.
 */

/** Price words (folded). */
const priceWords =
  /\b(?:fiyat\w*|ucret\w*|bedel\w*|maliyet\w*|masraf\w*|kac (?:para|tl|lira)|ne kadar tut\w*|kaca (?:mal )?ol\w*|pahali\w*|ucuz\w*|price\w*|pricing|cost\w*|how much|cheap\w*|expensive|fee\w*)\b/;

/** Whether a folded message asks about the prices. */
export function pricesAsked(folded: string): boolean {
  return priceWords.test(folded);
}
