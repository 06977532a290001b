/**
 * Several topics asked in one long message, however written ("kart mı alak hsm mi bilemedik günde
 * 5000 fatura kesiyoz, fiyatlar ne, bide kaç günde gelir"): the prices (R6.1), card or HSM (R2.2,
 * R2.3: which one, or a volume told beside it) and when the card comes (R3.3.1), each by its own
 * words on the folded text, in the order asked. Fewer than two is left to the one-topic routing;
 * an order number (its own status), a lost seal (R7.4) or a revocation is never split.
 */
import { orderNumberIn } from "./entities.ts";
import type { Intent } from "./intent-names.ts";
import { mediaPricesAsked, mediaPricesCompared } from "./media-prices.ts";
import { signingNeedsOf } from "./signing-needs.ts";
import { sealLossTold } from "./understand.ts";

/** The prices asked (folded): "fiyatlar ne", "ücreti ne kadar", "kaç para", "how much", "prices". */
const pricesAsked =
  /\b(fiyat\w*|ucret\w*|kac (para|tl|lira)|ne kadar tutar\w*|price\w*|pricing|cost\w*|how much)\b/;
/** Card or HSM asked (folded): "kart mı hsm mi", "hsm mi akıllı kart mı", "hangisi", "card or hsm". */
const mediumAsked =
  /\bkart\w*( \S+){0,2} m[iu]\b.*\bhsm\w*( \S+)? m[iu]\b|\bhsm\w*( \S+)? m[iu]\b.*\bkart\w*( \S+)? m[iu]\b|\bhangisi\w*\b|\b(card|hsm) or (an? |the )?(hsm|card|smart card)\b|\bwhich (one|medium)\b/;
/** The card's coming asked (folded): "kaç günde gelir", "ne zaman elimize ulaşır", "how long does delivery take". */
const deliveryAsked =
  /\b(kac gun\w*|kac haftada|ne zaman|ne kadar surede)( \S+){0,2} (gelir|gelecek|gelir mi|ulasir|ulasacak|teslim\w*|elimize|elinize|kargo\w*|gonderilir|gonderir\w*)|\bteslim(at)? sure\w*|\bhow (long|soon)\b.*\b(deliver\w*|arriv\w*|ship\w*|get it|come|comes)\b|\bdelivery time\b/;
/** A revocation named: never answered as information topics. */
const revocationNamed = /\b(iptal\w*|revok\w*|revoc\w*|cancel\w*)\b/;

/** The place in the folded text where a topic is asked, or -1. */
function at(folded: string, re: RegExp): number {
  const m = re.exec(folded);
  return m ? m.index : -1;
}

/**
 * The topics a folded message asks among the prices, card or HSM and the delivery, in the order
 * asked; a volume told ("günde 5000 fatura", "dakikada 300") with the medium asked is its advice.
 * Empty when it names an order number, a lost seal or a revocation.
 */
export function topicsAskedOf(folded: string): Intent[] {
  if (orderNumberIn(folded) || revocationNamed.test(folded) || sealLossTold(folded)) return [];
  // "kart ile hsm arasındaki fiyat farkı", "hangisi daha ucuz kart mı hsm mi": the prices compared,
  // not which medium fits (./media-prices.ts); "kart mı hsm mi, fiyatları ne" asks both
  const priceOnly = mediaPricesCompared(folded) || (mediaPricesAsked(folded) && !mediumAsked.test(folded));
  const medium = priceOnly ? -1 : at(folded, mediumAsked);
  const found: [number, Intent][] = [
    [at(folded, pricesAsked), "prices"],
    [
      medium >= 0 || (!priceOnly && signingNeedsOf(folded).asksWhich) ? Math.max(medium, 0) : -1,
      "hsm_vs_card",
    ],
    [at(folded, deliveryAsked), "delivery"],
  ];
  return found
    .filter(([place]) => place >= 0)
    .sort((a, b) => a[0] - b[0])
    .map(([, intent]) => intent);
}
