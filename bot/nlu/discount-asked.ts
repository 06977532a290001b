/**
 * A discount asked (folded): "birden fazla kart alırsak indirim var mı", "toplu alımda indirim
 * yapıyor musunuz", "is there a discount for multiple cards", "any bulk discount?". domain.md names
 * the prices only (R6.1), no discount; the price topic answers with them (info.prices). The classifier
 * gave the card/HSM comparison for several cards named.
 */

/** A discount or a lower price for many named (folded). */
const discount =
  /\b(?:indirim\w*|iskonto\w*|kampanya\w*|discount\w*|bulk (?:price|pricing|rate)\w*|volume (?:price|pricing|discount)\w*|cheaper)\b|\btoplu (?:alim|siparis)\w*( \S+){0,2} (?:fiyat|ucret)\w*/;

/** Whether a folded message asks for a discount on the seal, its card or the HSM. */
export function discountAsked(folded: string): boolean {
  return discount.test(folded);
}
