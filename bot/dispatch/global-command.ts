/**
 * `globalCommand` (`interfaces.md` §4): "temsilci", "iptal", "menü" and "geri" (and the agent and
 * menu buttons) work at any step, before the flow sees the message; in a dialog so do the other
 * ways of leaving it ("vazgeçiyorum", "never mind"), and a typed label of a button the question
 * offers is its answer, never a command.
 */
import { revocationAsked } from "../flows/dialog/revocation-called-off.ts";
import { requestAgent } from "../flows/handoff.ts";
import { showMenu } from "../menu.ts";
import { globalCommand } from "../nlu/commands.ts";
import { applicationWithAnswers } from "../state.ts";
import type { Turn } from "../turn.ts";
import { leaveThenAsk } from "./leave-then-ask.ts";
import { asksForTheNumber } from "./number-question.ts";
import { isOfferedAnswer } from "./offered-answer.ts";
import { openFlow } from "./open-flow.ts";
import type { DispatchStep } from "./step.ts";

async function cancel(turn: Turn): Promise<void> {
  if (turn.state.flow) {
    // leaving a revocation says plainly that nothing was revoked
    const key = turn.state.flow.name === "revoke" ? "revoke.cancelled" : "commands.cancelled";
    turn.state.flow = undefined;
    showMenu(turn, key);
  } else {
    turn.say("commands.nothing_to_cancel", undefined, [
      { id: "i:revoke", label: turn.t("menu.revoke") },
      { id: "i:menu", label: turn.t("menu.menu") },
    ]);
  }
}

async function back(turn: Turn): Promise<void> {
  const open = openFlow(turn);
  if (!open) {
    showMenu(turn, "commands.no_previous");
    return;
  }
  if (!open.handler.back(turn, open.flow)) {
    turn.say("commands.no_previous");
    await open.handler.reprompt(turn, open.flow);
  }
}

/**
 * At a revocation's "onaylıyor musunuz?", a message naming the act ("iptal edin", "iptal et
 * lütfen") but not the bare command "iptal" is left to the flow, which asks whether to revoke or to stop.
 */
function revocationConfirmationSaysRevoke(turn: Turn): boolean {
  const flow = turn.flowAtStart;
  if (turn.input.raw === undefined) return false;
  // "tamam iptal edelim" anywhere in a revocation (its VKN question too) asks for it: the flow goes on
  const inRevocation = flow?.name === "revoke" || (flow?.name === "verify" && flow.purpose === "revoke");
  if (inRevocation && revocationAsked(turn.input.folded)) return true;
  if (flow?.name !== "revoke" || flow.step !== "confirm") return false;
  const folded = turn.input.folded.trim();
  return folded !== "iptal" && /\biptal\b/.test(folded);
}

/** Handles the global commands. */
export const globalCommandStep: DispatchStep = {
  name: "globalCommand",
  async run(turn) {
    const { input, state } = turn;
    // in a dialog its ways of leaving count too; an answer the question offers is never a command
    const typed =
      input.raw !== undefined ? globalCommand(input.folded, { dialog: !!turn.flowAtStart }) : undefined;
    // "müşteri hizmetleri numaranız kaç" asks for the number (the intent step answers it)
    const command =
      typed && !(typed === "agent" && asksForTheNumber(turn)) && !(await isOfferedAnswer(turn))
        ? typed
        : undefined;
    if (command === "agent" || input.button === "i:agent") {
      await requestAgent(turn);
      return true;
    }
    // "iptal edin" at a revocation's confirmation may mean "revoke it": the flow asks which
    if (command === "cancel" && !revocationConfirmationSaysRevoke(turn)) {
      await cancel(turn);
      return true;
    }
    if (command === "menu" || input.button === "i:menu") {
      // an application's answers are not kept: said, never dropped silently
      if (applicationWithAnswers(state.flow)) turn.say("app.left_unsaved");
      state.flow = undefined;
      state.misses = 0;
      showMenu(turn);
      return true;
    }
    if (command === "back") {
      await back(turn);
      return true;
    }
    // "dur vazgeçtim, önce fiyatları öğreneyim": leave, then answer what follows
    if (!command && (await leaveThenAsk(turn))) return true;
    return false;
  },
};
