/**
 * `fallback`: nothing else fitted. Inside a dialog the question is asked again; at the menu the
 * first miss says so and the second in a row shows the menu.
 */
import { showMenu } from "../menu.ts";
import { openFlow } from "./open-flow.ts";
import type { DispatchStep } from "./step.ts";

/** Always handles the turn. */
export const fallbackStep: DispatchStep = {
  name: "fallback",
  async run(turn) {
    const open = openFlow(turn);
    if (open) {
      await open.handler.reprompt(turn, open.flow);
      return true;
    }
    turn.state.misses += 1;
    if (turn.state.misses >= 2) {
      turn.state.misses = 0;
      showMenu(turn, "fallback.second");
    } else turn.say("fallback.first");
    return true;
  },
};
