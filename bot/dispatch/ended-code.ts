/**
 * `endedCode`: a code typed again after its code question ended (its 3 tries spent, its 5 minutes
 * over, the code used once already, too many codes asked for (bot/flows/send-code.ts), or the
 * question left: bot/dispatch/left-code-question.ts) is told plainly that it can no longer be used, with the
 * "Yeniden dene" button for a new one, or, inside the dialog that followed, before that dialog's
 * question is asked again. Without this a bare 6-digit number at the menu is taken for a PIN, and
 * inside the next dialog for its answer. Only for a while after the question ended, only at the menu
 * or in the dialogs a code leads to (verification, contact update, revocation, status: none of their
 * other questions takes 6 digits; a code question reads the code itself), and only for a text the RA
 * reads as a code. Other dialogs (an application, troubleshooting a card's PIN) are left alone.
 */
import { readCodeAnswer } from "../../core/ra/typed-code.ts";
import { atCodeQuestion, type Flow } from "../state.ts";
import { openFlow } from "./open-flow.ts";
import type { DispatchStep } from "./step.ts";

/** How long after a code question ended its code is recognised. */
export const endedCodeMemoryMs = 10 * 60 * 1000;

/** Whether the dialog is one a code leads to, at a question that takes no code (nor any 6-digit answer). */
function followsCode(flow: Flow): boolean {
  if (flow.name === "verify" || flow.name === "contact") return !atCodeQuestion(flow);
  return flow.name === "revoke" || flow.name === "status";
}

/** Answers a code whose question is over. */
export const endedCodeStep: DispatchStep = {
  name: "endedCode",
  async run(turn) {
    const ended = turn.state.endedCode;
    const raw = turn.input.raw;
    if (!ended || raw === undefined) return false;
    if (turn.deps.clock.now().getTime() - ended.at > endedCodeMemoryMs) {
      delete turn.state.endedCode;
      return false;
    }
    // the other contact offered after an update is no dialog a code belongs to: it closes
    const offer = turn.flowAtStart?.name === "contact" && turn.flowAtStart.offered === true;
    const open = offer ? undefined : openFlow(turn);
    if ((open && !followsCode(open.flow)) || readCodeAnswer(raw) === undefined) return false;
    if (offer) turn.state.flow = undefined;
    if (open) {
      turn.say("verify.code_old");
      await open.handler.reprompt(turn, open.flow);
      return true;
    }
    const key = ended.limited
      ? "verify.code_limited"
      : ended.used
        ? "verify.code_used"
        : ended.left
          ? "verify.code_left"
          : "verify.code_spent";
    turn.say(key, undefined, [{ id: `i:${ended.retryTopic}`, label: turn.t("verify.retry") }]);
    return true;
  },
};
