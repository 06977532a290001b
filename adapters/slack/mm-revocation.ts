/**
 * `/mm iptal`, `/mm onayla`, `/mm reddet` and the channel's Onayla/Reddet buttons (R7,
 * `interfaces.md` §5). Which certificates may be revoked is core's rule
 * (core/ra/revocation-candidates.ts); who may revoke, approve or withdraw is decided by core.
 */
import { DomainError } from "../../core/errors/domain-error.ts";
import type { RevocationRequestRecord } from "../../core/ra/ports/revocation-request-repository.ts";
import { revocationCandidates } from "../../core/ra/revocation-candidates.ts";
import { idLabelled } from "./id-label.ts";
import { typedSerial } from "./mm-args.ts";
import { type MessageRef, type MmDeps, mmActions } from "./mm-deps.ts";
import { describeCertificate, echoTyped, mediaOf, time, usage } from "./mm-format.ts";
import { notVerifiedBySerial } from "./mm-identity.ts";
import { referenceKind, wrongKind } from "./reference-kind.ts";
import { revocationArguments } from "./revocation-arguments.ts";
import { nothingPending, showDecision } from "./revocation-closed.ts";
import { holderText } from "./revocation-holder.ts";
import { answer, type SlackAnswer } from "./slack-answer.ts";

/** `iptal <VKN|seri> <kayip|calinti|gib|kotuye>`: revokes at once or opens a four-eyes request. */
export async function revoke(deps: MmDeps, agentId: string, args: string[]): Promise<SlackAnswer> {
  const t = deps.t;
  // the subject and the reason in either order, the reason in a word or a few ("kötüye kullanım")
  const read = revocationArguments(args);
  if (!read) return usage(t, "iptal");
  const reason = read.reason;
  // an order number is no serial: say which command takes it, never "Geçersiz seri numarası"
  if (referenceKind(read.subject) === "order") return wrongKind(t, read.subject, "iptal");
  let serial = read.subject;
  // a VKN digits short ("323051238") or a fragment ("abc") is no serial: never "no certificate with this serial"
  if (!/^\d{10,11}$/.test(serial) && !typedSerial(serial))
    return answer([
      `:warning: ${t("status.unreadable", { subject: echoTyped(serial) })}`,
      `:information_source: ${t("usage.iptal")}`,
    ]);
  if (/^\d{10,11}$/.test(serial)) {
    const picked = await pickByHolder(deps, agentId, serial);
    if (typeof picked !== "string") return picked;
    serial = picked;
  }
  // a lost or stolen card closes a GİB/misuse request still waiting: core tells the console, whose
  // follower (revocation-closed.ts) replaces its channel message, whichever path revoked it
  let result: Awaited<ReturnType<MmDeps["ra"]["revocation"]["byAgent"]>>;
  try {
    result = await deps.ra.revocation.byAgent({ serial, reason, agentId });
  } catch (error) {
    // named by serial, the caller is verified by it too: kimlik and dogrula named with the serial
    const bySerial = /^\d{10,11}$/.test(read.subject) ? undefined : typedSerial(read.subject);
    const refused = notVerifiedBySerial(t, error, bySerial);
    if (refused) return refused;
    throw error;
  }
  const reasonText = t(`revoke.reason_${reason}`);
  if (result.request.status === "pending") {
    const request = answer(
      [
        // the approver must tell which firm: the holder masked, and the unvan of a VKN (tüzel)
        t("revoke.pending_channel_holder", {
          holder: holderText(result.certificate),
          agent: `<@${agentId}>`,
          serial: result.certificate.serial,
          reason: reasonText,
          id: result.request.id,
        }),
      ],
      [
        {
          actionId: mmActions.approve,
          label: t("buttons.approve"),
          value: result.request.id,
          style: "primary",
        },
        { actionId: mmActions.reject, label: t("buttons.reject"), value: result.request.id, style: "danger" },
      ],
    );
    const pending = t("revoke.pending", {
      id: result.request.id,
      serial: result.certificate.serial,
      reason: reasonText,
    });
    // the request exists whether or not Slack took the message: the agent is told so, never "try again"
    try {
      await deps.announceRevocationRequest(request, result.request.id);
    } catch (error) {
      deps.onUnexpected?.(error);
      return answer([pending, `:warning: ${t("revoke.not_posted", { id: result.request.id })}`]);
    }
    return answer([pending]);
  }
  return answer([
    `:white_check_mark: ${t("revoke.done", { serial: result.certificate.serial, at: time(result.certificate.revokedAt), reason: reasonText })}`,
  ]);
}

/**
 * The serial of a VKN/TCKN's one certificate in force, or the answer that says why there is none
 * (no certificate, all revoked already, none in force) or that the serial is needed (several).
 */
async function pickByHolder(deps: MmDeps, agentId: string, subject: string): Promise<string | SlackAnswer> {
  const t = deps.t;
  const all = await deps.ra.agents.certificatesOf({ agentId, subject });
  const signing = all.filter((c) => c.kind === "sign");
  if (signing.length === 0) return answer([t("status.none", { subject: echoTyped(subject) })]);
  const vkn = idLabelled(subject, echoTyped(subject));
  const candidates = revocationCandidates(all);
  const mediumOf = await mediaOf(deps.ra, agentId, subject);
  const list = (certificates: typeof all) =>
    certificates.map((c) => describeCertificate(t, c, mediumOf(c))).join("\n");
  if (candidates.length === 0) {
    const key = signing.every((c) => c.status === "revoked") ? "revoke.all_revoked" : "revoke.none_valid";
    return answer([`:warning: ${t(key, { vkn })}`, list(signing)]);
  }
  if (candidates.length > 1) return answer([t("revoke.which", { vkn }), list(candidates)]);
  return candidates[0]!.serial;
}

/**
 * `onayla`/`reddet` and the channel buttons: a second agent approves or rejects a pending request;
 * the agent who asked may withdraw it (reject), never approve it.
 */
export async function decide(
  deps: MmDeps,
  agentId: string,
  reference: string | undefined,
  approve: boolean,
): Promise<SlackAnswer> {
  const t = deps.t;
  if (!reference) return usage(t, approve ? "onayla" : "reddet");
  const requests = await deps.ra.revocation.pendingRequests(reference);
  const pending = requests[0];
  // nothing pending: a decided request says who decided it and when, a revoked certificate says so
  if (!pending) return nothingPending(deps, agentId, reference);
  // several pending requests of one VKN: the agent names one (R7.1, a revocation is irreversible)
  if (requests.length > 1)
    return answer([
      t(approve ? "revoke.which_request_approve" : "revoke.which_request_reject"),
      requests
        .map((r) =>
          t("revoke.request_line", {
            id: r.id,
            serial: r.serial,
            reason: t(`revoke.reason_${r.reason}`),
            agent: `<@${r.requestedBy}>`,
          }),
        )
        .join("\n"),
    ]);
  // one request, named by a VKN whose other certificates are in force too: the VKN does not say
  // which card the agent means, so the request's card is shown and its number asked for (R7.1)
  if (approve && /^\d{10,11}$/.test(reference)) {
    const shown = await requestToConfirm(deps, agentId, reference, pending);
    if (shown) return shown;
  }
  return (await applyDecision(deps, agentId, pending, approve)).reply;
}

/**
 * The request of a VKN/TCKN shown for its number when the holder has another certificate in force
 * beside the requested one (the VKN alone does not name the card an approval closes); undefined when
 * the requested certificate is the holder's only one in force.
 */
async function requestToConfirm(
  deps: MmDeps,
  agentId: string,
  subject: string,
  pending: RevocationRequestRecord,
): Promise<SlackAnswer | undefined> {
  const t = deps.t;
  const all = await deps.ra.agents.certificatesOf({ agentId, subject });
  const requested = all.find((c) => c.serial === pending.serial);
  const others = revocationCandidates(all).filter(
    (c) => c.serial !== pending.serial && (!requested?.orderId || c.orderId !== requested.orderId),
  );
  if (!requested || others.length === 0) return undefined;
  const mediumOf = await mediaOf(deps.ra, agentId, subject);
  const medium = mediumOf(requested);
  return answer([
    `:warning: ${t("revoke.confirm_request", { vkn: idLabelled(subject, echoTyped(subject)), id: pending.id })}`,
    t("revoke.request_line_medium", {
      id: pending.id,
      medium: medium ? t(`certificate.${medium}`) : t(`certificate.${requested.kind}`),
      serial: pending.serial,
      reason: t(`revoke.reason_${pending.reason}`),
      agent: `<@${pending.requestedBy}>`,
    }),
    `${t("revoke.others_in_force")}\n${others.map((c) => describeCertificate(t, c, mediumOf(c))).join("\n")}`,
  ]);
}

/**
 * The Onayla/Reddet buttons: decide exactly the request the button names. The decision replaces the
 * request's message (`where`) and is then the only answer (`reply` undefined); a request no longer
 * pending (decided meanwhile, by a command, another button or another instance) is answered as
 * such and nothing changes.
 */
export async function decideByButton(
  deps: MmDeps,
  agentId: string,
  requestId: string,
  approve: boolean,
  where: MessageRef | undefined,
): Promise<SlackAnswer | undefined> {
  const pending = (await deps.ra.revocation.pendingRequests(requestId)).find((r) => r.id === requestId);
  try {
    if (!pending) return noLongerPending(deps, agentId, requestId);
    const { reply, shown } = await applyDecision(deps, agentId, pending, approve, where);
    return where && shown ? undefined : reply;
  } catch (error) {
    if (error instanceof DomainError && error.code === "already_decided")
      return noLongerPending(deps, agentId, requestId);
    throw error;
  }
}

/** A stale button: the request's outcome (who decided it, when), else that it no longer waits. */
async function noLongerPending(deps: MmDeps, agentId: string, requestId: string): Promise<SlackAnswer> {
  const request = await deps.ra.revocation.request(requestId);
  if (request && request.status !== "pending") return nothingPending(deps, agentId, requestId);
  return answer([`:information_source: ${deps.t("revoke.no_longer_pending", { id: echoTyped(requestId) })}`]);
}

/**
 * Decides one pending request (core enforces four eyes), then shows the decision in place of the
 * request's channel message. A failure to update that message is logged, never undoes or hides the
 * decision: the agent's answer says what was decided either way.
 */
async function applyDecision(
  deps: MmDeps,
  agentId: string,
  pending: RevocationRequestRecord,
  approve: boolean,
  where?: MessageRef,
): Promise<{ reply: SlackAnswer; shown: boolean }> {
  const t = deps.t;
  const decided = await deps.ra.revocation.decide({ requestId: pending.id, agentId, approve });
  const withdrawn = !approve && pending.requestedBy === agentId;
  // either way the answer names the card the request concerned: holder, medium, reason and who
  // asked (R7.1), so that an agent deciding by VKN for a firm with several cards reads which one
  const medium = (await mediaOf(deps.ra, agentId, decided.certificate.vkn))(decided.certificate);
  const params = {
    id: pending.id,
    agent: `<@${agentId}>`,
    serial: pending.serial,
    holder: holderText(decided.certificate),
    medium: t(`certificate.${medium ?? decided.certificate.kind}`),
    reason: t(`revoke.reason_${pending.reason}`),
    requester: `<@${pending.requestedBy}>`,
  };
  const reply = !approve
    ? answer([t(withdrawn ? "revoke.withdrawn" : "revoke.rejected", params)])
    : answer([
        `:white_check_mark: ${t("revoke.approved", { ...params, at: time(decided.certificate.revokedAt) })}`,
      ]);
  const outcome = approve ? "approved" : withdrawn ? "withdrawn" : "rejected";
  const decision = t(`revoke.decision_${outcome}`, {
    agent: `<@${agentId}>`,
    at: time(decided.request.decidedAt),
    revokedAt: time(decided.certificate.revokedAt),
  });
  return { reply, shown: await showDecision(deps, pending, decision, where) };
}
