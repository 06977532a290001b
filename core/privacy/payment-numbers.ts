/**
 * Payment data a customer may type in the chat ("bu kartla ödedim 4543 5900 0000 0006", "iade IBAN
 * TR12 0006 1005 1978 6457 8413 26"): a payment card number (13–19 digits, grouped or not, passing
 * the Luhn check) and a Turkish IBAN (TR, two check digits, 22 digits) are masked wherever personal
 * data is (logs, the agents' hand-off thread), all but their last four digits, separators kept.
 */

/**
 * 13–19 digits, single spaces or hyphens between them, not glued to other digits or letters, starting
 * as a payment card does: 2–6 (Mastercard, Visa, Amex, Discover, UnionPay…) or 9 (Troy). A number
 * starting with 0, 1, 7 or 8 is no card a customer pays with, and a time in milliseconds (17…) passes
 * the Luhn check one time in ten.
 */
const cardCandidate = /(?<![\p{L}\d])[2-69](?:[ -]?\d){12,18}(?![\p{L}\d])/gu;
/** A Turkish IBAN: TR, check digits and 22 digits, spaces or hyphens between groups. */
const turkishIban = /(?<![\p{L}\d])TR[ -]?\d\d(?:[ -]?\d){22}(?![\p{L}\d])/giu;

/** Whether the digits pass the Luhn check (every payment card number does). */
function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Every digit but the last four as `*`, letters and separators kept. */
function keepLastFour(value: string): string {
  let left = value.replace(/\D/g, "").length - 4;
  return value.replace(/\d/g, (d) => (left-- > 0 ? "*" : d));
}

/** Masks the payment card numbers and Turkish IBANs in a text (see the file's comment). */
export function maskPaymentNumbers(text: string): string {
  return text
    .replace(turkishIban, keepLastFour)
    .replace(cardCandidate, (m) => (luhnValid(m.replace(/\D/g, "")) ? keepLastFour(m) : m));
}
