/**
 * Identity verification (`interfaces.md` §4) before a contact update, a revocation or a status by
 * VKN: the VKN/TCKN or certificate serial, a one-time code to the registered contacts (named
 * masked), 3 tries. Unknown subjects get the same wording as known ones.
 */
import { DomainError, RateLimitError, ValidationError } from "../../core/errors/domain-error.ts";
import { parseTypedSerial } from "../../core/pki/serial-number.ts";
import { validateApplicationField } from "../../core/ra/application-fields.ts";
import { recogniseIntent } from "../nlu/intents.ts";
import type { VerifyFlow, VerifyPurpose } from "../state.ts";
import type { Turn } from "../turn.ts";
import { startContactUpdate } from "./contact-update.ts";
import type { FlowHandler } from "./flow-handler.ts";
import { listVerifiedCertificates } from "./certificate-lines.ts";
import { startRevocation } from "./revocation.ts";

/** Continues with what the verification was for. */
async function afterVerified(turn: Turn, purpose: VerifyPurpose): Promise<void> {
  if (purpose === "contact") startContactUpdate(turn);
  else if (purpose === "revoke") await startRevocation(turn);
  else await listVerifiedCertificates(turn);
}

/** Starts verification for a purpose, or skips it while a verification of this conversation lasts. */
export async function startVerification(turn: Turn, purpose: VerifyPurpose): Promise<void> {
  if (await turn.deps.ra.verifiedSubject(turn.ref.id)) {
    await afterVerified(turn, purpose);
    return;
  }
  turn.state.flow = { name: "verify", step: "subject", purpose };
  turn.say(`verify.intro.${purpose}`);
  turn.say("verify.ask_subject");
}

/** Normalises a VKN, TCKN or certificate serial as typed; throws ValidationError for a bad VKN/TCKN. */
export function subjectOf(turn: Turn, raw: string): string | undefined {
  const compact = raw.replace(/[\s:.-]/g, "");
  if (/^\d{10}$/.test(compact))
    return validateApplicationField("vkn", compact, { testMode: turn.deps.testMode ?? false });
  if (/^\d{11}$/.test(compact))
    return validateApplicationField("tckn", compact, { testMode: turn.deps.testMode ?? false });
  // A serial has a hex letter or a 0x, or is too long for a VKN/TCKN.
  const serial = parseTypedSerial(raw);
  if (serial && (/^0x|[a-f]/i.test(compact) || compact.length >= 12)) return serial;
  if (/^\d{1,9}$/.test(compact))
    throw new ValidationError("invalid_vkn_format", "a VKN has 10 digits", "vkn");
  return undefined;
}

/**
 * Reads the VKN/TCKN/serial answer of a subject question: the subject, `handled` when the answer
 * was refused and the question asked again, or `declined` when the message is another topic.
 */
export function readSubject(
  turn: Turn,
  raw: string,
  keys: { ask: string; bad: string },
): string | "handled" | "declined" {
  let subject: string | undefined;
  try {
    subject = subjectOf(turn, raw);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    turn.say("app.invalid", { reason: turn.t(`errors.${error.code}`) });
    turn.say(keys.ask);
    return "handled";
  }
  if (subject) return subject;
  if ((recogniseIntent(turn.input.folded)?.score ?? 0) >= 2) return "declined";
  turn.say(keys.bad);
  return "handled";
}

/** Sends the code for a subject and moves to the code question. */
export async function sendCode(turn: Turn, purpose: VerifyPurpose, subject: string): Promise<void> {
  try {
    const sent = await turn.deps.ra.startVerification({
      conversationId: turn.ref.id,
      subject,
      ...(turn.ref.clientNetwork ? { clientNetwork: turn.ref.clientNetwork } : {}),
    });
    turn.state.flow = { name: "verify", step: "code", purpose };
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
      turn.state.flow = { name: "verify", step: "subject", purpose };
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
    turn.say("verify.rate_limited");
  }
}

/** The verification flow as the engine drives it. */
export const verificationFlow: FlowHandler<VerifyFlow> = {
  async handle(turn, flow) {
    const raw = turn.input.raw;
    if (raw === undefined) return false;
    if (flow.step === "subject") {
      const subject = readSubject(turn, raw, { ask: "verify.ask_subject", bad: "verify.bad_subject" });
      if (subject === "declined") return false;
      if (subject === "handled") return true;
      await sendCode(turn, flow.purpose, subject);
      return true;
    }
    const code = raw.replace(/\s/g, "");
    if (!/^\d{6}$/.test(code)) {
      if ((recogniseIntent(turn.input.folded)?.score ?? 0) >= 2) return false;
      turn.say("verify.code_format");
      return true;
    }
    let result: { verified: boolean; attemptsLeft: number };
    try {
      result = await turn.deps.ra.verifyCode({ conversationId: turn.ref.id, code });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      result = { verified: false, attemptsLeft: 0 };
    }
    if (result.verified) {
      turn.state.flow = undefined;
      turn.say("verify.done");
      await afterVerified(turn, flow.purpose);
    } else if (result.attemptsLeft > 0) {
      turn.say("verify.wrong_code", { left: result.attemptsLeft });
    } else {
      turn.state.flow = undefined;
      turn.say("verify.no_tries_left", undefined, [
        {
          id: `i:${flow.purpose === "revoke" ? "revoke" : flow.purpose === "contact" ? "contact_update" : "cert_status"}`,
          label: turn.t("verify.retry"),
        },
      ]);
    }
    return true;
  },
  reprompt(turn, flow) {
    turn.say(flow.step === "subject" ? "verify.ask_subject" : "verify.ask_code");
  },
  back(turn, flow) {
    if (flow.step !== "code") return false;
    flow.step = "subject";
    turn.say("verify.ask_subject");
    return true;
  },
  expectsNumber() {
    return true;
  },
};
