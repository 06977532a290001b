/**
 * When the certificate ends, asked (folded): "ne zaman sona eriyor?", "ne zaman bitiyor",
 * "süresi ne zaman doluyor", "ne zamana kadar geçerli", "ne zamana kadar", "when does it expire",
 * "until when is it valid". About the seal or its certificate, or with no other thing named, that
 * is the certificate's end date (R8.1, R10.1: cert_status; after a status answer the certificate
 * just shown, bot/flows/certificate-status.ts). Not the end of an order, an application, a
 * payment, the production, the delivery, a renewal or a campaign, nor the call centre's hours.
 */

/** The end asked with a time question (folded). */
const endAsked =
  /\bne zaman(?: \S+){0,2} (?:sona er|bit|dol|gecersiz|expire)\w*|\bne zamana kadar\b|\bhangi tarih\w*(?: \S+){0,2} (?:kadar|sona er|bit|dol)\w*|\bbitis tarih\w* (?:ne|nedir|hangi|ne zaman)\b|\bwhen (?:does|will|do|is|did)(?: \S+){0,4} (?:expire|run out|end|stop being valid|lapse)\b|\buntil when\b|\bexpiry date\b|\bwhen (?:is|s) (?:the |its |our |my )?(?:expiry|end date|expiration)\b/;

/** Another thing whose end or deadline could be asked (folded). */
const otherThing =
  /\b(?:siparis|basvuru|order|application|kargo|teslim|deliver|shipping|odeme|payment|havale|eft|ode|pay|uretim|production|yenile|renew|kampanya|indirim|campaign|discount|mesai|cagri|call|calisma saat|acik|open|hatirlat|reminder|kod|code|sms|dogrulama|verification|oturum|session|islem|process|surec|randevu|appointment|kurulum|install)\w*/;

/** Whether a folded message asks when the certificate ends. */
export function certificateEndAsked(folded: string): boolean {
  return endAsked.test(folded) && !otherThing.test(folded);
}
