/**
 * Control characters removed for reading: C0 controls but the whitespace ones (tab, line feed,
 * vertical tab, form feed, carriage return), DEL and C1 controls (NEL, U+0085, a line break, reads
 * as a space). A NUL or an escape pasted inside a word ("b\u0000aşvuru") is no part of the word,
 * as a zero-width space there is not (normalise-typed.ts). Only what a message is read as: an
 * answer stored as typed keeps them, and core refuses a field holding one (`invisible_characters`).
 */

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
const controls = /[\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F]/g;

/** `text` without its non-whitespace control characters; NEL (U+0085) as a space. */
export function withoutControls(text: string): string {
  return text.replace(controls, "").replaceAll("\u0085", " ");
}
