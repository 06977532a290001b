/**
 * Whether a typed message is one of the answers the open question offers as buttons
 * (`interfaces.md` §3: a typed answer works wherever a button is offered). The question is asked
 * again on a scratch copy of the turn (its own state and output, nothing sent or saved) and the
 * message is compared with the labels of the buttons it offers.
 */
import { foldTurkish } from "../nlu/fold.ts";
import { Turn } from "../turn.ts";
import { openFlow } from "./open-flow.ts";

/**
 * True when the folded message equals the label of a button of the open question other than a
 * command's own buttons (`i:…`, which mean the same as the command).
 */
export async function isOfferedAnswer(turn: Turn): Promise<boolean> {
  const open = openFlow(turn);
  if (!open || !turn.input.folded) return false;
  const scratch = new Turn(turn.ref, structuredClone(turn.state), turn.deps, { folded: "" }, []);
  try {
    const flow = scratch.state.flow ?? structuredClone(open.flow);
    await open.handler.reprompt(scratch, flow);
  } catch {
    return false;
  }
  return scratch.out
    .flatMap((m) => m.buttons ?? [])
    .some((b) => !b.id.startsWith("i:") && foldTurkish(b.label) === turn.input.folded);
}
