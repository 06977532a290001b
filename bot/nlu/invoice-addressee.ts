/**
 * To whom the invoice is made out, asked (folded): "faturayı kime kesiyorsunuz, şirkete mi
 * yetkiliye mi", "fatura kimin adına kesiliyor", "fatura şirket adına mı", "who is the invoice made
 * out to?", "is the invoice in the company's name?". The classifier split it between the invoice and
 * a hand-off ("yetkili"). R6.2 says where the invoice goes (with the card, or to the firm after an
 * HSM's production); on whose name it is, domain.md is silent: info.invoice_addressee says what is
 * known and names the call centre (bot/flows/info.ts).
 */

/** The invoice (folded). */
const invoiceNamed = /\b(?:fatura\w*|invoice\w*|bill\w*)\b/;

/** Whose name, asked (folded): "kime", "kimin adına", "şirkete mi", "who … to", "in whose name". */
const addresseeAsked =
  /\b(?:kime|kimin (?:adina|uzerine)|kim adina|(?:sirket|firma|yetkili|sahis|kisi)\w* (?:adina )?m[iu]\b|hangi (?:ad|isim|unvan|vkn)\w*|who\b.*\b(?:made out|issued|addressed|to)\b|whose name|in the name of|(?:company|firm|signatory|person)(?: s)? name\b)/;

/** Whether a folded message asks in whose name the invoice is issued. */
export function invoiceAddresseeAsked(folded: string): boolean {
  return invoiceNamed.test(folded) && addresseeAsked.test(folded);
}
