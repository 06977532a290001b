/**
 * Control and invisible characters in a typed field (an address, unvan, name, e-mail, phone number,
 * identity number, barcode): C0 control characters other than ordinary whitespace (tab, line
 * breaks), DEL and the C1 controls (U+0080–U+009F), and the invisible format characters (Unicode
 * category Cf: zero-width space and joiners U+200B–U+200D, direction marks U+200E/U+200F, embeddings
 * and overrides U+202A–U+202E, isolates U+2066–U+2069, word joiner U+2060, byte order mark U+FEFF,
 * soft hyphen U+00AD). They would be stored, printed on the card's envelope or written into the
 * certificate as something other than what the summary showed (a right-to-left override spoofs how
 * a name reads), so the field is refused with a code of its own that names them, for every channel.
 * The chat drops the format characters itself before (core/text/normalise-typed.ts).
 */
import { ValidationError } from "../errors/domain-error.ts";

/** A control character but ordinary whitespace (tab, line feed, vertical tab, form feed, carriage return: read as a space), or a format character. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
const controlOrInvisible = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]|\p{Cf}/u;

/** Whether a typed text holds a control or invisible format character. */
export function holdsInvisibleCharacters(typed: string): boolean {
  return controlOrInvisible.test(typed);
}

/**
 * Refuses a typed field that holds a control or invisible format character, with the code
 * `invisible_characters` (errors.invisible_characters says so to the customer and the agent).
 */
export function refuseInvisibleCharacters(typed: string, field: string): void {
  if (holdsInvisibleCharacters(typed))
    throw new ValidationError(
      "invisible_characters",
      "contains control or invisible characters (zero-width, text-direction or control characters); type it again without them",
      field,
    );
}
