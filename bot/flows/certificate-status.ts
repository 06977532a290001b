import type { StatusFlow } from "../state.ts";
import type { Turn } from "../turn.ts";
import { describeCertificate, listVerifiedCertificates } from "./certificate-lines.ts";
import { isIdNumber, readSubject } from "./dialog/subject.ts";
import type { FlowHandler } from "./flow-handler.ts";
import { sendCode } from "./verification.ts";

/** Asks for a serial number or VKN. */
export function startCertificateStatus(turn: Turn): void {
  turn.state.flow = { name: "status", step: "subject" };
  turn.say("status.ask");
}

/** The certificate status flow as the engine drives it. */
export const certificateStatusFlow: FlowHandler<StatusFlow> = {
  async handle(turn) {
    const raw = turn.input.raw;
    if (raw === undefined) return false;
    const subject = readSubject(turn, raw, { ask: "status.ask", bad: "status.ask" });
    if (subject === "declined") return false;
    if (subject === "handled") return true;
    if (isIdNumber(subject)) {
      if (await turn.deps.ra.verifiedSubject(turn.ref.id)) {
        await listVerifiedCertificates(turn);
        return true;
      }
      turn.say("verify.intro.status");
      await sendCode(turn, "status", subject);
      return true;
    }
    turn.state.flow = undefined;
    const cert = await turn.deps.ra.certificateStatus(subject);
    if (cert) turn.sayText(describeCertificate(turn, cert));
    else turn.say("status.not_found");
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
