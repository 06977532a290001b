/**
 * A lost or stolen card told of as already expired (folded): "süresi dolmuş eski kartımızı
 * kaybettik iptal gerekir mi", "eski kartın süresi bitmişti, o kart kayboldu", "our old expired
 * card is lost, do we need to revoke it?". An expired certificate signs nothing any more (R8.1,
 * R10.1) and is not revoked: its revocation is refused by the CA and it is off the CRL. Before, the
 * loss words started a revocation with an identity check that could only end in "nothing to
 * revoke". The answer (info.expired_card_lost, bot/flows/info.ts) says so, and that a valid card
 * lost beside it is still revoked first (R7.4). A card about to expire ("süresi dolmak üzere olan
 * kartımız kayboldu", "expires next month") is still valid: its loss stays the revocation's.
 */
/** The card told of as already past its end (folded). */
const expiredTold =
  /\bsuresi (?:dol(?:mus|du|an|mustu|duktan)|bit(?:mis|ti|en|misti|tikten)|gec(?:mis|ti|en|misti))\b|\b(?:gecerliligi|suresi) (?:sona )?er(?:mis|di|en)\b|\b(?:suresi dolmus|miadi dolmus|expired|out of date)\b/;

/** The end still ahead: "dolmak üzere", "yakında bitecek", "expires soon", "about to expire". */
const endAhead =
  /\b(?:dolmak|bitmek|sona ermek) uzere\b|\b(?:dolacak|bitecek|dolmasina|bitmesine)\b|\b(?:about to expire|expires? (?:soon|next|in)|expiring)\b/;

/** The end asked or unsure, not told: "bilmiyorum", "not sure if it expired", "has it expired?". */
const endUnsure =
  /\b(?:bilmiyor\w*|emin degil\w*|not sure|(?:do not|dont|don't) know|whether|if it|(?:is|has|did) (?:it|the card|the certificate|the seal|our card|my card) (?:already )?expire\w*)\b/;

/**
 * Whether a folded message tells of a card already past its end; with a loss told
 * (`sealLossTold`, bot/nlu/understand.ts), that card's loss needs no revocation.
 */
export function expiredCardTold(folded: string): boolean {
  const told = expiredTold.exec(folded);
  if (!told || endAhead.test(folded) || endUnsure.test(folded)) return false;
  // "süresi dolmuş mu": the question particle after it asks, it does not tell
  return !/^ m[iu]\w*\b/.test(folded.slice(told.index + told[0].length));
}
