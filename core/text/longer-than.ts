/**
 * A text's length as a person counts it: in Unicode code points of its composed form (NFC), so an
 * emoji or another character outside the BMP (two UTF-16 code units) is one character, and so is a
 * Turkish letter sent decomposed ("s" and a combining cedilla for "ş", as some macOS and copy-paste
 * paths send it). A combining mark that composes with nothing still counts, so a text piled with
 * marks stays bounded. For the caps on what a customer may type (the web chat's 1 000 characters,
 * the 2 000 the engine reads, core/text/message-cap.ts).
 */

/** Whether `text` has more than `max` characters (NFC code points; counted only as far as needed). */
export function longerThan(text: string, max: number): boolean {
  if (text.length <= max) return false;
  let count = 0;
  for (const _ of text.normalize("NFC")) if (++count > max) return true;
  return false;
}
