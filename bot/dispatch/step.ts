/** One named step of the engine's dispatch (bot/dispatch/steps.ts lists them in precedence order). */
import type { UserEvent } from "../channel-port.ts";
import type { Turn } from "../turn.ts";

/** A step: handles the turn and says so (true), or leaves it to the next step (false). */
export interface DispatchStep {
  /** The step's name, as the precedence test pins it. */
  readonly name: string;
  run(turn: Turn, event: UserEvent): Promise<boolean>;
}

/** Runs the steps in order until one handles the turn; returns the name of that step, if any. */
export async function runSteps(
  steps: readonly DispatchStep[],
  turn: Turn,
  event: UserEvent,
): Promise<string | undefined> {
  for (const step of steps) if (await step.run(turn, event)) return step.name;
  return undefined;
}
