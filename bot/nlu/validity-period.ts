/**
 * How long a mali mühür is valid, asked as a rule (folded): "mühür kaç yıl geçerli", "sertifika
 * ne kadar süre geçerli", "geçerlilik süresi nedir", "how long is the seal valid?", "how many years
 * is the certificate valid for", "what is the validity period". The answer is R8.1's three years
 * (the renewal text, info.renewal), not the status of one certificate. The time still left of the
 * firm's own ("daha ne kadar geçerli", "how long is it still valid", "kaç gün kaldı") is its status.
 */

/** The period asked (folded). */
const periodAsked =
  /\b(?:kac (?:yil|sene|ay)|ne kadar (?:sure\w* |zaman )?)(?:\S+ )?gecerli\w*|\bgecerlilik sure\w* (?:ne kadar|nedir|kac|ne)\b|\bhow long (?:is|are|will|does|do|s)(?: \S+){0,4} (?:valid|good|last|in force)\b|\bhow many (?:years|months)(?: \S+){0,5} (?:valid|good|last)\b|\b(?:what is|what s) the (?:validity|validity period|period of validity|lifetime)\b|\bvalidity period\b/;
/** The seal, its card or its certificate (folded); a question with no subject counts too. */
const otherSubject =
  /\b(?:kod|code|sms|link|baglanti|teklif|offer|fiyat|price|sifre|password|pin|oturum|session)\w*/;
/** The time still left of one certificate (folded): its status. */
const stillLeft = /\b(?:daha|hala|kaldi|kaliyor|still|left|remaining|until|anymore|more)\b/;

/** Whether a folded message asks how long a mali mühür is valid (R8.1). */
export function validityPeriodAsked(folded: string): boolean {
  return periodAsked.test(folded) && !otherSubject.test(folded) && !stillLeft.test(folded);
}
