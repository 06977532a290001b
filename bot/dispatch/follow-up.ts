/**
 * `followUp`: a short question about what was just answered ("ne yapmalıyım" after a revocation,
 * "peki nereye göndereceğiz" after R9) is answered in that context (bot/flows/follow-up/), before an
 * open dialog could take it for its answer ("sonra ne yapacağım" is no VKN) and before the topic
 * classifier reads it alone; inside a dialog the pending question is asked again.
 */
import { answerFollowUp } from "../flows/follow-up/follow-up.ts";
import { openFlow } from "./open-flow.ts";
import type { DispatchStep } from "./step.ts";

/** Answers a follow-up question in the context of the last answer. */
export const followUpStep: DispatchStep = {
  name: "followUp",
  async run(turn) {
    const open = openFlow(turn);
    if (!(await answerFollowUp(turn, open !== undefined))) return false;
    turn.state.misses = 0;
    if (open) {
      turn.state.flow = open.flow;
      await open.handler.reprompt(turn, open.flow);
    }
    return true;
  },
};
