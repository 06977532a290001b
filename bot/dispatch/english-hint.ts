/**
 * A customer who writes English in a Turkish conversation (the web page and a Telegram client set to
 * Turkish open in Turkish) is told once, in English, that typing "English" switches the conversation
 * (bot/language-request.ts). English is judged as the NLU judges a message in the other language
 * (`writtenInOther`: hardly any Turkish training words, most of them English ones), from three words.
 * Not during a hand-off (the agent reads the customer) and not once a language was chosen.
 */
import { foldTurkish } from "../nlu/fold.ts";
import { writtenInOther } from "../nlu/understand.ts";
import type { Turn } from "../turn.ts";

/** After a turn in Turkish: the hint, once per conversation, when the customer wrote English. */
export function hintEnglish(turn: Turn): void {
  const { state, input } = turn;
  if (turn.ref.locale !== "tr" || state.handoff || state.localeChoice || state.englishHinted) return;
  // the NLU's own rule for a message in the other language, from three words on
  if (input.raw === undefined || !writtenInOther(foldTurkish(input.raw), "tr", "en", 3)) return;
  state.englishHinted = true;
  turn.sayText(turn.deps.texts("en", "language.english_hint"));
}
