/**
 * `/mm iptal`, `/mm onayla`, `/mm reddet` and the channel's Onayla/Reddet buttons (R7,
 * `interfaces.md` §5). Which certificates may be revoked is core's rule
 * (core/ra/revocation-candidates.ts); who may revoke, approve or withdraw is decided by core.
 */
import type { SeedRevocationReason } from "../../core/ra/ports/revocation-request-repository.ts";
import { revocationCandidates } from "../../core/ra/revocation-candidates.ts";
import { foldCommandWord } from "./fold-command.ts";
import { type MmDeps, mmActions } from "./mm-deps.ts";
import { describeCertificate, echoTyped, time, usage } from "./mm-format.ts";
import { answer, type SlackAnswer } from "./slack-answer.ts";

const revocationReasons: Readonly<Record<string, SeedRevocationReason>> = {
  kayip: "kayip",
  calinti: "calinti",
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
    await deps.announceRevocationRequest(request);
    return answer([
      t("revoke.pending", { id: result.request.id, serial: result.certificate.serial, reason: reasonText }),
    ]);
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
  const vkn = echoTyped(subject);
  if (signing.length === 0) return answer([t("status.none", { subject: vkn })]);
  const candidates = revocationCandidates(all);
  const list = (certificates: typeof all) => certificates.map((c) => describeCertificate(t, c)).join("\n");
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
  const decided = await deps.ra.revocation.decide({ requestId: pending.id, agentId, approve });
  const params = { id: pending.id, agent: `<@${agentId}>`, serial: pending.serial };
  if (!approve)
    return answer([t(pending.requestedBy === agentId ? "revoke.withdrawn" : "revoke.rejected", params)]);
  return answer([
    `:white_check_mark: ${t("revoke.approved", { ...params, at: time(decided.certificate.revokedAt) })}`,
  ]);
}
