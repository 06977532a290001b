import { foldForLabel, splitLabel } from "../text/labelled-answer.ts";
import { onlyOrdinaryWords } from "./phone.ts";

/**
 * A pragmatic e-mail check (one @, a dotted domain, no spaces, no two dots in a row, domain labels
 * without a leading or trailing hyphen, at most 254 characters); returns the address trimmed, its
 * domain lower-cased, or undefined.
 */
export function normaliseEmail(input: string): string | undefined {
  const value = input.trim();
  if (value.length > 254) return undefined;
  if (!/^[^\s@]{1,64}@[^\s@.]+(\.[^\s@.]+)+$/.test(value)) return undefined;
  const [local, domain] = value.split("@") as [string, string];
  if (
    !/^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+$/.test(local) ||
    local.startsWith(".") ||
    local.endsWith(".") ||
    local.includes("..")
  )
    return undefined;
  // each domain label: letters, digits and inner hyphens (RFC 5321 / 1035)
  const labelPart = "[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?";
  if (!new RegExp(`^${labelPart}(\\.${labelPart})*\\.[A-Za-z]{2,}$`).test(domain)) return undefined;
  return `${local}@${domain.toLowerCase()}`;
}

/** A word that may stand around an address in an answer ("e-posta", "adresimiz", "my new email is"), folded. */
const labelWord =
  "(?:e-?posta[a-z]*|e-?mail[a-z]*|mail[a-z]*|adres[a-z]*|yeni|benim|bizim|my|new|our|address|is|it'?s|it|that'?s|that)";

/** Label words before the address, each with the punctuation after it ("yeni e-posta adresimiz:"). */
const label = new RegExp(`^(?:(?:${labelWord}[:=,;.-]*|[:=,;.-]+)(?:\\s+|$))+`);

/** The label words after the address ("ali@ornek.com.tr adresimiz"), nothing else. */
const trailingWords = new RegExp(`^(?:\\s+(?:${labelWord}[:=,;.-]*|[:=,;.-]+))*$`);

/**
 * The address in an answer to an e-mail question: one address, alone or after a label
 * ("e-posta: ali@ornek.com.tr", "yeni e-posta adresimiz <ali@ornek.com.tr>"), with the punctuation
 * around it dropped; undefined when the answer says anything else or holds no valid address. The
 * label is split off by the shared reader of answers with a label (core/text/labelled-answer.ts);
 * what must follow it is one address, and at most label words after it.
 */
export function emailFromAnswer(input: string): string | undefined {
  const answer = splitLabel(input, label, (rest) => addressOf(rest.folded) !== undefined);
  const address = addressOf(answer.value);
  return address === undefined ? emailAmongWords(String(input ?? "")) : normaliseEmail(address);
}

/** Words of a phone number (folded): an address typed with them ("telefon: ali@…") is no plain answer. */
const phoneWords = /(?<![a-z0-9])(?:telefon\w*|tel|cep\w*|gsm|numara\w*|phone\w*|mobile|number)(?![a-z0-9])/;

/**
 * The one address of a message whose other words are ordinary ones ("doğrusu ali@ornek.com.tr",
 * "ali@ornek.com.tr olsun", "yeni adresimiz muhasebe@ornek.com.tr olsun"), or undefined: two
 * addresses, another number, or words saying it is not the address (the old one, "değil") are no answer.
 */
function emailAmongWords(input: string): string | undefined {
  const words = input.split(/\s+/).filter(Boolean);
  const at = words.filter((word) => word.includes("@"));
  if (at.length !== 1) return undefined;
  const word = at[0]!;
  const rest = words.filter((w) => w !== word).join(" ");
  if (!onlyOrdinaryWords(rest, phoneWords)) return undefined;
  // the punctuation around it, and a Turkish suffix after an apostrophe ("ali@ornek.com.tr'dir")
  const address = word.replace(/['’][\p{L}]+[^\p{L}\p{N}]*$/u, "").replace(/^[<("'[]+|[>)"'\].,;:!?]+$/g, "");
  return normaliseEmail(address);
}

/** The address that opens `text` (its surrounding punctuation dropped), when only label words follow it. */
function addressOf(text: string): string | undefined {
  const [word = "", ...others] = text.split(/(?=\s)/);
  if (!word.includes("@") || !trailingWords.test(foldForLabel(others.join("")))) return undefined;
  return word.replace(/^[<("'[]+|[>)"'\].,;:!?]+$/g, "");
}
