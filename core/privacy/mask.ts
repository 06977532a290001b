/**
 * Masking of personal data (KVKK): TCKN, VKN, phone numbers and e-mail addresses.
 * Used for log lines, agent views and whenever the bot repeats a value back.
 */

/** Masks an identity number, keeping the first two and last two digits: `45******20`. */
export function maskIdNumber(value: string): string {
  const digits = value.replace(/\D/g, "");
  if (digits.length < 5) return "*".repeat(digits.length);
  return `${digits.slice(0, 2)}${"*".repeat(digits.length - 4)}${digits.slice(-2)}`;
}

/** Masks a phone number, keeping the country code, the operator's first digit and the last two digits. */
export function maskPhone(value: string): string {
  const digits = value.replace(/\D/g, "");
  const last = digits.slice(-2);
  return `+90 5** *** ** ${last}`;
}

/** Masks an e-mail address, keeping the first letter of the local part and the domain: `b***@ornek.com.tr`. */
export function maskEmail(value: string): string {
  const at = value.lastIndexOf("@");
  if (at < 1) return "***";
  return `${value[0]}***${value.slice(at)}`;
}

const emailPattern = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}/g;
const phonePattern = /(?<![\d*])(?:\+?90[\s.-]?)?\(?0?5\d{2}\)?[\s.-]?\d{3}[\s.-]?\d{2}[\s.-]?\d{2}(?!\d)/g;
const idNumberPattern = /(?<![\d*])\d{10,11}(?!\d)/g;

/**
 * Masks every e-mail address, Turkish mobile number and 10/11-digit identity number (VKN, TCKN)
 * found anywhere in a text. Idempotent.
 */
export function maskPersonalData(text: string): string {
  return text
    .replace(emailPattern, (m) => maskEmail(m))
    .replace(phonePattern, (m) => maskPhone(m))
    .replace(idNumberPattern, (m) => maskIdNumber(m));
}
