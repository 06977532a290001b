/** What every dialog flow offers the engine. */
import type { Flow } from "../state.ts";
import type { Turn } from "../turn.ts";

/** One flow's behaviour at its current step. */
export interface FlowHandler<F extends Flow = Flow> {
  /** Handles the customer's answer; false when the input is not an answer here (the engine then tries intents). */
  handle(turn: Turn, flow: F): Promise<boolean>;
  /** Asks the current question again. */
  reprompt(turn: Turn, flow: F): Promise<void> | void;
  /** Goes back one question; false when there is none. */
  back(turn: Turn, flow: F): boolean;
  /** Whether the current question expects a number (a bare number is then not taken for a PIN). */
  expectsNumber(flow: F): boolean;
}
