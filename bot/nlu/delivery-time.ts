/**
 * How long the card's shipping takes, asked (folded): "kargo ne kadar sürer", "kart kaç günde
 * gelir", "teslimat ne zaman olur", "how long does delivery take", "how many days until the card
 * arrives". "Ne kadar" also asks a price, so the classifier could take "kargo ne kadar sürer" for the
 * price list; a duration verb beside the shipping or the card's coming makes it the delivery's
 * question (R3.3.1). Not when a cost word is named ("kargo ücreti ne kadar": bot/nlu/shipping-fee.ts).
 */

/** The shipping or the card's coming named (folded). */
const shippingOrComing =
  /\b(?:kargo\w*|kurye\w*|teslimat\w*|gonderi\w*|courier|shipping|shipment|delivery|parcel)\b|\b(?:kart\w*|muhur\w*|card|seal)( \S+){0,3} (?:gel\w*|ulas\w*|arriv\w*|come|comes|get here)\b/;

/** A duration asked (folded): "ne kadar sürer", "kaç gün(de)", "ne zaman", "how long", "how many days". */
const durationAsked =
  /\bne kadar (?:sur\w*|zaman\w*|vakit\w*)|\bkac (?:gun|hafta|is gunu)\w*|\bne zaman\b|\bhow long\b|\bhow many (?:days|weeks)\b|\bwhen (?:will|does|do|is)\b/;

/** A cost word (folded): the price's question, left to bot/nlu/shipping-fee.ts and the classifier. */
const costNamed =
  /\b(?:ucret\w*|fiyat\w*|bedel\w*|para\w*|masraf\w*|tl|lira|cost\w*|fee\w*|price\w*|charge\w*)\b/;

/** Whether a folded message asks how long the card's shipping takes. */
export function deliveryTimeAsked(folded: string): boolean {
  return shippingOrComing.test(folded) && durationAsked.test(folded) && !costNamed.test(folded);
}
