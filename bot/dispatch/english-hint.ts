/**
 * A customer who writes English in a Turkish conversation (the web page and a Telegram client set to
 * Turkish open in Turkish) is told once, in English, that typing "English" switches the conversation
 * (bot/language-request.ts). English is judged by the words as the NLU knows them: at least three,
 * hardly any of them Turkish training words, most of them English ones. Not during a hand-off (the
 * agent reads the customer) and not once a language was chosen.
 */

import { classifierFor } from "../nlu/classifier.ts";
import { wordsOf } from "../nlu/features.ts";
import { foldTurkish } from "../nlu/fold.ts";
import type { Turn } from "../turn.ts";

/** At most this share of the words are Turkish training words… */
const turkishShareAtMost = 0.35;
/** …and at least this share English ones. */
const englishShareAtLeast = 0.75;

/** Whether a typed text is written in English, by the NLU's training words. */
function writtenInEnglish(text: string): boolean {
  const folded = foldTurkish(text);
  if (wordsOf(folded).filter((w) => !w.startsWith("#")).length < 3) return false;
  return (
    classifierFor("tr").knownShare(folded) <= turkishShareAtMost &&
    classifierFor("en").knownShare(folded) >= englishShareAtLeast
  );
}

/** After a turn in Turkish: the hint, once per conversation, when the customer wrote English. */
export function hintEnglish(turn: Turn): void {
  const { state, input } = turn;
  if (turn.ref.locale !== "tr" || state.handoff || state.localeChoice || state.englishHinted) return;
  if (input.raw === undefined || !writtenInEnglish(input.raw)) return;
  state.englishHinted = true;
  turn.sayText(turn.deps.texts("en", "language.english_hint"));
}
