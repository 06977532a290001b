/**
 * `fallback`: nothing else fitted. Inside a dialog the question is asked again; at the menu the
 * first miss says so and the second in a row shows the menu. A question about what the VKN or the
 * unvan is, which no topic answers, gets its explanation first.
 */
import { showMenu } from "../menu.ts";
import { identifierAsked } from "../nlu/identifier-asked.ts";
import { openFlow } from "./open-flow.ts";
import type { DispatchStep } from "./step.ts";

/** Always handles the turn. */
export const fallbackStep: DispatchStep = {
  name: "fallback",
  async run(turn) {
    // "VKN nedir?", "unvanı nereden bulurum?": what the identifier is and where it is written
    const asked = turn.input.raw === undefined ? undefined : identifierAsked(turn.input.folded);
    if (asked) turn.say(`glossary.${asked}`);
    const open = openFlow(turn);
    if (open) {
      await open.handler.reprompt(turn, open.flow);
      return true;
    }
    if (asked) {
      turn.state.misses = 0;
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
