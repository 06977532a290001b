/**
 * The order number of `/mm basvuru` and `/mm durum`, as agents type it: whole, in groups
 * (`MM 4821 093375`), after a label (`sipariş no: MM…`, `Sipariş numarası`, `order no.`, `No:`) or a
 * `#` (`#MM…`), in any letter case and with or without Turkish letters.
 */
import { normaliseOrderNumber } from "../../core/ra/order-number.ts";
import { foldCommandWord } from "./fold-command.ts";

/** Label words that may come before an order number (folded: lower case, no diacritics). */
const labelWords = new Set(["siparis", "order", "no", "nr", "numarasi", "numara", "number", "#"]);

/** The word without a label's punctuation around it (`no:`, `no.`, `#MM…` → `MM…`). */
function bare(word: string): string {
  return word.replace(/^[#№]+/u, "").replace(/[.:#]+$/u, "");
}

/** The one order number `args` name, or undefined (none, or something else as well). */
export function orderNumberArgument(args: readonly string[]): string | undefined {
  let words = args.map(bare).filter(Boolean);
  while (words.length > 1 && labelWords.has(foldCommandWord(words[0]!))) words = words.slice(1);
  return normaliseOrderNumber(words.join(" "));
}
