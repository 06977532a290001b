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

// Every pattern starts with a look-behind that lets a match begin only where a run of its characters
// begins, and every repetition is either bounded or followed by a character it cannot contain, so each
// pattern tries O(1) starts per run and scans each character a bounded number of times: linear time
// whatever the input (a long run of letters made the unanchored e-mail pattern quadratic).
const emailPattern =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?![\p{L}\p{N}-])/gu;
const phonePattern = /(?<![\d*])(?:\+?90[\s.-]?)?\(?0?5\d{2}\)?[\s.-]?\d{3}[\s.-]?\d{2}[\s.-]?\d{2}(?!\d)/g;
const idNumberPattern = /(?<![\d*])\d{10,11}(?!\d)/g;
/** Groups of 2–5 digits joined by one and the same space, dot or hyphen ("323 051 2384", "10000-000-146"). */
const groupedIdNumberPattern = /(?<![\d*.-])\d{2,5}([ .-])\d{2,5}(?:\1\d{2,5}){0,3}(?![\d*]|[ .-]\d)/g;
/** `scheme://userinfo@`: the userinfo runs to the last `@` before the first `/` or space. */
const urlUserinfoPattern = /(?<![\p{L}\p{N}+.-])(\p{L}[\p{L}\p{N}+.-]*:\/\/)[^\s/@]*(?:@[^\s/@]*)*@/gu;

/** Replaces the userinfo (user name and password) of every URL in a text: `postgres://***@host/db`. */
export function maskUrlCredentials(text: string): string {
  return text.replace(urlUserinfoPattern, (_m, scheme: string) => `${scheme}***@`);
}

/** A UUID in its canonical 8-4-4-4-12 hex form: the ids the service gives its records and files. */
const uuidPattern =
  /(?<![\p{L}\p{N}-])[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?![\p{L}\p{N}-])/giu;
/** Ten digits in a row: enough for an identity number or a mobile number, never in a random UUID's short groups. */
const longDigitRun = /\d{10}/;

/**
 * Masks the userinfo of every URL, every e-mail address (Turkish letters included), Turkish mobile
 * number and 10/11-digit identity number (VKN, TCKN), also when written in groups ("323 051 2384",
 * "10000-000-146"), found anywhere in a text. Idempotent; linear in the length of the text.
 *
 * A UUID is left whole, so that log lines still name the records and files they are about: its
 * all-digit groups joined by hyphens otherwise read as a grouped identity number. One holding ten
 * digits in a row (which only its last group can) is masked as any other text.
 */
export function maskPersonalData(text: string): string {
  let masked = "";
  let from = 0;
  for (const match of text.matchAll(uuidPattern)) {
    if (longDigitRun.test(match[0])) continue;
    masked += maskFreeText(text.slice(from, match.index)) + match[0];
    from = match.index + match[0].length;
  }
  return from === 0 ? maskFreeText(text) : masked + maskFreeText(text.slice(from));
}

function maskFreeText(text: string): string {
  return maskUrlCredentials(text)
    .replace(emailPattern, (m) => maskEmail(m))
    .replace(phonePattern, (m) => maskPhone(m))
    .replace(idNumberPattern, (m) => maskIdNumber(m))
    .replace(groupedIdNumberPattern, (m) => {
      const digits = m.replace(/\D/g, "");
      return digits.length === 10 || digits.length === 11 ? maskIdNumber(digits) : m;
    });
}
