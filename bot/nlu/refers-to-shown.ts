/**
 * A request that points at what was just shown instead of naming it (folded): "onu iptal etmek
 * istiyorum", "bu sertifikayı iptal edin", "aynı sertifikanın iletişim bilgileri", "revoke it",
 * "cancel this certificate". Read only where the conversation has just shown one certificate, so a
 * demonstrative elsewhere in a sentence costs nothing.
 */
const pointing =
  /\b(?:bu|bunu|buna|bunun|sunu|suna|sunun|onu|ona|onun|ayni\w*|o (?:sertifika|muhur|kart)\w*|this|that|it|same)\b/;

/** Whether a folded message points at the thing just shown ("bunu", "onu", "this", "it"). */
export function refersToShown(folded: string): boolean {
  return pointing.test(folded);
}
