/**
 * A dialog left in words that go on to something else ("dur vazgeçtim, önce fiyatları öğreneyim",
 * "never mind, how much does it cost"): the dialog is left and says so, then what follows the
 * leaving is answered when it asks something answered in passing (the prices, what a seal is …);
 * otherwise the menu is shown.
 */
import { reasonNamedInstead } from "../flows/dialog/revocation-called-off.ts";
import { answeredInPassing } from "../flows/info.ts";
import { startIntent } from "../intent-router.ts";
import { showMenu } from "../menu.ts";
import { restAfterLeaving } from "../nlu/leave-phrase.ts";
import { nluLocaleOf } from "../nlu/training-data.ts";
import { understand } from "../nlu/understand.ts";
import type { Turn } from "../turn.ts";

/** Leaves the dialog when the typed message opens by leaving it and goes on; true when it did. */
export async function leaveThenAsk(turn: Turn): Promise<boolean> {
  const flow = turn.state.flow;
  if (!flow || !turn.flowAtStart || turn.input.raw === undefined || turn.input.button) return false;
  const rest = restAfterLeaving(turn.input.folded);
  if (rest === undefined) return false;
  // "changed my mind, make it lost", "vazgeçtim çalıntı": the revocation's reason changes, it goes on
  if (flow.name === "revoke" && reasonNamedInstead(rest)) return false;
  turn.state.flow = undefined;
  turn.state.misses = 0;
  const left = flow.name === "revoke" ? "revoke.cancelled" : "commands.cancelled";
  const understood = understand(rest, nluLocaleOf(turn.ref.locale));
  // only an answer (prices, what a seal is …) follows: "vazgeçtim bu başvurudan" starts nothing new
  if (understood.kind !== "intent" || !answeredInPassing(understood.intent, rest)) {
    showMenu(turn, left);
    return true;
  }
  // the answer follows at once: the leaving is told without "how else can I help?"
  turn.say(flow.name === "revoke" ? left : "commands.cancelled_answering");
  await startIntent(turn.readAs({ raw: rest, folded: rest }), understood.intent);
  return true;
}
