/**
 * `secretGuard` (R4, KVKK): a message that looks like a PIN, PUK or password is refused before a
 * command, a flow or the NLU sees it, and the pending question is asked again. A bare number is a
 * secret only where the current question expects none.
 */
import { looksLikeSecret } from "../nlu/secrets.ts";
import { openFlow } from "./open-flow.ts";
import type { DispatchStep } from "./step.ts";

/** Refuses typed secrets. */
export const secretGuardStep: DispatchStep = {
  name: "secretGuard",
  async run(turn) {
    if (turn.input.raw === undefined) return false;
    const open = openFlow(turn);
    if (!looksLikeSecret(turn.input.folded, open ? open.handler.expectsNumber(open.flow) : false))
      return false;
    turn.say("security.never_share");
    if (open) await open.handler.reprompt(turn, open.flow);
    return true;
  },
};
