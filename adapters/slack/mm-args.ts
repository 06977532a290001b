/**
 * Reading a `/mm` line's first argument the way agents type it: a VKN/TCKN copied from a form often
 * arrives with its label ("VKN: 3230512384", "vkn:3230512384", "T.C. kimlik no 1000…") and in groups
 * ("323 051 2384", "323.051.23.84"). Every subcommand that takes a VKN/TCKN takes it first, so only
 * a label and a run of digit groups at the start are read; later arguments (an address, a code)
 * are left as typed.
 */
import { typedSubjectNumber } from "../../core/identity/typed-subject.ts";
import { parseTypedSerial } from "../../core/pki/serial-number.ts";
import { withoutSerialLabel as serialTextWithoutLabel } from "../../core/pki/typed-serial.ts";
import { normaliseTyped } from "../../core/text/normalise-typed.ts";

/**
 * A `/mm` line as the agent sees it, read once where the slash command's text is parsed (runMm),
 * so every subcommand gets the same arguments: typed text normalised as the customer chat's is
 * (core/text/normalise-typed.ts: format characters such as a zero-width space or a word joiner
 * copied with a number removed; full-width "３２３０…" and "ＤＵＲＵＭ" read as the digits and letters
 * they look like; NBSP and the ideographic space U+3000 become spaces), then whitespace runs
 * collapsed to one space, trimmed.
 */
export function normaliseCommandLine(line: string): string {
  return normaliseTyped(line).replace(/\s+/g, " ").trim();
}

/**
 * The arguments of a `/mm` line (the words after the subcommand) as they name things: each without
 * the quotes or brackets around it and the sentence punctuation after it ("3230512384." copied from
 * a sentence names the VKN, never a serial "3230512384"; see {@link unwrapped}), a VKN/TCKN typed in
 * groups or with its label joined ({@link withGroupedSubject}), and a serial pasted with a label
 * ("Seri: …", "seri no …") or as the Windows certificate dialog shows it, in byte pairs ("39 fc 6c …")
 * read as one word ({@link withSpacedSerial}); the words after it (the reason of `iptal`) stay apart.
 */
export function readArguments(typed: readonly string[]): string[] {
  const words = typed.map(unwrapped).filter(Boolean);
  return withSpacedSerial(withoutSerialLabel(withGroupedSubject(words)));
}

/** Opening quotes and brackets an argument may be wrapped in (Slack's code, bold, italic and strike marks too). */
const opening = "\"'`“”„‘’‚«»‹›([{<*_~";
/** Closing quotes and brackets, and the sentence punctuation that may follow an argument. */
const closing = "\"'`“”‘’«»‹›)]}>*_~.,;:!?…-–—";
const wrapped = new RegExp(`^[${escapeClass(opening)}]+|[${escapeClass(closing)}]+$`, "gu");

/**
 * A typed word without the quotes or brackets around it and the sentence punctuation after it
 * (`"3230512384".` → `3230512384`); a word of nothing else is empty. Punctuation inside a word
 * (`323.051.2384`, `39:fc:6c`, an e-mail address) stays.
 */
export function unwrapped(word: string): string {
  return word.replace(wrapped, "");
}

function escapeClass(chars: string): string {
  return chars.replace(/[\\\][^-]/g, "\\$&");
}

/**
 * Fewest hex digits a typed serial has: serials carry at least 64 bits from a CSPRNG (16 hex
 * digits; this CA's carry 128, core/pki/serial-number.ts), so a shorter word is none.
 */
const minSerialDigits = 16;

/**
 * The canonical serial a typed word names (`0x`, upper case, colons allowed), or undefined when it is
 * none: not hexadecimal, or shorter than any serial ({@link minSerialDigits}). Read as a serial, a VKN
 * with digits too few or too many ("32305123", "323051238412") or a fragment ("abc", "0") would be
 * answered "no certificate" for a firm that has one, so the console answers that it could not read it.
 */
export function typedSerial(word: string): string | undefined {
  return parseTypedSerial(word, minSerialDigits);
}

/**
 * `args` without a serial label before the serial ("Seri:", "seri no", "Serial Number:", glued
 * "Seri:39fc…"), read by core as the CLI's `--serial` is (core/pki/typed-serial.ts); as they were
 * when no serial follows the label.
 */
function withoutSerialLabel(args: readonly string[]): readonly string[] {
  const typed = args.join(" ");
  const rest = serialTextWithoutLabel(typed);
  return rest === typed.trim() ? args : rest.split(" ");
}

/** Fewest byte pairs read as one serial ("12 34" is not one). */
const minSerialPairs = 4;

/**
 * `args` with a serial typed in hexadecimal byte pairs at their start ("39 fc 6c 96 …", as the
 * Windows certificate dialog shows it) joined into one word; anything else unchanged.
 */
function withSpacedSerial(args: readonly string[]): string[] {
  let run = 0;
  while (run < args.length && /^[0-9a-f]{2}$/i.test(args[run]!)) run++;
  if (run < minSerialPairs) return [...args];
  return [args.slice(0, run).join(""), ...args.slice(run)];
}

/**
 * `args` with a VKN/TCKN typed with its label or in groups at their start read as its digits: the
 * longest run of leading words that core reads as one (core/identity/typed-subject.ts, the CLI's
 * `--vkn` reading too). Anything else is returned unchanged.
 */
export function withGroupedSubject(typed: readonly string[]): string[] {
  for (let end = typed.length; end >= 1; end--) {
    const digits = typedSubjectNumber(typed.slice(0, end).join(" "));
    if (digits) return [digits, ...typed.slice(end)];
  }
  return [...typed];
}
