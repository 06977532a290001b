/**
 * `handoff`: while the state names a hand-off, the stored hand-off decides (bot/flows/handoff.ts):
 * it answers every message, refuses a PIN before anything is relayed, and lets the bot take a
 * turn only when the hand-off is over or a bot button was pressed.
 */
import { handoffTurn } from "../flows/handoff.ts";
import type { DispatchStep } from "./step.ts";

/** Handles the turns of an open hand-off. */
export const handoffStep: DispatchStep = {
  name: "handoff",
  async run(turn) {
    return turn.state.handoff !== undefined && (await handoffTurn(turn));
  },
};
