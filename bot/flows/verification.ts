/**
 * Identity verification (`interfaces.md` §4) before a contact update, a revocation or a status by
 * VKN: the VKN/TCKN or certificate serial, a one-time code to the registered contacts (named
 * masked), 3 tries. Unknown subjects get the same wording as known ones.
 */
import { normaliseSerial } from "../../core/pki/serial-number.ts";
import { readCodeAnswer } from "../../core/ra/typed-code.ts";
import { extractEntities } from "../nlu/entities.ts";
import { refersToShown } from "../nlu/refers-to-shown.ts";
import type { VerifyFlow, VerifyPurpose } from "../state.ts";
import type { Turn } from "../turn.ts";
import { describeHolder, listVerifiedCertificates } from "./certificate-lines.ts";
import { startContactUpdate } from "./contact-update.ts";
import { type CodeEntry, enterCode } from "./dialog/code-entry.ts";
import { namedContactKind } from "./dialog/contact-answers.ts";
import { declineForOtherTopic, leavingTopic } from "./dialog/leaving-topic.ts";
import { revocationAsked } from "./dialog/revocation-called-off.ts";
import { isIdNumber, readSubject } from "./dialog/subject.ts";
import { upfrontIdNumber } from "./dialog/upfront-id-number.ts";
import type { FlowHandler } from "./flow-handler.ts";
import { startRevocation } from "./revocation.ts";
import { revocationReasonOf } from "./revocation-reason.ts";
import { sendCode, subjectQuestion } from "./send-code.ts";

/** The topic that starts each purpose again. */
export const retryTopicOf: Record<VerifyPurpose, CodeEntry["retryTopic"]> = {
  contact: "contact_update",
  revoke: "revoke",
  status: "cert_status",
};

/** Continues with what the verification was for. */
async function afterVerified(
  turn: Turn,
  purpose: VerifyPurpose,
  reason?: "kayip" | "calinti",
  kind?: "email" | "phone",
  value?: string,
): Promise<void> {
  if (purpose === "contact") startContactUpdate(turn, kind, value);
  else if (purpose === "revoke") await startRevocation(turn, reason);
  else await listVerifiedCertificates(turn);
}

/**
 * Starts verification for a purpose, or skips it while a verification of this conversation lasts
 * (naming the verified holder: unvan and masked VKN/TCKN, so that the customer can stop). A VKN/TCKN named in the message ("4540536920'nin
 * telefonunu güncellemek istiyorum") is the subject: another one than the verified identity is
 * verified first, never served with the verified one.
 */
export async function startVerification(turn: Turn, purpose: VerifyPurpose): Promise<void> {
  const named = namedIdNumber(turn);
  // A code is awaited and the request is typed again without a VKN ("kayıp" at the code question):
  // that verification goes on, for this purpose, never the one verified before it. A pressed topic
  // button starts afresh.
  const pending = turn.flowAtStart;
  if (
    named === undefined &&
    turn.input.button === undefined &&
    pending?.name === "verify" &&
    pending.step === "code"
  ) {
    turn.state.flow = {
      ...pending,
      purpose,
      reason: purpose === "revoke" ? (reasonIn(turn) ?? pending.reason) : undefined,
    };
    turn.say("verify.code_pending");
    return;
  }
  // the reason given with the request ("kartımız çalındı, iptal edin"), named at the reason question
  const reason = purpose === "revoke" ? reasonIn(turn) : undefined;
  // the contact named with the request ("telefonumu güncellemek istiyorum"), named at its question
  const requested = purpose === "contact" ? newContactIn(turn) : undefined;
  const kind = purpose === "contact" ? (namedContactKind(turn.input.folded) ?? requested?.kind) : undefined;
  const value = requested !== undefined && requested.kind === kind ? requested.value : undefined;
  const verified = await turn.deps.ra.verifiedSubject(turn.ref.id);
  if (verified && (named === undefined || named === verified)) {
    const certs = await turn.deps.ra.certificatesOfVerified(turn.ref.id);
    // a certificate serial in the request that the verified holder does not hold is another
    // subject: verified first, never served with the verified holder's certificates (R7.1, R7.3)
    const serial = named === undefined ? namedSerial(turn) : undefined;
    if (serial && !certs.some((c) => c.serial === serial)) {
      turn.say(`verify.intro.${purpose}`);
      await sendCode(turn, purpose, serial, reason, kind);
      keepValue(turn, value);
      return;
    }
    turn.say("verify.still_verified", { holder: describeHolder(turn, verified, certs) });
    await afterVerified(turn, purpose, reason, kind, value);
    return;
  }
  turn.say(`verify.intro.${purpose}`);
  if (named) {
    await sendCode(turn, purpose, named, reason, kind);
    keepValue(turn, value);
    return;
  }
  // "onu iptal etmek istiyorum" right after a serial's status: that certificate is the subject
  const shown = turn.state.certificateShown;
  if (shown !== undefined && !isIdNumber(shown) && refersToShown(turn.input.folded)) {
    turn.say("verify.shown_certificate", { serial: shown });
    await sendCode(turn, purpose, shown, reason, kind);
    keepValue(turn, value);
    return;
  }
  turn.state.flow = subjectQuestion(purpose, reason, kind);
  keepValue(turn, value);
  turn.say("verify.ask_subject");
}

/**
 * The new e-mail address or mobile number a contact update's request gives ("telefon numaramızı 0544
 * 111 22 33 olarak güncellemek istiyoruz"): one of them only, kept until the verification is done.
 */
function newContactIn(turn: Turn): { kind: "email" | "phone"; value: string } | undefined {
  if (turn.input.raw === undefined) return undefined;
  const { email, phone } = extractEntities(turn.input.raw);
  if (email !== undefined && phone !== undefined) return undefined;
  if (email !== undefined) return { kind: "email", value: email };
  if (phone !== undefined) return { kind: "phone", value: phone };
  return undefined;
}

/** Keeps the new contact value in the verification that was just opened (not sent anywhere before it). */
function keepValue(turn: Turn, value: string | undefined): void {
  const flow = turn.state.flow;
  if (value !== undefined && flow?.name === "verify" && flow.purpose === "contact") flow.value = value;
}

/** The revocation reason (kayıp or çalıntı, one of them) a typed message gives, if any. */
export function reasonIn(turn: Turn): "kayip" | "calinti" | undefined {
  if (turn.input.raw === undefined) return undefined;
  const reason = revocationReasonOf(turn.input.folded);
  return reason === "both" ? undefined : reason;
}

/**
 * A revocation reason typed at a revocation's code question ("çalıntı") is no other topic: it is
 * noted for the reason question and the code is asked for, the question staying open.
 */
function reasonAtCode(turn: Turn, flow: VerifyFlow): boolean {
  if (flow.purpose !== "revoke" || namedIdNumber(turn) !== undefined) return false;
  const reason = reasonIn(turn);
  // "çalıntı, kod 482913": the code is checked as the answer, the reason kept for its question
  if (readCodeAnswer(turn.input.raw ?? "") !== undefined) {
    if (reason) flow.reason = reason;
    return false;
  }
  if (!reason) return false;
  flow.reason = reason;
  turn.say("verify.reason_noted", { reason: turn.t(`revoke.reason.${reason}`) });
  return true;
}

/**
 * Whether the message asks again for what a verification leads to (a revocation, a contact update)
 * with no other VKN/TCKN: the engine goes on with the code already sent (`startVerification`), so the
 * code question is not left.
 */
function resumesVerification(turn: Turn): boolean {
  const topic = leavingTopic(turn);
  return (topic === "revoke" || topic === "contact_update") && namedIdNumber(turn) === undefined;
}

/** A bare serial: 16 to 40 hex digits with at least one letter and one digit (no VKN, TCKN or phone). */
const bareSerial = /(?<![0-9a-z])(?:0x)?(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)[0-9a-f]{16,40}(?![0-9a-z])/i;

/**
 * The certificate serial written in the message that started a flow, if any: after "seri no" /
 * "serial" (bot/nlu/entities.ts) or standing alone ("19edee43… seri numaralı kartım çalındı").
 */
function namedSerial(turn: Turn): string | undefined {
  const raw = turn.input.raw;
  if (raw === undefined) return undefined;
  const labelled = extractEntities(raw).serial;
  if (labelled) return labelled;
  const bare = bareSerial.exec(raw)?.[0];
  return bare ? normaliseSerial(bare) : undefined;
}

/** The VKN or TCKN (checksum-valid) written in the message that started a flow, if any. */
function namedIdNumber(turn: Turn): string | undefined {
  if (turn.input.raw === undefined) return undefined;
  // in groups too ("vergi no 323-051-2384"), as the VKN question reads it
  return upfrontIdNumber(turn.input.raw);
}

/** Two identifiers named as a choice (folded): "vkn mi tc mi", "VKN or TCKN", "hangi numara". */
const identifierChoice =
  /\b(vkn|vergi (kimlik )?(no|numara)\w*)\b.*\b(mi|mu|or|yoksa|veya|ya da)\b.*\b(tc|tckn|t c|kimlik|seri\w*|serial)\b|\b(tc|tckn|seri\w*|serial)\b.*\b(mi|mu|or|yoksa|veya|ya da)\b.*\b(vkn|vergi)\b|\b(hangi|which) (numara|number|no|kimlik)\w*\b/;

/** Whether a message without a number asks which identifier to type at the subject question. */
function whichIdentifierAsked(raw: string, folded: string): boolean {
  return !/\d{5}/.test(raw) && identifierChoice.test(folded);
}

/** The verification flow as the engine drives it. */
export const verificationFlow: FlowHandler<VerifyFlow> = {
  async handle(turn, flow) {
    const raw = turn.input.raw;
    if (raw === undefined) return false;
    if (flow.step === "subject") {
      // "tamam iptal edelim" at a revocation's VKN question asks for it: carry on, ask again
      if (flow.purpose === "revoke" && revocationAsked(turn.input.folded)) {
        turn.say("revoke.going_on");
        turn.say("verify.ask_subject");
        return true;
      }
      // "vkn mi yazacaktım tc mi", "should I type the VKN or my TCKN?": which number, asked; the
      // question explained and asked again (the status topic's words took it out of the dialog)
      if (whichIdentifierAsked(raw, turn.input.folded)) {
        turn.say("verify.which_identifier");
        turn.say("verify.ask_subject");
        return true;
      }
      const subject = readSubject(turn, raw, { ask: "verify.ask_subject", bad: "verify.bad_subject" });
      if (subject === "declined")
        return declineForOtherTopic(turn, "verify.left", retryTopicOf[flow.purpose]);
      if (subject === "handled") return true;
      await sendCode(turn, flow.purpose, subject, flow.reason, flow.kind);
      keepValue(turn, flow.value);
      return true;
    }
    if (reasonAtCode(turn, flow)) return true;
    const entered = await enterCode(turn, {
      check: async (code) => {
        const { verified, attemptsLeft, expired } = await turn.deps.ra.verifyCode({
          conversationId: turn.ref.id,
          code,
        });
        return { ok: verified, attemptsLeft, expired };
      },
      sentAt: flow.codeSentAt,
      retryTopic: retryTopicOf[flow.purpose],
      contactTypedKey: "verify.code_reminder",
      // no access to the registered contacts, the code does not arrive: only the call centre can verify (R11)
      unreachableKey: "verify.code_unreachable",
    });
    if (entered === "declined") {
      if (resumesVerification(turn)) return false;
      return declineForOtherTopic(turn, "verify.left", retryTopicOf[flow.purpose]);
    }
    if (entered === "ok") {
      turn.state.flow = undefined;
      turn.say("verify.done");
      await afterVerified(turn, flow.purpose, flow.reason, flow.kind, flow.value);
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
