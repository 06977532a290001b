/**
 * Four-eyes requests that no longer wait, as agents read them: a request closed because its
 * certificate was revoked by another path (the customer in the chat, an agent's immediate kayıp or
 * çalıntı, an operator) has its support-channel message replaced, whichever path it was; and an
 * agent naming a request or a certificate with nothing pending is told what happened instead of
 * "not found": who decided the request and when, or that the certificate is revoked already.
 */
import type { TFunction } from "i18next";
import type { AgentCertificateView } from "../../core/ra/agent-case-service.ts";
import type { RevocationRequestRecord } from "../../core/ra/ports/revocation-request-repository.ts";
import {
  type ClosingRevoker,
  closingRevokerOf,
  type SupersededRequest,
} from "../../core/ra/revocation-request-events.ts";
import type { MessageRef, MmDeps } from "./mm-deps.ts";
import { echoTyped, revocationReasonText, time } from "./mm-format.ts";
import { holderText } from "./revocation-holder.ts";
import { answer, type SlackAnswer } from "./slack-answer.ts";

/**
 * Replaces the channel message of every request core closes because its certificate was revoked
 * another way; returns the function that stops following (the console's close).
 */
export function followSupersededRequests(deps: MmDeps): () => void {
  return deps.ra.revocation.events.onSuperseded(async (closed) => {
    await showDecision(deps, closed.request, supersededText(deps.t, closed));
  });
}

/** The outcome line of a superseded request: who revoked the certificate, when, why. */
export function supersededText(t: TFunction, closed: SupersededRequest): string {
  const at = time(closed.revokedAt);
  const reason = reasonText(t, closed.reason);
  const by = closed.by;
  if (by.kind === "agent") return t("revoke.decision_superseded", { agent: `<@${by.agentId}>`, reason, at });
  return t(`revoke.decision_superseded_${by.kind}`, { reason, at });
}

/** A seed reason as the console names it (`kayıp`, `çalıntı`, …), else an RFC 5280 reason's name. */
function reasonText(t: TFunction, reason: string): string {
  return (
    t(`revoke.reason_${reason}`, { defaultValue: "" }) || t(`reasons.${reason}`, { defaultValue: reason })
  );
}

/**
 * The answer to `onayla`/`reddet` (or a stale button) naming something with no pending request:
 * a decided request says who decided it and when; a VKN or serial whose certificate is revoked says
 * so; anything else is "no pending request".
 */
export async function nothingPending(deps: MmDeps, agentId: string, reference: string): Promise<SlackAnswer> {
  const t = deps.t;
  const request = await deps.ra.revocation.request(reference);
  if (request && request.status !== "pending")
    return answer([`:information_source: ${closedRequestText(t, request)}`]);
  const revoked = await revokedCertificate(deps, agentId, reference);
  if (revoked)
    return answer([
      `:information_source: ${t("revoke.nothing_pending_revoked", {
        subject: echoTyped(reference),
        serial: revoked.serial,
        at: time(revoked.revokedAt),
        reason: revocationReasonText(t, revoked),
      })}`,
    ]);
  return answer([`:warning: ${t("errors.unknown_request")}`]);
}

/** A request no longer pending: its outcome, who decided it and when; nothing is changed. */
export function closedRequestText(t: TFunction, r: RevocationRequestRecord): string {
  const at = time(r.decidedAt ?? r.requestedAt);
  const decider = r.approvedBy ?? r.requestedBy;
  if (r.status === "approved" || r.status === "done") {
    // a customer's own revocation in the chat is recorded decided by its conversation
    const agent = decider.includes(":") ? revokerText(t, closingRevokerOf(decider)) : `<@${decider}>`;
    return t("revoke.closed_approved", { id: r.id, agent, at });
  }
  // superseded: closed by core with the revoker's audit actor (`agent:U2`, `conversation:…`, `operator:cli`)
  if (decider.includes(":"))
    return t("revoke.closed_superseded", { id: r.id, by: revokerText(t, closingRevokerOf(decider)), at });
  if (decider.trim().toLowerCase() === r.requestedBy.trim().toLowerCase())
    return t("revoke.closed_withdrawn", { id: r.id, agent: `<@${r.requestedBy}>`, at });
  return t("revoke.closed_rejected", { id: r.id, agent: `<@${decider}>`, at });
}

function revokerText(t: TFunction, by: ClosingRevoker): string {
  return by.kind === "agent" ? `<@${by.agentId}>` : t(`revoke.revoker_${by.kind}`);
}

/** The revoked certificate a VKN/TCKN (its signing certificates, all revoked) or a serial names. */
async function revokedCertificate(deps: MmDeps, agentId: string, reference: string) {
  if (/^\d{10,11}$/.test(reference)) {
    const signing = (
      await deps.ra.agents.certificatesOf({ agentId, subject: reference }).catch(() => [])
    ).filter((c) => c.kind === "sign");
    if (signing.length === 0 || signing.some((c) => c.status !== "revoked")) return undefined;
    return signing.sort((a, b) => (b.revokedAt?.getTime() ?? 0) - (a.revokedAt?.getTime() ?? 0))[0];
  }
  const certificate = await deps.ra.certificateStatus(reference);
  if (certificate?.status !== "revoked") return undefined;
  // as `durum` shows it: the reason of the agents' request that revoked its card (GİB or misuse),
  // never the X.509 reason that stands for either
  const views = await deps.ra.agents
    .certificatesOf({ agentId, subject: certificate.vkn })
    .catch(() => [] as AgentCertificateView[]);
  return views.find((c) => c.serial === certificate.serial) ?? certificate;
}

/**
 * Replaces a request's channel message by the request (its holder named, masked, as the request
 * message named it) and its outcome, without buttons; false (and logged) when Slack could not be
 * told: the decision stands either way.
 */
export async function showDecision(
  deps: MmDeps,
  request: RevocationRequestRecord,
  outcome: string,
  where?: MessageRef,
): Promise<boolean> {
  // the holder named as the request message named it, so the channel keeps which firm it was
  const certificate = await deps.ra.certificateStatus(request.serial).catch(() => undefined);
  const params = {
    agent: `<@${request.requestedBy}>`,
    serial: request.serial,
    reason: deps.t(`revoke.reason_${request.reason}`),
    id: request.id,
  };
  const message = answer([
    certificate
      ? deps.t("revoke.request_decided_channel_holder", { ...params, holder: holderText(certificate) })
      : deps.t("revoke.request_decided_channel", params),
    outcome,
  ]);
  return deps.showRevocationDecision(request.id, message, where).then(
    () => true,
    (error: unknown) => {
      deps.onUnexpected?.(error);
      return false;
    },
  );
}
