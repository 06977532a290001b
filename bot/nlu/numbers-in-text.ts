/**
 * The numbers a customer typed among words ("3230512384 numaralı firmamız", "vkn miz 323 051 23 84
 * dir"): each run of digits, where digits written in groups ("323 051 23 84", "323.051.2384") count
 * as one number when together they have the 10 or 11 digits of a VKN or TCKN. A number glued to
 * letters ("MM2026000001", "ali1@") is part of a word, not a number.
 */

/** Digit groups with separators between them, standing apart from letters. */
const digitRuns = /(?<![\p{L}\d])\d+(?:[ ./-]\d+)*(?![\p{L}\d])/gu;

/** The distinct numbers (digits only) in a raw message, in order. */
export function numbersIn(raw: string): string[] {
  const found: string[] = [];
  for (const m of raw.matchAll(digitRuns)) {
    const joined = m[0].replace(/\D/g, "");
    const numbers = joined.length === 10 || joined.length === 11 ? [joined] : m[0].split(/[ ./-]/);
    for (const n of numbers) if (n !== "" && !found.includes(n)) found.push(n);
  }
  return found;
}

/** What the numbers of a message are, for a question that wants one VKN or TCKN. */
export type IdNumberReading =
  /** One number and no other: its digits (still to be validated). */
  | { kind: "one"; digits: string }
  /** Two or more different numbers, one of them as long as a VKN or TCKN: which one is meant? */
  | { kind: "several" }
  | { kind: "none" };

/** The one number of a message, or whether it has several (see {@link IdNumberReading}). */
export function idNumberIn(raw: string): IdNumberReading {
  const numbers = numbersIn(raw);
  if (numbers.length === 1) return { kind: "one", digits: numbers[0]! };
  if (numbers.length > 1 && numbers.some((n) => n.length === 10 || n.length === 11))
    return { kind: "several" };
  return { kind: "none" };
}
