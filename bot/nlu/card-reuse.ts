/**
 * Reusing the card already held for a new application or a renewal, asked (folded): "yeni başvuruda
 * aynı kartı mı kullanırız", "yenilemede eski kartımızı kullanabilir miyiz", "can we reuse the same
 * card for the new application", "will the new certificate be loaded on our old card?". The domain
 * brief says a new application (a renewal too, R8.3) produces the certificate anew and, on a smart
 * card, ships it to the signatory (R3.3.1); it is silent on the old card's reuse, so the answer says
 * so and names the call centre (info.card_reuse), never starting an application.
 */

/** The card held now (folded): "aynı kartı", "eski kartımız", "the same card", "reuse our card". */
const cardHeld =
  /\b(ayni|eski|mevcut|elimizdeki|simdiki|varolan|var olan|bu)( akilli)? (kart|token)\w*|\b(same|old|existing|current|previous|this)( smart| seal| eseal)? (card|token)s?\b|\breuse\w*( \S+){0,3} (card|token)s?\b/;
/** Its use asked (folded): "kullanabilir miyiz", "yüklenir mi", "use", "load". */
const useAsked =
  /\b(kullan\w*|yukle\w*|yuklen\w*|olur mu|olabilir mi|gecerli mi|use|used|reuse\w*|load\w*|put on|keep)\b/;
/** A new application or a renewal named (folded). */
const newNamed =
  /\b(yeni|yenile\w*|basvur\w*|tekrar|yeniden|new|renew\w*|application|apply\w*|reapply\w*|again)\b/;

/** Whether a folded message asks whether the card held now serves the new application. */
export function cardReuseAsked(folded: string): boolean {
  return cardHeld.test(folded) && useAsked.test(folded) && newNamed.test(folded);
}
