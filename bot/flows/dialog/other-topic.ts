/**
 * The shared "is this another topic?" check of the dialog questions that expect a code or a number
 * (the code question, the subject question): the classifier decides, as it does for the engine's
 * dispatch (bot/nlu/understand.ts), with two guards. An answer shaped like the expected one
 * ("12345", "kodum 482 913") is never another topic: the classifier has no examples of bare numbers
 * and guesses a topic for them. Small talk ("tamam", "merhaba") does not end a dialog either.
 */
import { foldTurkish } from "../../nlu/fold.ts";
import type { Intent } from "../../nlu/intent-names.ts";
import { nluLocaleOf } from "../../nlu/training-data.ts";
import { minConfidence, understand } from "../../nlu/understand.ts";
import type { Turn } from "../../turn.ts";

/** Intents that never take a customer out of a dialog question. */
const smallTalk: ReadonlySet<Intent> = new Set<Intent>(["greeting", "thanks", "menu"]);

/** Words that only introduce a typed number ("kodum:", "my code is"), folded. */
const introducingWords = new Set([
  "kod",
  "kodu",
  "kodum",
  "kodumuz",
  "gelen",
  "numara",
  "numaram",
  "numarasi",
  "iste",
  "sudur",
  "code",
  "my",
  "the",
  "is",
  "it",
  "here",
  "number",
]);

/** Most other words an answer shaped like a number may carry. */
const maxOtherWords = 1;

/** The typed answer without the words that only introduce a number ("kodum 482 913" → "482 913"). */
export function withoutIntroducingWords(raw: string): string {
  return foldTurkish(raw)
    .split(" ")
    .filter((word) => !introducingWords.has(word))
    .join(" ");
}

/** Whether a typed answer is shaped like a code or an identity number: digits with at most one other word. */
export function looksLikeNumberAnswer(raw: string): boolean {
  const digits = raw.match(/\d/g)?.length ?? 0;
  const words = withoutIntroducingWords(raw).match(/\p{L}+/gu)?.length ?? 0;
  return digits >= 3 && words <= maxOtherWords;
}

/** Whether the message typed at a dialog question asks about another topic (the engine answers it). */
export function asksOtherTopic(turn: Turn): boolean {
  const raw = turn.input.raw;
  if (raw === undefined || looksLikeNumberAnswer(raw)) return false;
  const understood = understand(turn.input.folded, nluLocaleOf(turn.ref.locale));
  if (understood.kind === "intent") return !smallTalk.has(understood.intent);
  // Two close topics: the engine offers both and asks this question again.
  if (understood.kind === "unsure")
    return understood.confidence >= minConfidence && !understood.candidates.every((c) => smallTalk.has(c));
  return false;
}
