/**
 * Which courier brings the card, asked (folded): "kargo hangi firmayla geliyor", "kargo hangi
 * şirketle geliyor", "hangi kargoyla yolluyorsunuz", "kargo firması ne", "kurye ile mi
 * gönderiyorsunuz", "which courier company do you use". "Kargo hangi firmayla geliyor" was read as
 * the renewal (the words "firma" and "geliyor"). The delivery topic answers it (R3.3.1: shipped to
 * the signatory by the delivery method chosen); the price, the time and a loss are other topics.
 */

/** The courier named (folded). */
const courierNamed = /\b(?:kargo\w*|kurye\w*|courier\w*|shipping|shipment\w*|cargo)\b/;

/** Which one, or whether by it, asked (folded). */
const whichOne =
  /\bhangi\w*\b|\b(?:firma|sirket)\w* (?:ne|nedir|hangisi)\w*|\b(?:ile|yla|yle|la|le)? ?m[iu] (?:gel|gonder|yolla|getir|teslim)\w*|\b\w+(?:yla|yle|la|le) m[iu]\b|\bwhich\b|\bwhat (?:courier|shipping|delivery)\b|\b(?:by|via|with) (?:a |the )?(?:courier|cargo|post)\b/;

/** Whether a folded message asks which courier brings the card, or whether a courier does. */
export function courierAsked(folded: string): boolean {
  return courierNamed.test(folded) && whichOne.test(folded);
}
