/** `start`: a (re)opened session gets the greeting, then the open hand-off, question or menu. */

import { remindOpenHandoff } from "../flows/handoff.ts";
import { flowHandler } from "../flows/registry.ts";
import { showMenu } from "../menu.ts";
import type { DispatchStep } from "./step.ts";

/** Handles every start event. */
export const startStep: DispatchStep = {
  name: "start",
  async run(turn, event) {
    if (event.type !== "start") return false;
    turn.state.misses = 0;
    turn.say("greeting.start");
    const flow = turn.state.flow;
    if (await remindOpenHandoff(turn)) return true;
    if (flow) await flowHandler(flow).reprompt(turn, flow);
    else showMenu(turn, "menu.prompt");
    return true;
  },
};
