/**
 * Revocation (R7) after verification: the certificate (asked only when there are several, by
 * serial) → the reason (kayıp, çalıntı) → the irreversibility warning and "onaylıyor musunuz?" →
 * revoked with the time → the R7.4 advice to apply again.
 */
import { ConflictError, DomainError, NotFoundError } from "../../core/errors/domain-error.ts";
import { normaliseSerial } from "../../core/pki/serial-number.ts";
import type { CertificateView } from "../../core/ports/certificate-authority.ts";
import { revocationCandidates } from "../../core/ra/revocation-candidates.ts";
import { synonymsOf } from "../nlu/choice-synonyms.ts";
import { yesNo } from "../nlu/yes-no.ts";
import type { RevokeFlow } from "../state.ts";
import type { Choice, Turn } from "../turn.ts";
import { formatDate, formatDateTime } from "./dates.ts";
import type { FlowHandler } from "./flow-handler.ts";

/** Why a card is to be revoked; the typed words live in locales/<lng>/choices.yaml. */
export const revocationReasonChoices: Choice<"kayip" | "calinti">[] = (["kayip", "calinti"] as const).map(
  (id) => ({
    id,
    labelKey: `revoke.reason.${id}`,
    synonyms: synonymsOf("revocationReason", id),
  }),
);
const yesNoChoices: Choice[] = [
  { id: "yes", labelKey: "common.yes" },
  { id: "no", labelKey: "common.no" },
];

/** The verified holder's certificates that may be revoked (the rule shared with the core and the console). */
async function revocable(turn: Turn): Promise<CertificateView[]> {
  return revocationCandidates(await turn.deps.ra.certificatesOfVerified(turn.ref.id));
}

function certificateChoices(turn: Turn, certs: CertificateView[]): Choice[] {
  return certs.map((c) => ({
    id: `cert:${c.serial}`,
    labelKey: "revoke.cert_label",
    labelParams: { serial: c.serial, until: formatDate(turn, c.notAfter) },
    synonyms: [c.serial.toLowerCase()],
  }));
}

/** Starts revocation once the conversation is verified. */
export async function startRevocation(turn: Turn): Promise<void> {
  const certs = await revocable(turn);
  if (certs.length === 0) {
    turn.state.flow = undefined;
    turn.say("revoke.none");
    return;
  }
  if (certs.length === 1) {
    turn.state.flow = { name: "revoke", step: "reason", serial: certs[0]!.serial };
    turn.say("revoke.ask_reason", undefined, turn.buttons(revocationReasonChoices));
    return;
  }
  turn.state.flow = { name: "revoke", step: "cert" };
  turn.say("revoke.ask_cert", undefined, turn.buttons(certificateChoices(turn, certs)));
}

async function prompt(turn: Turn, flow: RevokeFlow): Promise<void> {
  if (flow.step === "cert")
    turn.say("revoke.ask_cert", undefined, turn.buttons(certificateChoices(turn, await revocable(turn))));
  else if (flow.step === "reason")
    turn.say("revoke.ask_reason", undefined, turn.buttons(revocationReasonChoices));
  else turn.say("revoke.warning", { serial: flow.serial ?? "" }, turn.buttons(yesNoChoices));
}

/** The revocation flow as the engine drives it. */
export const revocationFlow: FlowHandler<RevokeFlow> = {
  async handle(turn, flow) {
    if (flow.step === "cert") {
      const certs = await revocable(turn);
      const typed = normaliseSerial(turn.input.raw ?? "");
      const picked =
        turn.pick(certificateChoices(turn, certs)) ??
        (typed && certs.some((c) => c.serial === typed) ? `cert:${typed}` : undefined);
      if (!picked) {
        turn.say("revoke.unknown_cert");
        await prompt(turn, flow);
        return true;
      }
      flow.serial = picked.slice("cert:".length);
      flow.step = "reason";
      await prompt(turn, flow);
      return true;
    }
    if (flow.step === "reason") {
      const reason = turn.pick(revocationReasonChoices);
      if (!reason) {
        turn.say("revoke.reason_other");
        await prompt(turn, flow);
        return true;
      }
      flow.reason = reason;
      flow.step = "confirm";
      await prompt(turn, flow);
      return true;
    }
    const answer = turn.input.button ?? yesNo(turn.input.folded);
    if (answer === "no") {
      turn.state.flow = undefined;
      turn.say("revoke.kept");
      return true;
    }
    if (answer !== "yes") {
      turn.say("app.choose_one");
      await prompt(turn, flow);
      return true;
    }
    turn.state.flow = undefined;
    try {
      const revoked = await turn.deps.ra.revokeByCustomer({
        conversationId: turn.ref.id,
        serial: flow.serial ?? "",
        reason: flow.reason ?? "kayip",
      });
      turn.say("revoke.done", {
        serial: revoked.serial,
        at: formatDateTime(turn, revoked.revokedAt ?? turn.deps.clock.now()),
      });
      turn.say("revoke.reapply", undefined, [{ id: "i:apply", label: turn.t("menu.apply") }]);
    } catch (error) {
      if (error instanceof ConflictError && error.code === "already_revoked") turn.say("revoke.already");
      // it expired between the choice and the confirmation: nothing left to revoke
      else if (error instanceof ConflictError && error.code === "certificate_expired")
        turn.say("revoke.none");
      else if (error instanceof NotFoundError) turn.say("revoke.unknown_cert");
      else if (error instanceof DomainError)
        turn.say("verify.expired", undefined, [{ id: "i:revoke", label: turn.t("verify.retry") }]);
      else throw error;
    }
    return true;
  },
  async reprompt(turn, flow) {
    await prompt(turn, flow);
  },
  back(turn, flow) {
    if (flow.step !== "confirm") return false;
    flow.step = "reason";
    turn.say("revoke.ask_reason", undefined, turn.buttons(revocationReasonChoices));
    return true;
  },
  expectsNumber(flow) {
    return flow.step === "cert";
  },
};
