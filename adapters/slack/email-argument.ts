/**
 * An e-mail address typed where the console looks a record up (`/mm kimlik bilgi@ornek.com.tr`, the
 * first thing a caller often gives): records are not found by e-mail address, and read as a subject it
 * was "Geçerli bir VKN veya TCKN girin" or "not a VKN/serial/order", which does not say what went
 * wrong. It is named an e-mail address, masked, and nothing is looked up (as phone-argument.ts does
 * for a phone number). Slack's `<mailto:…|…>` form arrives as the address (slack-text.ts).
 */
import { maskEmail } from "../../core/privacy/mask.ts";
import { unwrapped } from "./mm-args.ts";

/** A word that is an e-mail address: something, `@`, a domain with a dot. */
const address = /^[^\s@]+@[^\s@]+\.[^\s@]+$/u;

/** The first e-mail address among `words` (as typed), masked (`b***@ornek.com.tr`); undefined when none. */
export function maskedEmailAmong(words: readonly string[]): string | undefined {
  const found = words.map(unwrapped).find((word) => address.test(word));
  return found === undefined ? undefined : maskEmail(found.toLowerCase());
}
