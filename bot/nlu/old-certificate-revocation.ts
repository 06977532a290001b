/**
 * Whether the old certificate must be revoked when a new one comes, asked (folded): "eski kartımızı
 * iptal ettirmemiz gerekiyor mu yenisi gelince", "eski mühürü iptal ettirmek zorunda mıyız", "yeni
 * mühür aldık, eskisini iptal mi edelim", "do we have to revoke the old certificate after renewal?".
 * Renewal is a new application (R8.3) and revocation is for a lost or stolen card, GİB's request or
 * misuse (R7.2): the old certificate needs none, it runs out at its end date. The classifier read
 * these as the revocation (identity verification for a revocation nobody asked for). A loss or theft
 * told beside it is decided before (bot/nlu/understand.ts): that card is still revoked.
 */

/** The old certificate or the new one named (folded): "eski", "önceki", "süresi dolan", "yeni", "old", "renew". */
const oldOrNew =
  /\b(?:eski\w*|onceki\w*|suresi (?:dol|bit)\w*|yeni\w*|yenile\w*|old\w*|previous|expir\w*|renew\w*|new (?:one|card|seal|certificate))\b/;

/**
 * Revocation asked as a need (folded): "iptal ettirmemiz gerekiyor mu", "iptali şart mı", "iptal
 * ettirmeli miyiz", "iptal mi edelim", "do we have to revoke", "need to be revoked".
 */
const revocationNeedAsked =
  /\biptal\w*(?: \S+){0,2} (?:gerek\w*|lazim\w*|zorunda\w*|zorunlu\w*|sart\w*|mecbur\w*|\w+mel[ie]\w* m[iu]\w*|\w+(?:elim|alim) m[iu]\w*)|\biptal m[iu] (?:edelim|ettirelim|edecegiz|ettirecegiz|etmeli\w*|ettirmeli\w*)\b|\b(?:do|should|must|shall) (?:i|we)(?: \S+){0,3} (?:revoke|cancel)\b|\b(?:have|has|need|needs) to (?:be )?revoked?\b/;

/** Whether a folded message asks whether the old certificate must be revoked once a new one comes. */
export function oldCertificateRevocationAsked(folded: string): boolean {
  return oldOrNew.test(folded) && revocationNeedAsked.test(folded);
}

/**
 * The old certificate's use or validity asked (folded): "çalışmaya devam eder mi", "geçerli mi",
 * "kullanabilir miyiz", "iptal mi oluyor", "ne olur", "still work", "still valid", "keep using",
 * "what happens to".
 */
const oldKeptAsked =
  /\b(?:calis\w*|devam\w*|gecerli\w*|gecersiz\w*|kullan\w*|iptal (?:mi|olur|oluyor|olacak|edilir|edilecek)\w*|ne (?:olur|olacak|oluyor)\w*|bozul\w*|kapan\w*)|\b(?:still (?:work|valid|usable|good|active)|keep (?:using|working)|(?:use|using) the (?:old|previous)|what happens to|stop(?:s)? working|(?:be|become|becomes|get|gets) (?:invalid|cancell?ed|revoked|deactivated)|remain(?:s)? valid|valid until)\b/;

/** The old one and the new one or the renewal both named (folded). */
const oldNamed = /\b(?:eski\w*|onceki\w*|mevcut\w*|old\w*|previous|current (?:one|card|seal|certificate))\b/;
const newNamed = /\b(?:yeni\w*|yenile\w*|renew\w*|new)\b/;
/** The seal itself named, or "eskisi" for it: the old number or address is a contact update. */
const sealNamed =
  /\b(?:kart\w*|sertifika\w*|muhur\w*|muhr\w*|eskisi\w*|seal\w*|cards?|certificates?|old one)\b/;
const contactNamed =
  /\b(?:adres\w*|telefon\w*|numara\w*|e?posta\w*|e?mail\w*|address\w*|phone\w*|numbers?)\b/;

/**
 * Whether a folded message asks whether the old certificate keeps working once a new one comes
 * ("yenileme yapınca eski kart çalışmaya devam eder mi", "yeni sertifika gelince eskisi iptal mi
 * oluyor", "does the old card still work after renewal?"). It does: renewal revokes nothing (R8.3,
 * R7.2). These were read as the card/HSM comparison, the status question or the address change.
 */
export function oldCertificateKeptAsked(folded: string): boolean {
  return (
    oldNamed.test(folded) &&
    newNamed.test(folded) &&
    sealNamed.test(folded) &&
    !contactNamed.test(folded) &&
    oldKeptAsked.test(folded)
  );
}
