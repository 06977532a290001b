/**
 * A lost or stolen card told in the middle of an application ("bu arada kartım çalındı, iptal etmem
 * lazım"): the most urgent thing a customer can say (R7.1; R7.4: revoke first, then apply again). It
 * is never taken for an answer (a name, an address): the customer is told that the certificate is
 * revoked first, with the revocation's button (which leaves the application), and the question is
 * asked again. Only a message the NLU reads confidently as a revocation that also gives the reason
 * (kayıp, çalıntı) counts: names and addresses are often read as something by the classifier.
 */
import { nluLocaleOf } from "../../nlu/training-data.ts";
import { understand } from "../../nlu/understand.ts";
import type { Turn } from "../../turn.ts";
import { revocationReasonOf } from "../revocation-reason.ts";
import { looksLikeNumberAnswer } from "./other-topic.ts";

/** Below this confidence a message is no revocation aside. */
const asideConfidence = 0.9;

/** Answers a lost or stolen card told at an application question; true when it did. */
export function answerRevocationAside(turn: Turn): boolean {
  const raw = turn.input.raw;
  if (raw === undefined || looksLikeNumberAnswer(raw)) return false;
  const folded = turn.input.folded;
  if (revocationReasonOf(folded) === undefined) return false;
  const understood = understand(folded, nluLocaleOf(turn.ref.locale));
  if (understood.kind !== "intent" || understood.intent !== "revoke") return false;
  if (understood.confidence < asideConfidence) return false;
  turn.say("app.revoke_aside", undefined, [{ id: "i:revoke", label: turn.t("menu.revoke") }]);
  return true;
}
