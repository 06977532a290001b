/**
 * The one-time code of an identity verification (R5.1): asked of the RA for a subject, the flow
 * moved to the code question, the masked contacts named. Shared by the verification, status and
 * revocation dialogs.
 */
import { DomainError, RateLimitError, ValidationError } from "../../core/errors/domain-error.ts";
import type { EndedCode, VerifyFlow, VerifyPurpose } from "../state.ts";
import type { Turn } from "../turn.ts";

/** The menu topic that asks for a new code, per purpose (as bot/flows/verification.ts `retryTopicOf`). */
const retryTopics: Record<VerifyPurpose, EndedCode["retryTopic"]> = {
  contact: "contact_update",
  revoke: "revoke",
  status: "cert_status",
};

/** The verification at its subject question, keeping what the customer already said for later questions. */
export function subjectQuestion(
  purpose: VerifyPurpose,
  reason?: "kayip" | "calinti",
  kind?: "email" | "phone",
): VerifyFlow {
  return {
    name: "verify",
    step: "subject",
    purpose,
    ...(reason ? { reason } : {}),
    ...(kind ? { kind } : {}),
  };
}

/**
 * Sends the code for a subject and moves to the code question; `reason` is a revocation reason the
 * customer already gave, kept for the reason question, `kind` the contact named for a contact
 * update, kept for the "which contact" question.
 */
export async function sendCode(
  turn: Turn,
  purpose: VerifyPurpose,
  subject: string,
  reason?: "kayip" | "calinti",
  kind?: "email" | "phone",
): Promise<void> {
  try {
    const sent = await turn.deps.ra.startVerification({ ...turn.codeRequester(), subject });
    turn.state.flow = {
      name: "verify",
      step: "code",
      purpose,
      codeSentAt: turn.deps.clock.now().getTime(),
      ...(reason ? { reason } : {}),
      ...(kind ? { kind } : {}),
    };
    // a subscriber's unproven contact got no code and is not named
    const key =
      sent.maskedEmail && sent.maskedPhone
        ? "code_sent"
        : sent.maskedEmail
          ? "code_sent_email"
          : "code_sent_phone";
    turn.say(`verify.${key}`, { email: sent.maskedEmail, phone: sent.maskedPhone });
  } catch (error) {
    if (error instanceof ValidationError) {
      turn.state.flow = subjectQuestion(purpose, reason, kind);
      turn.say("app.invalid", { reason: turn.t(`errors.${error.code}`) });
      turn.say("verify.ask_subject");
      return;
    }
    if (error instanceof DomainError && error.code === "contacts_unverified") {
      turn.state.flow = undefined;
      turn.say("verify.contacts_unverified", undefined, [{ id: "i:agent", label: turn.t("menu.agent") }]);
      return;
    }
    if (!(error instanceof RateLimitError)) throw error;
    turn.state.flow = undefined;
    // the code question is over: a code received earlier and typed now is told so, never taken for a PIN
    turn.state.endedCode = {
      retryTopic: retryTopics[purpose],
      at: turn.deps.clock.now().getTime(),
      used: false,
      limited: true,
    };
    turn.say("verify.rate_limited");
  }
}
