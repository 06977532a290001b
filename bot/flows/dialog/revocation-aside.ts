/**
 * A lost or stolen card told in the middle of an application ("bu arada kartım çalındı, iptal etmem
 * lazım"): the most urgent thing a customer can say (R7.1; R7.4: revoke first, then apply again). It
 * is never taken for an answer (a name, an address): the customer is told that the certificate is
 * revoked first, with the revocation's button (which leaves the application), and the question is
 * asked again. Only a message the NLU reads confidently as a revocation that also gives the reason
 * (kayıp, çalıntı) or names the certificate, the seal or the card ("mevcut sertifikamı iptal ettirmek
 * istiyorum") counts: names and addresses are often read as something by the classifier.
 */
import { nluLocaleOf } from "../../nlu/training-data.ts";
import { understand } from "../../nlu/understand.ts";
import type { Turn } from "../../turn.ts";
import { revocationReasonOf } from "../revocation-reason.ts";
import { looksLikeNumberAnswer } from "./other-topic.ts";

/** The seal, its certificate or its card named (folded text): what a revocation request revokes. */
const namesTheCertificate = /\b(?:sertifika\w*|muhur\w*|kart\w*|eseal|seal|certificate\w*|card)\b/u;

/** Below this confidence a message is no revocation aside. */
const asideConfidence = 0.9;

/** Answers a lost or stolen card told at an application question; true when it did. */
export function answerRevocationAside(turn: Turn): boolean {
  const raw = turn.input.raw;
  if (raw === undefined || looksLikeNumberAnswer(raw)) return false;
  const folded = turn.input.folded;
  const reasonGiven = revocationReasonOf(folded) !== undefined;
  // without a reason, only a request that names what is revoked ("sertifikamı iptal etmek istiyorum")
  if (!reasonGiven && !namesTheCertificate.test(folded)) return false;
  const understood = understand(folded, nluLocaleOf(turn.ref.locale));
  if (understood.kind !== "intent" || understood.intent !== "revoke") return false;
  if (understood.confidence < asideConfidence) return false;
  turn.say(reasonGiven ? "app.revoke_aside" : "app.revoke_asked_aside", undefined, [
    { id: "i:revoke", label: turn.t("menu.revoke") },
  ]);
  return true;
}
