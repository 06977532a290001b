/**
 * Whether a message typed inside a dialog starts another dialog: a recognised topic the engine does
 * not answer in passing (bot/dispatch/intent.ts keeps the dialog open for the informational answers
 * and the prices, and starts anything else afresh: "sipariş durumum ne" asks for an order number).
 * The dialog that gives way says so first, so that it never ends silently.
 */
import type { Intent } from "../../nlu/intent-names.ts";
import { nluLocaleOf } from "../../nlu/training-data.ts";
import { understand } from "../../nlu/understand.ts";
import type { Turn } from "../../turn.ts";
import { answeredInPassing } from "../info.ts";

/** Topics answered without leaving the dialog (the engine's own rule), and small talk. */
function keepsDialog(intent: Intent, folded: string): boolean {
  return (
    intent === "greeting" || intent === "thanks" || intent === "menu" || answeredInPassing(intent, folded)
  );
}

/** The confident topic of the typed message that the engine starts as a dialog of its own, if any. */
export function leavingTopic(turn: Turn): Intent | undefined {
  if (turn.input.raw === undefined) return undefined;
  const understood = understand(turn.input.folded, nluLocaleOf(turn.ref.locale));
  return understood.kind === "intent" && !keepsDialog(understood.intent, turn.input.folded)
    ? understood.intent
    : undefined;
}

/** Whether the typed message is a confident topic that the engine starts as a dialog of its own. */
export function leavesDialog(turn: Turn): boolean {
  return leavingTopic(turn) !== undefined;
}

/**
 * Declines a message for the engine to answer (returns false, as a flow handler does); when it
 * leaves the dialog, `leftKey` is said first with a button that starts `retryTopic` again.
 */
export function declineForOtherTopic(
  turn: Turn,
  leftKey: string,
  retryTopic: "contact_update" | "revoke" | "cert_status",
): false {
  if (leavesDialog(turn))
    turn.say(leftKey, undefined, [{ id: `i:${retryTopic}`, label: turn.t("verify.retry") }]);
  return false;
}
