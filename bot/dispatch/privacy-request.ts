/**
 * `privacyRequest`: a request about one's personal data under KVKK ("kişisel verilerimi silin",
 * "KVKK kapsamında hangi verilerimi tutuyorsunuz", "delete my personal data") gets the privacy notice,
 * which names where the rights of the law's article 11 are exercised (the call centre), with the
 * agent's button, at the menu or inside a dialog (whose question is asked again). An objection in
 * the application ("kvkk metnini kabul etmiyorum, verilerim işlenmesin") stops it: the application
 * is left and nothing of it was stored (it is stored only when confirmed at the summary). Without
 * this the requests got the renewal, the card-versus-HSM or the VKN question.
 */
import { dataSafetyAsked } from "../nlu/data-safety-asked.ts";
import { openFlow } from "./open-flow.ts";
import type { DispatchStep } from "./step.ts";

/** The data named (folded): KVKK, personal data, "verilerim", GDPR. */
const dataWords =
  /\b(kvkk|kisisel veri\w*|verilerim\w*|verilerimiz\w*|bilgilerimi sil\w*|personal data|my data|our data|gdpr)\b/;
/** What is asked of the data (folded): erase, process, keep, rights, object, see. */
const requestWords =
  /\b(sil\w*|silin\w*|imha\w*|isle\w*|islen\w*|tut\w*|sakla\w*|sakli\w*|kullan\w*|paylas\w*|hak\w*|itiraz\w*|kabul etm\w*|onaylam\w*|istemiyor\w*|gorebilir\w*|ogren\w*|erase|delete|remove|process\w*|keep|store|stored|rights?|object\w*|access|see)\b/;
/** An objection to the processing (folded). */
const objection =
  /\b(kabul etm\w*|onaylam\w*|istemiyor\w*|islenmesin|itiraz\w*|object\w*|do not agree|don t agree|disagree)\b/;

/** Whether a folded message asks about or objects to the processing of one's personal data. */
export function isPrivacyRequest(folded: string): boolean {
  // "bu bilgiler güvende mi", "kvkk ne olacak", "is my data safe?" (bot/nlu/data-safety-asked.ts)
  return (dataWords.test(folded) && requestWords.test(folded)) || dataSafetyAsked(folded);
}

/** Answers a KVKK request; an objection inside the application leaves it. */
export const privacyRequestStep: DispatchStep = {
  name: "privacyRequest",
  async run(turn) {
    const raw = turn.input.raw;
    if (raw === undefined || !isPrivacyRequest(turn.input.folded)) return false;
    const open = openFlow(turn);
    if (open?.flow.name === "application" && objection.test(turn.input.folded)) {
      turn.state.flow = undefined;
      turn.say("app.kvkk_objection");
      return true;
    }
    turn.say("app.kvkk", undefined, [{ id: "i:agent", label: turn.t("menu.agent") }]);
    if (open) await open.handler.reprompt(turn, open.flow);
    return true;
  },
};
