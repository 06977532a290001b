/**
 * One card shared by several people or computers, asked (folded): "aynı kartı iki kişi kullanabilir
 * mi", "bir kartı birkaç çalışan ortak kullanabilir mi", "farklı bilgisayarlardan aynı kartla
 * imzalayabilir miyiz", "can two people use the same card?", "can several employees share one card".
 * R2.2 answers it: several people signing from different computers is a reason to prefer an HSM
 * (the card/HSM comparison, hsm_vs_card). The classifier gave the e-imza difference or the
 * before-applying text.
 */

/** The card or the seal named (folded). */
const cardOrSeal = /\b(?:kart\w*|muhur\w*|card|cards|seal|eseal)\b/;

/** One and the same, or shared (folded); not "bir kart daha" (one more card: applying). */
const sameOrShared =
  /\b(?:ayni|tek|tek bir) (?:\S+ )?(?:kart|muhur)\w*|\bortak (?:kullan|paylas)\w*|\bpaylas\w*|\b(?:the same|a single|just one) (?:\S+ )?(?:card|seal|eseal)\b|\bshare\w*\b/;

/** Several people or computers (folded). */
const several =
  /\b(?:iki|uc|birkac|birden fazla|farkli|coklu|bircok|tum|butun) (?:\S+ )?(?:kisi|kullanici|calisan|personel|muhasebeci|bilgisayar|pc|sube)\w*|\b(?:kisiler|calisanlar|kullanicilar|bilgisayarlar)\w*|\b(?:two|three|several|multiple|many|different|more than one) (?:\S+ )?(?:people|persons|users|employees|staff|accountants|computers|pcs|branches)\b|\b(?:employees|colleagues|staff)\b/;

/**
 * Its use asked, without "the same" (folded): "mühürü iki bilgisayarda kullanabilir miyiz", "can I
 * use the seal on two computers", "iki kişi imzalayabilir mi".
 */
const useAsked =
  /\b(?:kullan|imzala|tak|calis)\w*(?: bil\w*)? m[iu]\w*|\b(?:kullan|imzala|tak)\w*(?:abil|ebil)\w*|\b(?:can|could|may|is it possible to)\b(?: \S+){0,4} (?:use|sign|plug|insert)\b/;

/** Whether a folded message asks whether one card can be used by several people or computers. */
export function sharedCardAsked(folded: string): boolean {
  return (
    cardOrSeal.test(folded) && several.test(folded) && (sameOrShared.test(folded) || useAsked.test(folded))
  );
}
