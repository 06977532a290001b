/**
 * How long the whole thing takes, asked with no other topic named (folded): "bu ne kadar sürer",
 * "ne kadar sürer", "başvuru kaç gün sürer", "süreç ne kadar zaman alır", "kaç günde hazır olur",
 * "how long does this take". "Ne kadar" also asks a price, so the classifier split such a message
 * between the production and the prices ("Şunu mu demek istediniz? Üretim | Fiyatlar" at the
 * application's summary) or took "ne kadar sürer" for the price list, and "başvuru ne kadar sürer"
 * for cancelling an application. A duration verb makes it the production's question (R3.3: production
 * starts when the payment arrives; a card is produced at once and shipped). The shipping's own time
 * is bot/nlu/delivery-time.ts; a cost, the validity period, a payment's posting, a PIN, a code, a
 * revocation or a renewal named leave it to their own readers.
 */

/** A duration asked with a verb of lasting or taking time (folded). */
const durationWords =
  /\bne kadar (?:sur(?:er|uyor|ecek|mekte|ur|du)\w*|surede|zaman\w*|vakit\w*)|\bkac (?:gun|hafta|is gunu|saat)\w*(?: \S+)? (?:sur\w*|alir\w*|bitiyor|biter|hazir\w*|cikar\w*|elimize\w*|elime\w*|tamamlan\w*)|\bkac (?:gunluk|haftalik) (?:is|islem|surec)\w*|\bsure(?:c|ci|cin)? ne kadar\b|\bne kadar bekle(?:r|yece|me)\w*|\bhow long (?:does|will|would|do|is|it)\b|\bhow much time (?:does|will|would|do)\b|\bhow many (?:days|weeks) (?:does|will|would) (?:it|this|the)\b/;

/** Other topics whose own readers answer their duration or cost (folded). */
const otherTopic =
  /\b(?:ucret\w*|fiyat\w*|para\w*|bedel\w*|masraf\w*|tl|lira|cost\w*|price\w*|fee\w*|gecerli\w*|gecerlilik\w*|valid\w*|yil\w*|year\w*|expir\w*|kargo\w*|kurye\w*|teslimat\w*|courier|shipping|delivery|odeme\w*|odedi\w*|yansi\w*|banka\w*|payment|pay|paid|kilit\w*|pin\w*|puk\w*|sifre\w*|kod\w*|code\w*|sms|iptal\w*|revok\w*|cancel\w*|yenile\w*|renew\w*|guncelle\w*|update\w*|dogrula\w*|verif\w*|temsilci\w*|bekleme\w*|agent\w*|kaldi\w*|kalan\w*|kalmis\w*|left|remain\w*)\b/;

/** Whether a folded message asks how long getting the certificate takes, nothing else named. */
export function durationAsked(folded: string): boolean {
  return durationWords.test(folded) && !otherTopic.test(folded);
}
