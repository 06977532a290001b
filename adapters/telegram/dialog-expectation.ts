/**
 * What a conversation's dialog expects of the next message, read from its stored state: whether a
 * one-time code is awaited, or was awaited by a code question that just ended (a code typed again
 * then is answered as a spent code, and its message is deleted as a code, not as a PIN), and whether
 * the current step takes a number.
 */
import { flowHandler } from "../../bot/flows/registry.ts";
import type { BotState } from "../../bot/state.ts";
import type { DialogExpectation } from "./sensitive-message.ts";

/** The expectation of a conversation in `state`. */
export function dialogExpectationOf(state: BotState): DialogExpectation {
  const flow = state.flow;
  // the engine forgets an ended code question after a while (bot/dispatch/ended-code.ts)
  const codeEnded = state.endedCode !== undefined;
  if (!flow) return { awaitingCode: codeEnded, numberExpected: false };
  return {
    awaitingCode: flow.step === "code" || codeEnded,
    numberExpected: flowHandler(flow).expectsNumber(flow),
  };
}
