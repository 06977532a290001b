/**
 * `menuButton`: a menu button pressed outside a button step starts its topic, leaving any dialog.
 * A topic offered for a message the bot was unsure of is answered for that message's words.
 */
import { startIntent } from "../intent-router.ts";
import { menuIntentOf } from "../menu.ts";
import { foldTurkish } from "../nlu/fold.ts";
import type { Intent } from "../nlu/intents.ts";
import type { Turn } from "../turn.ts";
import type { DispatchStep } from "./step.ts";

/** Handles pressed `i:<intent>` buttons. */
export const menuButtonStep: DispatchStep = {
  name: "menuButton",
  async run(turn) {
    const intent = turn.input.button?.startsWith("i:") ? menuIntentOf(turn) : undefined;
    if (!intent) return false;
    turn.state.flow = undefined;
    turn.state.misses = 0;
    await startIntent(turnFor(turn, intent), intent);
    return true;
  },
};

/**
 * The turn a chosen topic starts in: the message it was offered for, when the bot was unsure of
 * that message on the turn before ("Şunu mu demek istediniz?"), so that its VKN or order number is
 * used; otherwise the button's own turn. Both share the answer and the state.
 */
function turnFor(turn: Turn, intent: Intent): Turn {
  const unsure = turn.state.unsure;
  if (!unsure?.topics.includes(intent)) return turn;
  return turn.readAs({ raw: unsure.text, folded: foldTurkish(unsure.text) });
}
