/** The dialog the conversation was in when the turn began, with its handler. */

import type { FlowHandler } from "../flows/flow-handler.ts";
import { flowHandler } from "../flows/registry.ts";
import type { Flow } from "../state.ts";
import type { Turn } from "../turn.ts";

/**
 * The flow open at the start of the turn (a step may end it meanwhile: a declined answer, a
 * finished proof) and its handler, or undefined at the menu.
 */
export function openFlow(turn: Turn): { flow: Flow; handler: FlowHandler } | undefined {
  const flow = turn.flowAtStart;
  return flow ? { flow, handler: flowHandler(flow) } : undefined;
}
