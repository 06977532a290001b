/**
 * Masking of personal data (KVKK): TCKN, VKN, phone numbers and e-mail addresses, and payment card
 * numbers and IBANs a customer types (payment-numbers.ts).
 * Used for log lines, agent views and whenever the bot repeats a value back.
 */
import { domainToUnicode } from "node:url";
import { asciiDigits } from "../text/ascii-digits.ts";
import { maskPaymentNumbers } from "./payment-numbers.ts";
import { publicSuffixLength } from "./public-suffix.ts";

/** Invisible format characters (zero-width space, direction marks …) inside a number. */
const formatBetweenDigits = /(?<=\d)\p{Cf}+(?=\d)/gu;

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

/**
 * Masks an e-mail address on record that a customer or an agent is told before the customer is
 * verified (the contacts a verification code goes to), its domain too: `i***@f***.com.tr`,
 * `a***@g***.com`. An address the customer typed in this conversation (an application's summary, a
 * new contact, the applicant's contacts offered for proof by order number) is told with
 * {@link maskEmail}, its domain kept, so that a typo in it can be seen.
 * Kept are the first letter of the local part, the first letter of the registrable label (the one
 * just left of the public suffix, core/privacy/public-suffix.ts) and the public suffix; every label
 * left of the suffix, subdomains included, folds into that one masked label
 * (`ilker@mail.firma.com.tr` → `i***@f***.com.tr`). Letters are lower-cased and a punycode domain is
 * read as its letters (`xn--rnek-4qa.com.tr` → `ö***.com.tr`), so every address, a registered one
 * or a decoy (core/ra/decoy-contacts.ts), is told in the one form `x***@y***.<suffix>` with three
 * stars whatever the lengths: knowing a firm's domain does not tell whether it is on record
 * (`interfaces.md` §4). Anything that is no address becomes `***`. Logs keep {@link maskEmail}.
 */
export function maskEmailAndDomain(value: string): string {
  const at = value.lastIndexOf("@");
  const labels = domainLetters(value.slice(at + 1))
    .split(".")
    .filter((label) => label !== "");
  if (at < 1 || labels.length === 0) return "***";
  const suffixLength = labels.length > 1 ? publicSuffixLength(labels) : 0;
  const registrable = labels[labels.length - 1 - suffixLength]!;
  const suffix = labels.slice(labels.length - suffixLength).map((label) => `.${label}`);
  return `${firstLetter(value.slice(0, at))}***@${firstLetter(registrable)}***${suffix.join("")}`;
}

/** A domain in lower case, punycode labels read as their letters (`xn--rnek-4qa` → `örnek`). */
function domainLetters(domain: string): string {
  const lower = domain.toLowerCase();
  return domainToUnicode(lower) || lower;
}

/** The first letter of a text in lower case (`İ` → `i`, one code point, never half a surrogate pair). */
function firstLetter(text: string): string {
  return [...text.toLowerCase()][0] ?? "";
}

// Every pattern starts with a look-behind that lets a match begin only where a run of its characters
// begins, and every repetition is either bounded or followed by a character it cannot contain, so each
// pattern tries O(1) starts per run and scans each character a bounded number of times: linear time
// whatever the input (a long run of letters made the unanchored e-mail pattern quadratic).
const emailPattern =
  /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}(?![\p{L}\p{N}-])/gu;
const phonePattern = /(?<![\d*])(?:\+?90[\s.-]?)?\(?0?5\d{2}\)?[\s.-]?\d{3}[\s.-]?\d{2}[\s.-]?\d{2}(?!\d)/g;
const idNumberPattern = /(?<![\d*])\d{10,11}(?!\d)/g;
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
 * An order number: `MM` and ten digits, in the spellings customers type and `normaliseOrderNumber`
 * (core/ra/order-number.ts) accepts: "MM1234567890", "mm 1234567890", "MM-1234567890", "MM 4821 093375".
 * Not personal data: the bot shows it to the customer and agents look orders up by it. `MM` inside a
 * word ("AMM1234567890") or followed by an eleventh digit is not one.
 */
const orderNumberPattern = /(?<![\p{L}\p{N}_])[Mm]{2}[ \t-]{0,3}\d(?:[ \t-]?\d){9}(?!\d)/gu;

/**
 * An e-mail address spelled to dodge the plain pattern: spaces around the `@` ("ali @ ornek.com.tr")
 * or `(at)`, `[at]`, `{at}`, `<at>` instead of it ("ali(at)ornek.com.tr", "ali [at] ornek.com.tr").
 * A lone "at" without brackets is ordinary English and is left alone. Linear for the same reasons as
 * `emailPattern`: one start per run of local-part characters, every gap bounded.
 */
const spelledEmailPattern =
  /(?<![\p{L}\p{N}._%+-])([\p{L}\p{N}._%+-]+)(?:[ \t]{0,2}@[ \t]{0,2}|[ \t]{0,2}[([{<][ \t]?[Aa][Tt][ \t]?[)\]}>][ \t]{0,2})([\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,})(?![\p{L}\p{N}-])/gu;

/**
 * A run of digit groups joined by single spaces, dots or hyphens, mixed or not ("3 2 3 0 5 1 2 3 8 4",
 * "3230 512.384"). It starts only where the run starts and nothing follows its repetition, so it is
 * found in one pass without backtracking; `maskDigitRun` decides what in it to mask.
 */
const digitRunPattern = /(?<!\d|\d[ .-])\d+(?:[ .-]\d+)*/g;
/** What follows an amount written with thousands dots: decimals ("1.234,56") or a currency. */
const amountTail = /^(?:,\d|\s?(?:TL|TRY|₺))/;
const mobileDigits = /^0?5\d{9}$/;

/**
 * Masks the 10 or 11 digits of a run of digit groups as an identity number, or as a phone number when
 * they read as a Turkish mobile number. Groups that are part of a date ("29.11.2026", "2026-11-25"),
 * of an amount with thousands dots ("1.234.567.890,00 TL") or of a value already masked (next to a `*`)
 * are set aside first, and each stretch of groups between them is judged on its own, so that
 * "29.11.2026 323 051 2384" masks the VKN and "29.11.2026 10:00" stays whole. A stretch of more than
 * 11 digits is left: which of its digits would be the number cannot be told.
 */
function maskDigitRun(run: string, offset: number, text: string): string {
  const starts: number[] = [];
  const ends: number[] = [];
  const seps: string[] = [""]; // seps[i]: the separator before group i
  for (const group of run.matchAll(/\d+/g)) {
    if (starts.length > 0) seps.push(run[group.index - 1]!);
    starts.push(group.index);
    ends.push(group.index + group[0].length);
  }
  const n = starts.length;
  const digitsOf = (i: number) => run.slice(starts[i], ends[i]);
  const kept = new Array<boolean>(n).fill(false);
  if (text[offset - 1] === "*") kept[0] = true;
  if (text[offset + run.length] === "*") kept[n - 1] = true;
  for (let i = 0; i + 2 < n; i++) {
    const sep = seps[i + 1]!;
    if (sep === " " || seps[i + 2] !== sep || seps[i] === sep || seps[i + 3] === sep) continue;
    if (isDate(digitsOf(i), digitsOf(i + 1), digitsOf(i + 2))) kept[i] = kept[i + 1] = kept[i + 2] = true;
  }
  if (amountTail.test(text.slice(offset + run.length, offset + run.length + 4))) {
    let first = n - 1;
    while (first > 0 && seps[first] === "." && digitsOf(first).length === 3) first--;
    if (first < n - 1 && digitsOf(first).length <= 3) kept.fill(true, first);
  }
  let masked = "";
  let from = 0;
  for (let i = 0; i < n; ) {
    if (kept[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < n && !kept[j + 1]) j++;
    const digits = run.slice(starts[i], ends[j]).replace(/\D/g, "");
    if (digits.length === 10 || digits.length === 11) {
      const replacement = mobileDigits.test(digits) ? maskPhone(digits) : maskIdNumber(digits);
      masked += run.slice(from, starts[i]) + replacement;
      from = ends[j]!;
    }
    i = j + 1;
  }
  return from === 0 ? run : masked + run.slice(from);
}

/** Day, month and year in either order ("29.11.2026", "2026-11-25", "29.11.26"), each in range. */
function isDate(a: string, b: string, c: string): boolean {
  const inRange = (day: string, month: string) =>
    Number(day) >= 1 && Number(day) <= 31 && Number(month) >= 1 && Number(month) <= 12;
  if (a.length === 4) return b.length <= 2 && c.length <= 2 && inRange(c, b);
  return a.length <= 2 && b.length <= 2 && (c.length === 4 || c.length === 2) && inRange(a, b);
}

/** Applies `mask` to the text around every match of `keep` (for which `keepIf` holds), leaving the matches whole. */
function maskAround(
  text: string,
  keep: RegExp,
  mask: (part: string) => string,
  keepIf = (_: string) => true,
): string {
  let masked = "";
  let from = 0;
  for (const match of text.matchAll(keep)) {
    if (!keepIf(match[0])) continue;
    masked += mask(text.slice(from, match.index)) + match[0];
    from = match.index + match[0].length;
  }
  return from === 0 ? mask(text) : masked + mask(text.slice(from));
}

/**
 * Masks the userinfo of every URL, every e-mail address (Turkish letters included, also spelled
 * "ali @ ornek.com.tr" or "ali(at)ornek.com.tr"), Turkish mobile number and 10/11-digit identity
 * number (VKN, TCKN), also when written in groups ("323 051 2384", "10000-000-146", "3 2 3 0 5 1 2 3 8 4"),
 * and every payment card number and Turkish IBAN (payment-numbers.ts), found anywhere in a text. Idempotent; linear in the length of the text.
 *
 * A UUID is left whole, so that log lines still name the records and files they are about: its
 * all-digit groups joined by hyphens otherwise read as a grouped identity number. One holding ten
 * digits in a row (which only its last group can) is masked as any other text. An order number
 * ("MM1234567890", "mm 1234567890") is left whole too: its ten digits otherwise read as a VKN.
 */
export function maskPersonalData(text: string): string {
  // digits of any script, and invisible characters between digits, read as the number they show
  const readable = asciiDigits(text).replace(formatBetweenDigits, "");
  return maskAround(readable, uuidPattern, maskFreeText, (uuid) => !longDigitRun.test(uuid));
}

function maskFreeText(text: string): string {
  const contactsMasked = maskUrlCredentials(text)
    .replace(emailPattern, (m) => maskEmail(m))
    .replace(spelledEmailPattern, (_m, local: string, domain: string) => maskEmail(`${local}@${domain}`));
  return maskAround(contactsMasked, orderNumberPattern, maskNumbers);
}

function maskNumbers(text: string): string {
  return maskPaymentNumbers(text)
    .replace(phonePattern, (m) => maskPhone(m))
    .replace(idNumberPattern, (m) => maskIdNumber(m))
    .replace(digitRunPattern, maskDigitRun);
}
