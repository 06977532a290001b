/**
 * The engine's dispatch: its steps in precedence order. The order IS the rule: a start event
 * first; an open hand-off answers before anything else (it refuses a PIN itself, never relays
 * one); a code typed again after its code question ended is told so before it could be taken for
 * a PIN or an answer, and the "Yeniden dene" button's words typed after one do what the button does; a typed secret is refused before a command, a flow or the NLU sees it; global commands
 * ("iptal", "geri" …) before the flow; a pressed menu button before the flow's question; a KVKK request about one's personal data before the flow's question (it is never an answer); a
 * follow-up question about the last answer (bot/dispatch/follow-up.ts: "ne yapmalıyım" after a
 * revocation) before the flow's question (it is never an answer); the flow's own answer before a
 * recognised topic; the fallback last. After every turn the topic of its answer is kept for the next.
 */
import type { UserEvent } from "../channel-port.ts";
import { noteAnswerTopic } from "../flows/follow-up/answer-topic.ts";
import type { Turn } from "../turn.ts";
import { endedCodeStep } from "./ended-code.ts";
import { fallbackStep } from "./fallback.ts";
import { flowStepStep } from "./flow-step.ts";
import { followUpStep } from "./follow-up.ts";
import { globalCommandStep } from "./global-command.ts";
import { handoffStep } from "./handoff.ts";
import { intentStep } from "./intent.ts";
import { menuButtonStep } from "./menu-button.ts";
import { privacyRequestStep } from "./privacy-request.ts";
import { secretGuardStep } from "./secret-guard.ts";
import { startStep } from "./start.ts";
import { type DispatchStep, runSteps } from "./step.ts";
import { typedRetryStep } from "./typed-retry.ts";

/** The dispatch steps, highest precedence first. */
export const dispatchSteps: readonly DispatchStep[] = [
  startStep,
  handoffStep,
  endedCodeStep,
  typedRetryStep,
  secretGuardStep,
  globalCommandStep,
  menuButtonStep,
  privacyRequestStep,
  followUpStep,
  flowStepStep,
  intentStep,
  fallbackStep,
];

/** Handles one event: the first step (in {@link dispatchSteps} order) that takes it; returns its name. */
export async function dispatch(turn: Turn, event: UserEvent): Promise<string | undefined> {
  const handledBy = await runSteps(dispatchSteps, turn, event);
  noteAnswerTopic(turn);
  return handledBy;
}
