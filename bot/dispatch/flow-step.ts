/** `flowStep`: the open dialog takes the message as the answer to its question, if it is one. */
import { openFlow } from "./open-flow.ts";
import type { DispatchStep } from "./step.ts";

/** Hands the turn to the open flow's handler. */
export const flowStepStep: DispatchStep = {
  name: "flowStep",
  async run(turn) {
    const open = openFlow(turn);
    if (!open || !(await open.handler.handle(turn, open.flow))) return false;
    turn.state.misses = 0;
    return true;
  },
};
