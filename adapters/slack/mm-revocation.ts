/**
 * `/mm iptal`, `/mm onayla`, `/mm reddet` and the channel's Onayla/Reddet buttons (R7,
 * `interfaces.md` §5). Which certificates may be revoked is core's rule
 * (core/ra/revocation-candidates.ts); who may revoke, approve or withdraw is decided by core.
 */
import { DomainError } from "../../core/errors/domain-error.ts";
import type {
  RevocationRequestRecord,
  SeedRevocationReason,
} from "../../core/ra/ports/revocation-request-repository.ts";
import { revocationCandidates } from "../../core/ra/revocation-candidates.ts";
import { foldCommandWord } from "./fold-command.ts";
import { type MessageRef, type MmDeps, mmActions } from "./mm-deps.ts";
import { describeCertificate, echoTyped, mediaOf, time, usage } from "./mm-format.ts";
import { answer, type SlackAnswer } from "./slack-answer.ts";

/** Reasons an agent revokes for at once (the caller verified); the others wait for a second agent. */
const immediateReasons: ReadonlySet<SeedRevocationReason> = new Set(["kayip", "calinti"]);

/** Reason words, folded (foldCommandWord): the seed's and their everyday spellings ("çalındı", "kayboldu"). */
const revocationReasons: Readonly<Record<string, SeedRevocationReason>> = {
  kayip: "kayip",
  kayboldu: "kayip",
  calinti: "calinti",
  calindi: "calinti",
  gib: "gib",
  kotuye: "misuse",
};

/** `iptal <VKN|seri> <kayip|calinti|gib|kotuye>`: revokes at once or opens a four-eyes request. */
export async function revoke(deps: MmDeps, agentId: string, args: string[]): Promise<SlackAnswer> {
  const t = deps.t;
  const word = foldCommandWord(args[1] ?? "");
  const reason = Object.hasOwn(revocationReasons, word) ? revocationReasons[word] : undefined;
  if (args.length !== 2 || !reason) return usage(t, "iptal");
  let serial = args[0]!;
  if (/^\d{10,11}$/.test(serial)) {
    const picked = await pickByHolder(deps, agentId, serial);
    if (typeof picked !== "string") return picked;
    serial = picked;
  }
  // a lost or stolen card closes a GİB/misuse request still waiting (core): its message follows
  const waiting = immediateReasons.has(reason) ? await deps.ra.revocation.findPending(serial) : undefined;
  const result = await deps.ra.revocation.byAgent({ serial, reason, agentId });
  const reasonText = t(`revoke.reason_${reason}`);
  if (result.request.status === "pending") {
    const request = answer(
      [
        t("revoke.pending_channel", {
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
  if (waiting)
    await showDecision(
      deps,
      waiting,
      t("revoke.decision_superseded", {
        agent: `<@${agentId}>`,
        reason: reasonText,
        at: time(result.certificate.revokedAt),
      }),
    );
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
  const vkn = echoTyped(subject);
  if (signing.length === 0) return answer([t("status.none", { subject: vkn })]);
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
  if (!pending) return answer([`:warning: ${t("errors.unknown_request")}`]);
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
  return (await applyDecision(deps, agentId, pending, approve)).reply;
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
    if (!pending) return noLongerPending(deps, requestId);
    const { reply, shown } = await applyDecision(deps, agentId, pending, approve, where);
    return where && shown ? undefined : reply;
  } catch (error) {
    if (error instanceof DomainError && error.code === "already_decided")
      return noLongerPending(deps, requestId);
    throw error;
  }
}

function noLongerPending(deps: MmDeps, requestId: string): SlackAnswer {
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
  const params = { id: pending.id, agent: `<@${agentId}>`, serial: pending.serial };
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

/**
 * Replaces a request's channel message by the request and its outcome, without buttons; false (and
 * logged) when Slack could not be told: the decision stands either way.
 */
async function showDecision(
  deps: MmDeps,
  request: RevocationRequestRecord,
  outcome: string,
  where?: MessageRef,
): Promise<boolean> {
  const message = answer([
    deps.t("revoke.request_decided_channel", {
      agent: `<@${request.requestedBy}>`,
      serial: request.serial,
      reason: deps.t(`revoke.reason_${request.reason}`),
      id: request.id,
    }),
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
