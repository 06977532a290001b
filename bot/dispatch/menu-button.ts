/** `menuButton`: a menu button pressed outside a button step starts its topic, leaving any dialog. */
import { startIntent } from "../intent-router.ts";
import { menuIntentOf } from "../menu.ts";
import type { DispatchStep } from "./step.ts";

/** Handles pressed `i:<intent>` buttons. */
export const menuButtonStep: DispatchStep = {
  name: "menuButton",
  async run(turn) {
    const intent = turn.input.button?.startsWith("i:") ? menuIntentOf(turn) : undefined;
    if (!intent) return false;
    turn.state.flow = undefined;
    turn.state.misses = 0;
    await startIntent(turn, intent);
    return true;
  },
};
