/**
 * `secretGuard` (R4, KVKK): a message that looks like a PIN, PUK or password is refused before a
 * command, a flow or the NLU sees it, and the pending question is asked again. A bare number is a
 * secret only where the current question expects none, and "şifre" qualified as the one-time code
 * ("sms şifresi 482913") is the code where a number is expected. Outside a dialog, a question beside
 * the secret ("pinim 123456 idi, kilitlendi ne yapayım") is read on with the secret cut out, so the
 * warning comes with its answer (a PIN said not to work: R4.2's Kilit Çözme); the secret itself
 * reaches no later step. An error code or a card's status word beside the PIN ("hata 0x6983") is no
 * secret (bot/nlu/secrets.ts).
 */
import { namesOneTimeSifre } from "../../core/ra/typed-code.ts";
import { answerInfo } from "../flows/info.ts";
import { foldTurkish } from "../nlu/fold.ts";
import { looksLikeSecret, saysSecretFails, withoutSecrets } from "../nlu/secrets.ts";
import { openFlow } from "./open-flow.ts";
import type { DispatchStep } from "./step.ts";

/** Refuses typed secrets. */
export const secretGuardStep: DispatchStep = {
  name: "secretGuard",
  async run(turn) {
    if (turn.input.raw === undefined) return false;
    const open = openFlow(turn);
    const numberExpected = open ? open.handler.expectsNumber(open.flow) : false;
    // "sms şifresi 482913" at a question that takes a number is the one-time code, not a PIN
    if (numberExpected && namesOneTimeSifre(turn.input.folded)) return false;
    if (!looksLikeSecret(turn.input.folded, numberExpected)) return false;
    turn.say("security.never_share");
    if (open) {
      await open.handler.reprompt(turn, open.flow);
      return true;
    }
    const rest = withoutSecrets(turn.input.raw, foldTurkish);
    if (rest === undefined) return true;
    // the later steps read this turn's input: the secret is replaced in place, never passed on
    turn.input.raw = rest;
    turn.input.folded = foldTurkish(rest);
    // "şifrem 987654 çalışmıyor": the PIN the customer knows is refused, so R4.2's Kilit Çözme
    if (saysSecretFails(turn.input.folded)) {
      answerInfo(turn, "pin_locked");
      return true;
    }
    return false;
  },
};
