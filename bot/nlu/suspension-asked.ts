/**
 * Suspending the seal asked for or asked about (folded): "sertifika askıya alınabilir mi",
 * "geçici durdurmak istiyorum", "mühürü bir süreliğine dondurabilir miyiz", "geçici olarak
 * kapatalım", "can we suspend the certificate", "put the seal on hold", "temporarily disable".
 * There is no suspension here (no certificate is ever put on hold); the only way to stop a seal
 * is its revocation, and revocation is irreversible (R7.1): answered so (info.no_suspension). Not
 * whether one IS suspended ("askıda mı", "askıya alınmış mı", "is it suspended"): its status.
 */

/** A suspension wanted or asked possible (folded). */
const suspensionWords = new RegExp(
  [
    String.raw`\baskiya (?:al(?:mak|abilir|alim|in(?:abilir|sin|masi)|iniz|sak|ir|ma\b|mamiz|mayi)|alma)\w*`,
    String.raw`\bgecici (?:olarak |sure(?:yle)? |bir sure(?:ligine)? )?(?:durdur|dondur|kapat|askiya|pasif|devre ?disi|iptal|kullanim ?disi)\w*`,
    String.raw`\bbir sure(?:ligine)? (?:durdur|dondur|askiya|pasif)\w*`,
    String.raw`\b(?:dondur(?:mak|abilir|alim|un|ulabilir|ma)\w*)`,
    String.raw`\bsuspend(?!ed\b)\w*|\bcan (?:it|the \S+|our \S+|we|i|you)(?: \S+)? be suspended\b|\b(?:put|place)\w* (?:it |the \S+ |our \S+ )?on hold\b|\btemporar\w* (?:disable|stop|suspend|deactivat|block|freez|pause)\w*|\b(?:freeze|pause) (?:it|the|our|my)\b`,
  ].join("|"),
);

/** Whether a folded message asks to suspend the seal, or whether it can be. */
export function suspensionAsked(folded: string): boolean {
  return suspensionWords.test(folded);
}
