/**
 * A text's length as a person counts it: in Unicode code points, so an emoji or another character
 * outside the BMP (two UTF-16 code units) is one character. For the caps on what a customer may
 * type (the web chat's 1 000 characters, Telegram's 4 096).
 */

/** Whether `text` has more than `max` code points (counted only as far as needed). */
export function longerThan(text: string, max: number): boolean {
  if (text.length <= max) return false;
  let count = 0;
  for (const _ of text) if (++count > max) return true;
  return false;
}
