/**
 * What the bot makes of a message outside a dialog step, for the NLU tests: the intent it acts on,
 * or "unsure" (it asks back) or "none".
 */
import { foldTurkish } from "../../bot/nlu/fold.ts";
import type { Intent } from "../../bot/nlu/intent-names.ts";
import type { NluLocale } from "../../bot/nlu/training-data.ts";
import { understand } from "../../bot/nlu/understand.ts";

/** The intent understood in a locale (Turkish unless told), or the kind of a non-answer. */
export function intentOf(text: string, locale: NluLocale = "tr"): Intent | "unsure" | "none" {
  const understood = understand(foldTurkish(text), locale);
  return understood.kind === "intent" ? understood.intent : understood.kind;
}
