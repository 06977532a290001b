/**
 * The shipping of the card asked about its cost (folded): "kargo ücretli mi", "kargo parası ayrıca
 * alınıyor mu", "kargo bedava mı", "teslimat ücreti ne kadar", "kargo masrafı var mı", "is shipping
 * free", "how much is delivery", "do we pay for the courier". domain.md names no shipping fee (R3.3.1:
 * the card is sent by the chosen delivery method; R6.1: the published prices), so these got the price
 * list as if it answered them, or the delivery text. The answer (info.shipping_fee) says what is
 * known and whom to ask, naming no price. Not the parcel's whereabouts ("kargo ücreti ödedik ama kart
 * gelmedi": the delivery's).
 */

/** The shipping named (folded). */
const shipping =
  /\b(?:kargo\w*|gonderim\w*|teslimat\w*|kurye\w*|posta ucret\w*|shipping|shipment|delivery|courier|postage|posting)\b/;

/** Its cost asked (folded): "ücretli mi", "bedava mı", "ne kadar", "masrafı var mı", "free", "how much". */
const costAsked =
  /\b(?:ucret\w*|para\w*|bedel\w*|masraf\w*|fiyat\w*|bedava\w*|parasiz\w*|ne kadar(?! (?:sur|zaman|gun|vakit|bekle|icinde|hizli)\w*)|kac (?:tl|lira|para)|kim (?:oduyor|oder|odeyecek|karsiliyor|karsilar)|ayrica (?:odeme|ode|alin|ucret)\w*|free|cost\w*|fee\w*|charge\w*|how much|price\w*|pay for|paid for)\b/;

/** The parcel's whereabouts or arrival told (folded): the delivery's question, not its cost. */
const whereabouts =
  /\b(?:gelmedi\w*|ulasmadi\w*|nerede|nerde|takip\w*|kayb\w*|kayip\w*|where|tracking|arrived|not arrived|hasn t)\b/;

/** How long, not how much (folded): "kargo ne kadar sürer", "how long does delivery take". */
const duration = /\b(?:kac gun\w*|ne zaman|how long|how many days|when)\b/;

/** Whether a folded message asks whether the card's shipping costs anything, or how much. */
export function shippingFeeAsked(folded: string): boolean {
  return (
    shipping.test(folded) && costAsked.test(folded) && !whereabouts.test(folded) && !duration.test(folded)
  );
}
