/**
 * Certificate status (R10.1, `interfaces.md` §4): by serial number, answered to anyone (as OCSP is
 * public); by VKN/TCKN, only for the identity this conversation verified. Another VKN/TCKN, even
 * while a different one is verified, starts a verification for it: a status by VKN never shows a
 * firm other than the one typed.
 */
import { extractEntities } from "../nlu/entities.ts";
import type { StatusFlow } from "../state.ts";
import type { Turn } from "../turn.ts";
import { describeCertificate, listVerifiedCertificates } from "./certificate-lines.ts";
import { isIdNumber, labelledSerial, readSubject } from "./dialog/subject.ts";
import { upfrontIdNumber } from "./dialog/upfront-id-number.ts";
import { whatToTypeAsked } from "./dialog/what-to-type.ts";
import type { FlowHandler } from "./flow-handler.ts";
import { sendCode } from "./send-code.ts";

/** Answers for a subject: a serial publicly, a VKN/TCKN after its own verification. */
export async function answerSubject(turn: Turn, subject: string): Promise<void> {
  turn.state.flow = undefined;
  if (isIdNumber(subject)) {
    if ((await turn.deps.ra.verifiedSubject(turn.ref.id)) === subject) {
      await listVerifiedCertificates(turn);
      return;
    }
    turn.say("verify.intro.status");
    await sendCode(turn, "status", subject);
    return;
  }
  const cert = await turn.deps.ra.certificateStatus(subject);
  turn.state.certificateShown = cert ? subject : undefined;
  if (cert) turn.sayText(describeCertificate(turn, cert));
  else turn.say("status.not_found");
}

/** Another certificate or firm asked about (folded): "diğer firmamız", "başka bir sertifika", "the other one". */
const anotherAsked =
  /\b(diger\w*|baska\w*|obur\w*|ote\w* (firma|sirket|sertifika)\w*|other|another|different|farkli)\b/;

/**
 * Answers a status question that names no subject for the certificate this conversation was just
 * shown ("peki ne zaman bitiyor?"), telling how to ask about another; false when there is none (a
 * VKN/TCKN shown counts only while its verification lasts).
 */
async function answerShown(turn: Turn): Promise<boolean> {
  const shown = turn.state.certificateShown;
  // "diğer firmamızın sertifika durumu": another one than the one shown
  if (shown === undefined || anotherAsked.test(turn.input.folded)) return false;
  if (isIdNumber(shown) && (await turn.deps.ra.verifiedSubject(turn.ref.id)) !== shown) {
    turn.state.certificateShown = undefined;
    return false;
  }
  await answerSubject(turn, shown);
  if (turn.state.certificateShown !== undefined) turn.say("status.other_certificate");
  return true;
}

/**
 * Starts the status question; a serial, VKN or TCKN already named in the message
 * ("4540536920'nin sertifika durumu") is taken as its answer.
 */
export async function startCertificateStatus(turn: Turn): Promise<void> {
  const named = turn.input.raw === undefined ? undefined : extractEntities(turn.input.raw);
  // "sertifika durumu, seri no: 195D 4C95 …": the serial in groups after its label
  const labelled = turn.input.raw === undefined ? undefined : labelledSerial(turn.input.raw);
  const subject =
    named?.serial ?? labelled ?? (turn.input.raw === undefined ? undefined : upfrontIdNumber(turn.input.raw));
  if (subject) {
    await answerSubject(turn, subject);
    return;
  }
  if (await answerShown(turn)) return;
  turn.state.flow = { name: "status", step: "subject" };
  turn.say("status.ask");
}

/** The certificate status flow as the engine drives it. */
export const certificateStatusFlow: FlowHandler<StatusFlow> = {
  async handle(turn) {
    const raw = turn.input.raw;
    if (raw === undefined) return false;
    // "ne yazmam lazım", "what should I type?": what the question takes, then the question again
    if (!turn.input.button && whatToTypeAsked(raw, turn.input.folded)) {
      turn.say("status.what_to_type");
      turn.say("status.ask");
      return true;
    }
    const subject = readSubject(turn, raw, { ask: "status.ask", bad: "status.bad_subject" });
    if (subject === "declined") return false;
    if (subject === "handled") return true;
    await answerSubject(turn, subject);
    return true;
  },
  reprompt(turn) {
    turn.say("status.ask");
  },
  back() {
    return false;
  },
  expectsNumber() {
    return true;
  },
};
