/**
 * Text typed or pasted by a person, read as it looks: the one normalisation of what a customer
 * writes in the chat (bot/conversation-engine.ts) and of an agent's `/mm` line
 * (adapters/slack/mm-args.ts). A lone surrogate becomes U+FFFD (well-formed.ts); invisible format
 * characters (Unicode category Cf: zero-width space and (non-)joiner U+200B–U+200D, word joiner
 * U+2060, byte order mark U+FEFF, soft hyphen U+00AD, direction marks and overrides) are removed:
 * web pages, PDFs and Excel cells carry them around copied numbers and names, and they are no part
 * of what was meant ("100000\u200B00146" is a TCKN). An emoji written with joiners or tags
 * ("👩‍💻", a flag) is left whole. Then NFKC: full-width "３２３０…" and "ＤＵＲＵＭ" read as the digits
 * and letters they look like, NBSP and the ideographic space U+3000 become spaces, ligatures are
 * split. Last, digits of other scripts (Arabic-Indic "٣٢٣٠", Persian "۳۲۳۰") read as the ASCII digits
 * they stand for (ascii-digits.ts). Turkish letters (İ, ı, ş, ğ …) are unchanged; whitespace is
 * neither collapsed nor trimmed.
 */
import { asciiDigits } from "./ascii-digits.ts";
import { wellFormed } from "./well-formed.ts";

/**
 * An emoji written with joiners ("👩‍💻": pictographs joined by U+200D, each with its skin tone or
 * variation selector) or with tags (a subdivision flag: U+1F3F4, tag letters, U+E007F), kept
 * whole; or a format character, removed.
 */
const emojiOrFormat =
  /(\p{Extended_Pictographic}(?:\p{Emoji_Modifier}|\uFE0F)*(?:\u200D\p{Extended_Pictographic}(?:\p{Emoji_Modifier}|\uFE0F)*)+|\u{1F3F4}[\u{E0020}-\u{E007E}]+\u{E007F})|\p{Cf}/gu;

/** `text` well-formed, without invisible format characters, in NFKC, its digits ASCII. */
export function normaliseTyped(text: string): string {
  return asciiDigits(
    wellFormed(text)
      .replace(emojiOrFormat, (_match, emoji: string | undefined) => emoji ?? "")
      .normalize("NFKC"),
  );
}
