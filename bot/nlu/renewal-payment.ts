/**
 * Whether the renewal is paid again, asked (folded): "yenileme için tekrar ödeme mi yapıyoruz",
 * "yenilerken yine ödeme yapmamız gerekiyor mu", "yenileme ücretli mi oluyor", "do we pay again
 * to renew", "is renewal paid". Renewal is a new application with its own payment (R8.3): the
 * renewal's answer, not the ways to pay (R3.2) nor, when no amount is asked, the price list.
 */

/** The renewal named (folded). */
const renewalNamed = /\b(?:yenile\w*|renew\w*)/;
/** Paying asked as a yes/no or again (folded), not how, where or how much. */
const payAgainAsked =
  /\b(?:tekrar|yeniden|bir daha|yine|ayrica|ayrica bir|ek)\b(?: \S+){0,2} (?:ode|odeme|ucret|para|bedel)\w*|\b(?:ode|odeme|ucret|bedel)\w*(?: \S+)? (?:gerek\w*|lazim|m[iu]|yapiyor muyuz|yapacak miyiz|yapmali miyiz|alini\w*)\b|\b(?:ode|odeme)\w* (?:yapiyor|yapacak|yapmamiz|yapmali)\w* m[iu]\w*|\b(?:pay|paying|charged|charge|fee)\b(?: \S+){0,2} (?:again|twice|as well|too)\b|\b(?:do|will|must|should|would) (?:i|we) (?:have to |need to )?pay\b|\bis (?:the |a )?renewal (?:paid|free|charged)\b|\bhave to pay\b/;
/** An amount or the way asked: the prices or the payment channels keep it. */
const amountOrWay =
  /\b(?:ne kadar|kac (?:tl|lira|para)|nasil|nereden|nereye|how much|how (?:do|can|to)|where)\b/;

/** Whether a folded message asks whether renewing is paid again. */
export function renewalPaymentAsked(folded: string): boolean {
  return renewalNamed.test(folded) && payAgainAsked.test(folded) && !amountOrWay.test(folded);
}
