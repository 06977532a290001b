/**
 * A code question the customer left before the code was used ("vazgeç", "menü", another topic)
 * ends like one whose tries ran out: the code typed afterwards is told that it belonged to the step
 * the customer left (bot/dispatch/ended-code.ts), never taken for a PIN or an answer.
 */
import { retryTopicOf } from "../flows/verification.ts";
import { atCodeQuestion, type EndedCode, type Flow } from "../state.ts";
import type { Turn } from "../turn.ts";

/** The retry topic of a code question (its "Yeniden dene" button's), or undefined when the flow is at no code question. */
export function codeQuestionTopic(flow: Flow | undefined): EndedCode["retryTopic"] | undefined {
  if (!atCodeQuestion(flow)) return undefined;
  return flow.name === "verify" ? retryTopicOf[flow.purpose] : "contact_update";
}

/**
 * After a turn: when the turn began at a code question and ended away from it, with no ending of
 * its own remembered (`endedBefore` is the state's `endedCode` when the turn began), remembers it
 * as left.
 */
export function rememberLeftCodeQuestion(turn: Turn, endedBefore: EndedCode | undefined): void {
  const retryTopic = codeQuestionTopic(turn.flowAtStart);
  if (!retryTopic || turn.state.endedCode !== endedBefore) return;
  if (turn.state.flow?.name === turn.flowAtStart?.name && codeQuestionTopic(turn.state.flow)) return;
  turn.state.endedCode = { retryTopic, at: turn.deps.clock.now().getTime(), used: false, left: true };
}
