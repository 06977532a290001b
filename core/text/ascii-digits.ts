/**
 * Decimal digits of every script read as the ASCII digits they stand for: Arabic-Indic "٣٢٣٠",
 * Persian "۳۲۳۰", full-width "３２３０", Devanagari "३२३०" → "3230". A number pasted from a phone
 * set to another script is the same number: the dialog reads it, and masking (core/privacy/mask.ts)
 * must recognise it as the identity or phone number it is.
 */

const nonAsciiDigit = /(?![0-9])\p{Nd}/gu;
const decimalDigit = /^\p{Nd}$/u;

/** Whether the code point is a decimal digit (Unicode category Nd). */
function isDigitAt(codePoint: number): boolean {
  return codePoint >= 0 && decimalDigit.test(String.fromCodePoint(codePoint));
}

/**
 * The value of a decimal digit. Unicode places each script's digits as a run of ten consecutive code
 * points, zero first, and where runs touch (the mathematical digits, two sets of Pa-O digits) the
 * runs of ten follow each other: the distance from the start of the whole run, modulo ten, is the value.
 */
function digitValue(digit: string): number {
  const codePoint = digit.codePointAt(0)!;
  let start = codePoint;
  while (isDigitAt(start - 1)) start--;
  return (codePoint - start) % 10;
}

/** `text` with every non-ASCII decimal digit replaced by its ASCII digit; nothing else changes. */
export function asciiDigits(text: string): string {
  return text.replace(nonAsciiDigit, (digit) => String(digitValue(digit)));
}
