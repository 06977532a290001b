/**
 * The most a customer message is read: {@link MAX_MESSAGE_CHARACTERS} characters counted as a
 * person counts them (code points of the composed form, as longer-than.ts counts the channel caps),
 * so an emoji or a Turkish letter sent decomposed is one character, and a message of emoji is read
 * as far as one of letters. A channel whose own cap is higher (Telegram's 4 096) refuses a longer
 * text as too long rather than have part of it read.
 */

/** Characters (code points) of one customer message the conversation engine reads. */
export const MAX_MESSAGE_CHARACTERS = 2000;

/**
 * `text` up to its first `max` characters: as given when it has no more than `max` code units,
 * else composed (NFC) and cut after `max` code points; a surrogate pair is never split (a cut inside
 * one would leave half an emoji).
 */
export function firstCharacters(text: string, max: number): string {
  if (text.length <= max) return text;
  const composed = text.normalize("NFC");
  let count = 0;
  let end = 0;
  for (const character of composed) {
    if (++count > max) break;
    end += character.length;
  }
  return composed.slice(0, end);
}
