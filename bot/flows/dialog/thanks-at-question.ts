/**
 * A bare thanks or goodbye typed at one of the application's field questions: "teşekkürler",
 * "sağol", "tamam teşekkür ederim", "eyvallah", "tamam sağolun iyi günler", "görüşürüz", "ok thanks, bye",
 * "thank you". Before, the field's format error came ("VKN 10 haneli"), since only a pause with a
 * "later" or "not now" was read (bot/flows/dialog/continued-later.ts). The caller acknowledges it
 * (the answers so far are kept) and asks the question again. Only a message made of nothing but
 * such words is one: a thanks beside an answer ("teşekkürler, bilgi@ornek.com.tr") is the answer.
 * Works on folded text (bot/nlu/fold.ts).
 */
import { socialOnly } from "../../nlu/social-only.ts";

/** What a bare courtesy message says: thanks, or goodbye (a goodbye with thanks is a goodbye). */
export type Courtesy = "thanks" | "bye";

/** Goodbye words (folded): "görüşürüz", "hoşça kalın", "iyi günler", "bye", "see you". */
const byeWords =
  /\b(?:gorusuru[mz]|gorusmek uzere|hosca ?kal\w*|iyi (?:gunler|aksamlar|geceler)|allaha emanet|bye|good ?bye|see (?:you|ya)|take care)\b/;

/**
 * What a folded message at a question says when it is nothing but thanks or goodbye, with the words
 * that go with them (bot/nlu/social-only.ts, as at the menu); undefined for anything else.
 */
export function courtesyOnly(folded: string): Courtesy | undefined {
  if (socialOnly(folded) !== "thanks") return undefined;
  return byeWords.test(folded) ? "bye" : "thanks";
}
