/**
 * A message of one topical word that the training data hardly uses ("paralel", "bitti", "tüzel"
 * typed alone at the menu): the classifier's verdict then rests on a letter prefix ("para…") or on
 * a single example, so the bot asks back which topic is meant instead of answering one.
 */
import type { IntentClassifier, Scored } from "./classifier.ts";
import { isCourtesy, wordsOf } from "./features.ts";
import type { Intent } from "./intent-names.ts";

/** Fewest examples of the best intent that use the word for the bot to act on it alone. */
export const minLoneWordExamples = 3;

/** Intents that are no topic to offer for a word. */
const social: ReadonlySet<Intent> = new Set(["greeting", "thanks", "menu"]);

/**
 * The two topics to offer when a folded message is one topical word (with at most one courtesy
 * word) that is no example on its own and that fewer than {@link minLoneWordExamples} examples of
 * the classifier's best intent use; else undefined (the verdict stands). Offered first: the best
 * intent when an example of it uses the word, then the intents whose examples use it, then the
 * classifier's ranking.
 */
export function loneWordTopics(
  folded: string,
  classifier: IntentClassifier,
  ranked: readonly Scored[],
): [Intent, Intent] | undefined {
  const words = wordsOf(folded);
  const topical = words.filter((w) => !isCourtesy(w));
  const best = ranked[0];
  if (!best || topical.length !== 1 || words.length > 2 || topical[0]!.startsWith("#")) return undefined;
  const { alone, examples } = classifier.supportOf(topical[0]!);
  if (alone || (examples.get(best.intent) ?? 0) >= minLoneWordExamples) return undefined;
  const byUse = [...examples].sort((a, b) => b[1] - a[1]).map(([intent]) => intent);
  const first = examples.has(best.intent) ? [best.intent] : [];
  const offered = [...new Set([...first, ...byUse, ...ranked.map((r) => r.intent)])].filter(
    (i) => !social.has(i),
  );
  return [offered[0] ?? "menu", offered[1] ?? "menu"];
}
