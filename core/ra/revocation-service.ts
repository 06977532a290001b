/**
 * Revocation (R7). A customer revokes their own certificate after verification, for a lost or
 * stolen card (R7.2, R7.3); an agent may revoke for those reasons after verifying the caller, and
 * for a GİB request or misuse only with a second agent's approval. Revocation closes the signing and
 * the encryption certificate of the order together (R7.1) and is irreversible. Only a certificate in
 * force is revoked (core/ra/revocation-candidates.ts). A lost or stolen card is never kept waiting
 * by a pending GİB/misuse request: it is revoked at once and the pending request is closed as
 * superseded, so that it cannot be approved afterwards. The agent who opened a request may withdraw
 * (reject) it, never approve it.
 */
import { ConflictError, NotFoundError, ValidationError } from "../errors/domain-error.ts";
import { normaliseSerial } from "../pki/serial-number.ts";
import type { CertificateView, RevocationReason } from "../ports/certificate-authority.ts";
import type { RecoveryStep } from "../ports/recovery-ledger.ts";
import {
  type AllowedRevocationReason,
  isAllowedRevocationReason,
  refusedRevocationReason,
} from "../ports/revocation-reason-policy.ts";
import { maskIdNumber } from "../privacy/mask.ts";
import { agentCaseId } from "./agent-case-service.ts";
import type { RevocationRequestRecord, SeedRevocationReason } from "./ports/revocation-request-repository.ts";
import { formatIstanbulDate } from "./production-service.ts";
import type { RaDeps } from "./ra-deps.ts";
import { closeStep, holdStep, recoveryKinds } from "./recovery-step.ts";
import { revocationReasonOf } from "./registration-authority.ts";
import { isRevocable } from "./revocation-candidates.ts";
import { closingRevokerOf, RevocationRequestEvents } from "./revocation-request-events.ts";
import { newRevocationRequestNumber, typedRevocationRequestNumber } from "./revocation-request-number.ts";
import { conversationIdOf, type VerificationService } from "./verification-service.ts";

const customerReasons: ReadonlySet<SeedRevocationReason> = new Set(["kayip", "calinti"]);
const reasons: ReadonlySet<SeedRevocationReason> = new Set(["kayip", "calinti", "gib", "misuse"]);

/** Why a certificate is revoked: a seed reason (R7.2), or an operator's RFC 5280 reason (the CLI). */
type RevocationCause = SeedRevocationReason | AllowedRevocationReason;

/** The RFC 5280 reason a revocation carries on the CRL and in OCSP. */
function rfcReasonOf(cause: RevocationCause): RevocationReason {
  return reasons.has(cause as SeedRevocationReason)
    ? revocationReasonOf[cause as SeedRevocationReason]
    : (cause as AllowedRevocationReason);
}

/** Whether a stored reason (a recovery step's payload) is one a revocation may carry. */
function isRevocationCause(value: string): value is RevocationCause {
  return reasons.has(value as SeedRevocationReason) || isAllowedRevocationReason(value);
}

/** The recovery step of a certificate's revocation. */
export function revocationStepKey(serial: string): string {
  return `revocation:${serial}`;
}

/** Revokes certificates on request. */
export class RevocationService {
  /** Followers of pending requests closed by another revocation of their certificate (the console). */
  readonly events = new RevocationRequestEvents();

  constructor(
    private readonly deps: RaDeps,
    private readonly verification: VerificationService,
  ) {}

  /** A verified customer revokes one of their certificates for a lost or stolen card. */
  async byCustomer(request: {
    conversationId: string;
    serial: string;
    reason: "kayip" | "calinti";
  }): Promise<CertificateView> {
    const conversationId = conversationIdOf(request.conversationId);
    if (!customerReasons.has(request.reason))
      throw new ValidationError("invalid_reason", "kayip or calinti", "reason");
    const subject = await this.verification.verifiedSubject(conversationId);
    if (!subject)
      throw new ConflictError("not_verified", "identity verification is required first", "conversationId");
    const certificate = await this.#certificate(request.serial);
    // Another holder's certificate is answered as unknown: the dialog reveals nothing.
    if (certificate.vkn !== subject)
      throw new NotFoundError("unknown_certificate", "no such certificate", "serial");
    assertRevocable(certificate);
    // recorded as a request decided at once, so agents read the reason told (kayıp or çalıntı), not
    // X.509's keyCompromise that holds both (R7.2)
    const actor = `conversation:${conversationId}`;
    const record: RevocationRequestRecord = {
      id: this.deps.newId(),
      serial: certificate.serial,
      reason: request.reason,
      requestedBy: actor,
      requestedAt: this.deps.clock.now(),
      approvedBy: actor,
      decidedAt: this.deps.clock.now(),
      status: "approved",
    };
    await this.#hold(certificate.serial, request.reason, actor, record.id);
    await this.deps.revocations.insert(record);
    return this.#execute(certificate, request.reason, actor, record.id, false);
  }

  /**
   * An operator revokes a certificate on the CLI (`mm revoke`) for an RFC 5280 reason, at once: the
   * card's signing and encryption certificates together (R7.1), whichever serial is named, with the
   * RA's holder notice and audit entries. A certificate revoked alone earlier (before both were
   * closed together) has its sibling still in force revoked now. Returns every certificate of the
   * pair that is revoked, the named one first.
   */
  async byOperator(request: {
    serial: string;
    reason: AllowedRevocationReason;
    actor: string;
  }): Promise<CertificateView[]> {
    if (!isAllowedRevocationReason(request.reason))
      throw new ValidationError("invalid_reason", refusedRevocationReason(String(request.reason)), "reason");
    const actor = String(request.actor ?? "").trim();
    if (!actor) throw new ValidationError("required", "the operator is required", "actor");
    const named = await this.#certificate(request.serial);
    const pair = async () =>
      named.orderId
        ? (await this.deps.certificates.findByVkn(named.vkn)).filter(
            (c) => c.orderId === named.orderId && c.serial !== named.serial,
          )
        : [];
    // the named one revoked alone before: its sibling still in force is closed now (R7.1)
    const target = named.status === "revoked" ? ((await pair()).find((c) => isRevocable(c)) ?? named) : named;
    await this.#revoke(target, request.reason, actor);
    const current = (await this.deps.certificates.findBySerial(named.serial)) ?? named;
    return [current, ...(await pair()).filter((c) => c.status === "revoked")];
  }

  /**
   * An agent asks to revoke. kayıp/çalıntı need a verification of the caller recorded by the agent
   * (same case id) and revoke at once; gib/misuse wait for a second agent (`approve`).
   */
  async byAgent(request: {
    serial: string;
    reason: SeedRevocationReason;
    agentId: string;
    caseId?: string;
  }): Promise<{ request: RevocationRequestRecord; certificate: CertificateView }> {
    if (!reasons.has(request.reason))
      throw new ValidationError("invalid_reason", "kayip, calinti, gib or misuse", "reason");
    // the agent as stored and compared (four eyes): " U1" and "u1" are U1
    const agentId = agentIdOf(request.agentId);
    if (!agentId) throw new ValidationError("required", "the agent is required", "agentId");
    const certificate = await this.#certificate(request.serial);
    assertRevocable(certificate);
    if (customerReasons.has(request.reason)) {
      // The caller must have been verified by this same agent within the last 15 minutes: a case
      // another agent verified, or a customer's own conversation, does not count.
      const caseId = request.caseId ?? agentCaseId(this.deps.config.otpSecret, agentId, certificate.vkn);
      const verified = await this.deps.verifications.activeVerification(
        conversationIdOf(caseId),
        this.deps.clock.now(),
      );
      if (verified?.subjectKey !== certificate.vkn || !sameAgent(verified.agentId ?? "", agentId))
        throw new ConflictError("not_verified", "verify the caller's identity first (R5.1)", "caseId");
    }
    // a lost or stolen card is revoked at once; the pending request is superseded by it (#execute)
    // one card, one request: the card's other certificate is revoked with it (R7.1), so a request
    // pending for either one is the card's
    // the refusal names the waiting request, the one a second agent decides (onayla/approve --id)
    const waiting = customerReasons.has(request.reason) ? undefined : await this.#pendingForCard(certificate);
    if (waiting)
      throw new ConflictError(
        "request_pending",
        `revocation request ${waiting.id} for this certificate's card awaits approval; a second agent decides it`,
        "serial",
        { id: waiting.id },
      );
    const now = this.deps.clock.now();
    const record: RevocationRequestRecord = {
      // a number agents read in the channel and type in onayla/reddet (`IP-7K2M9QXA`), never a UUID
      id: await this.#newRequestNumber(),
      serial: certificate.serial,
      reason: request.reason,
      requestedBy: agentId,
      requestedAt: now,
      status: customerReasons.has(request.reason) ? "approved" : "pending",
    };
    const actor = `agent:${agentId}`;
    // an approved request is held before it is written, so a crash before it is executed is completed
    if (record.status === "approved") await this.#hold(certificate.serial, request.reason, actor, record.id);
    await this.deps.revocations.insert(record);
    await this.deps.audit?.append({
      actor,
      action: "revocation_requested",
      subject: certificate.serial,
      details: { reason: request.reason },
    });
    if (record.status === "pending") return { request: record, certificate };
    const revoked = await this.#execute(certificate, request.reason, actor, record.id, false);
    return { request: { ...record, status: "done" }, certificate: revoked };
  }

  /** A pending request for this certificate or another certificate of its order (the card's pair). */
  async #pendingForCard(certificate: CertificateView): Promise<RevocationRequestRecord | undefined> {
    const own = await this.deps.revocations.pendingForSerial(certificate.serial);
    if (own || !certificate.orderId) return own;
    const siblings = (await this.deps.certificates.findByVkn(certificate.vkn)).filter(
      (c) => c.orderId === certificate.orderId && c.serial !== certificate.serial,
    );
    for (const sibling of siblings) {
      const pending = await this.deps.revocations.pendingForSerial(sibling.serial);
      if (pending) return pending;
    }
    return undefined;
  }

  /** A second agent approves (and the certificate is revoked) or rejects a pending request. */
  async decide(request: {
    requestId: string;
    agentId: string;
    approve: boolean;
    /** Who decides: an agent on the console (default) or an operator on the CLI; audited as such. */
    by?: "agent" | "operator";
  }): Promise<{ request: RevocationRequestRecord; certificate: CertificateView }> {
    const pending = await this.request(String(request.requestId ?? ""));
    if (!pending) throw new NotFoundError("unknown_request", "no such revocation request", "requestId");
    if (pending.status !== "pending")
      throw new ConflictError("already_decided", decidedAlready(pending), "requestId", { id: pending.id });
    const agentId = agentIdOf(request.agentId);
    if (!agentId) throw new ValidationError("required", "the agent is required", "agentId");
    // four eyes: the requester may withdraw (reject) the request, never approve it; an id typed with
    // blanks or in another case is the same agent
    const withdrawn = sameAgent(agentId, pending.requestedBy);
    if (withdrawn && request.approve)
      throw new ConflictError("second_agent_required", "another agent must approve (four eyes)", "agentId");
    // an approval revokes only a certificate still in force (expired: off the CRL, not revoked)
    if (request.approve) assertRevocable(await this.#certificate(pending.serial));
    const now = this.deps.clock.now();
    const status = request.approve ? "approved" : "rejected";
    const actor = `${request.by ?? "agent"}:${agentId}`;
    const stepKey = revocationStepKey(pending.serial);
    // an approval is held before it is written: a crash before its execution is completed by the sweep
    if (
      request.approve &&
      !(await holdStep(this.deps, stepKey, recoveryKinds.revocation, {
        serial: pending.serial,
        reason: pending.reason,
        actor,
        requestId: pending.id,
      }))
    )
      throw new ConflictError("already_decided", "the request is being decided", "requestId");
    if (
      !(await this.deps.revocations.decide(pending.id, {
        status,
        approvedBy: agentId,
        decidedAt: now,
      }))
    ) {
      if (request.approve) await closeStep(this.deps, stepKey);
      throw new ConflictError("already_decided", "the request was decided", "requestId");
    }
    await this.deps.audit?.append({
      actor,
      action: request.approve
        ? "revocation_approved"
        : withdrawn
          ? "revocation_withdrawn"
          : "revocation_rejected",
      subject: pending.serial,
      details: { reason: pending.reason, requestedBy: pending.requestedBy },
    });
    const certificate = await this.#certificate(pending.serial);
    const decided = {
      ...pending,
      status,
      approvedBy: agentId,
      decidedAt: now,
    } as RevocationRequestRecord;
    if (!request.approve) return { request: decided, certificate };
    const revoked = await this.#execute(certificate, pending.reason, actor, pending.id, false);
    return { request: { ...decided, status: "done" }, certificate: revoked };
  }

  /** The oldest of {@link pendingRequests}, or undefined when there is none. */
  async findPending(reference: string): Promise<RevocationRequestRecord | undefined> {
    return (await this.pendingRequests(reference))[0];
  }

  /**
   * Every pending request a console names: by its number or a certificate serial (at most one), or
   * by a VKN (one per certificate with a pending request, oldest first). An agent deciding by VKN
   * must name one request when there are several (R7.1: a revocation is irreversible).
   */
  async pendingRequests(reference: string): Promise<RevocationRequestRecord[]> {
    const value = String(reference ?? "").trim();
    if (!value) return [];
    const byId = await this.request(value);
    if (byId) return byId.status === "pending" ? [byId] : [];
    if (/^\d{10,11}$/.test(value)) {
      const pending: RevocationRequestRecord[] = [];
      for (const certificate of await this.deps.certificates.findByVkn(value)) {
        const request = await this.deps.revocations.pendingForSerial(certificate.serial);
        if (request) pending.push(request);
      }
      return pending.sort((a, b) => a.requestedAt.getTime() - b.requestedAt.getTime());
    }
    const serial = normaliseSerial(value);
    const request = serial ? await this.deps.revocations.pendingForSerial(serial) : undefined;
    return request ? [request] : [];
  }

  /**
   * The request a console names by its number, whatever its status; the number is read in any
   * letter case (stored in lower case, an agent may paste it in capitals).
   */
  async request(reference: string): Promise<RevocationRequestRecord | undefined> {
    const value = typedRevocationRequestNumber(String(reference ?? ""));
    if (!value) return undefined;
    const lower = value.toLowerCase();
    return (
      (await this.deps.revocations.byId(value)) ??
      (lower !== value ? await this.deps.revocations.byId(lower) : undefined)
    );
  }

  /** A request number no request has yet (40 random bits; tried again on the rare clash). */
  async #newRequestNumber(): Promise<string> {
    for (;;) {
      const id = newRevocationRequestNumber(this.deps.random);
      if (!(await this.deps.revocations.byId(id))) return id;
    }
  }

  async #certificate(rawSerial: string): Promise<CertificateView> {
    const serial = normaliseSerial(rawSerial);
    if (!serial) throw new ValidationError("invalid_serial", "a hexadecimal serial", "serial");
    const certificate = await this.deps.certificates.findBySerial(serial);
    if (!certificate) throw new NotFoundError("unknown_certificate", "no such certificate", "serial");
    return certificate;
  }

  /**
   * Completes a revocation a crash cut off (core/ra/recovery-sweep.ts): the certificate, its
   * sibling, the notice, the audit entry and the request, each only if it is missing. A request
   * never approved (the crash came before the decision was written) needs nothing.
   */
  async complete(step: RecoveryStep): Promise<void> {
    const { serial, reason, actor, requestId } = step.payload;
    if (!serial || !reason || !actor) return;
    if (requestId) {
      const request = await this.deps.revocations.byId(requestId);
      if (request?.status !== "approved" && request?.status !== "done") return;
      // the request's own audit entry: the approval (four eyes), or an agent's immediate request
      const [action, by] = request.approvedBy
        ? ["revocation_approved", actor]
        : ["revocation_requested", `agent:${request.requestedBy}`];
      if (!(await this.deps.recovery?.audited(action, serial)))
        await this.deps.audit?.append({
          actor: by,
          action,
          subject: serial,
          details: request.approvedBy
            ? { reason: request.reason, requestedBy: request.requestedBy }
            : { reason: request.reason },
        });
    }
    const certificate = await this.deps.certificates.findBySerial(serial);
    if (!certificate) return;
    if (!isRevocationCause(reason)) return;
    await this.#execute(certificate, reason, actor, requestId, true);
  }

  /** Revokes the certificate and its sibling of the same order (R7.1); revoked or expired → ConflictError. */
  async #revoke(
    certificate: CertificateView,
    reason: RevocationCause,
    actor: string,
  ): Promise<CertificateView> {
    assertRevocable(certificate);
    await this.#hold(certificate.serial, reason, actor);
    return this.#execute(certificate, reason, actor, undefined, false);
  }

  /** Holds the revocation's recovery step; another holder means it is being revoked now. */
  async #hold(serial: string, reason: RevocationCause, actor: string, requestId?: string): Promise<void> {
    const payload = { serial, reason, actor, ...(requestId ? { requestId } : {}) };
    if (!(await holdStep(this.deps, revocationStepKey(serial), recoveryKinds.revocation, payload)))
      throw new ConflictError("already_revoked", "the certificate is being revoked", "serial");
  }

  /**
   * The steps of a revocation, in order: the certificate, its sibling of the same order (R7.1),
   * the holder's notice, the audit entry, the request done, the recovery step closed. `completing`
   * (after a crash) skips what is there already; every step is idempotent then.
   */
  async #execute(
    certificate: CertificateView,
    reason: RevocationCause,
    actor: string,
    requestId: string | undefined,
    completing: boolean,
  ): Promise<CertificateView> {
    const rfcReason = rfcReasonOf(reason);
    const certificates = this.deps.certificates;
    const request = { serial: certificate.serial, reason: rfcReason, actor };
    const revoked =
      completing && certificates.completeRevocation
        ? await certificates.completeRevocation(request)
        : await certificates.revoke(request);
    const closed = [certificate.serial];
    if (certificate.orderId) {
      const siblings = (await certificates.findByVkn(certificate.vkn)).filter(
        (c) =>
          c.orderId === certificate.orderId &&
          c.serial !== certificate.serial &&
          (c.status !== "revoked" || certificates.completeRevocation),
      );
      for (const sibling of siblings) {
        closed.push(sibling.serial);
        const siblingRequest = { serial: sibling.serial, reason: rfcReason, actor };
        if (certificates.completeRevocation) await certificates.completeRevocation(siblingRequest);
        else
          await certificates.revoke(siblingRequest).catch((error) => {
            if (!(error instanceof ConflictError)) throw error;
          });
      }
    }
    const subscriber = await this.deps.subscribers.get(certificate.vkn);
    if (subscriber) {
      await this.deps.outbox.enqueue({
        channel: "email",
        to: subscriber.email,
        template: "certificate_revoked",
        params: {
          serial: certificate.serial,
          at: formatIstanbulDate(revoked.revokedAt ?? this.deps.clock.now()),
        },
        // the subscriber's language (its application's), whoever revoked it
        locale: subscriber.language,
        uniqueKey: `certificate_revoked:${certificate.serial}`,
      });
    }
    if (!(completing && (await this.deps.recovery?.audited("revocation_by_request", certificate.serial))))
      await this.deps.audit?.append({
        actor,
        action: "revocation_by_request",
        subject: certificate.serial,
        details: { reason, holder: maskIdNumber(certificate.vkn) },
      });
    if (requestId) await this.deps.revocations.markDone(requestId);
    const revokedAt = revoked.revokedAt ?? this.deps.clock.now();
    for (const serial of closed) await this.#supersedePending(serial, requestId, actor, reason, revokedAt);
    await closeStep(this.deps, revocationStepKey(certificate.serial));
    return revoked;
  }

  /**
   * Closes a request still pending for a certificate that was just revoked by another request (a
   * lost card revoked while a GİB/misuse request waited): rejected, audited as superseded, so a
   * second agent cannot approve it afterwards. Its followers (the console's channel message) are told,
   * whichever path revoked the certificate.
   */
  async #supersedePending(
    serial: string,
    by: string | undefined,
    actor: string,
    reason: RevocationCause,
    revokedAt: Date,
  ): Promise<void> {
    const pending = await this.deps.revocations.pendingForSerial(serial);
    if (!pending || pending.id === by) return;
    const decided = await this.deps.revocations.decide(pending.id, {
      status: "rejected",
      approvedBy: actor,
      decidedAt: this.deps.clock.now(),
    });
    if (!decided) return;
    await this.deps.audit?.append({
      actor,
      action: "revocation_request_superseded",
      subject: serial,
      details: { reason: pending.reason, requestedBy: pending.requestedBy, ...(by ? { by } : {}) },
    });
    await this.events.superseded({ request: pending, by: closingRevokerOf(actor), reason, revokedAt });
  }
}

/** An agent's id as stored and compared: trimmed; empty when blank or missing. */
function agentIdOf(value: unknown): string {
  return typeof value === "string" ? value.trim() : "";
}

/** Whether two agent ids name the same agent: blanks around them and letter case do not count. */
function sameAgent(a: string, b: string): boolean {
  return a.trim().toLocaleLowerCase("en") === b.trim().toLocaleLowerCase("en");
}

/** Refuses a certificate that is not in force: revoked (R7.1 irreversible) or expired. */
function assertRevocable(certificate: CertificateView): void {
  if (certificate.status === "revoked")
    throw new ConflictError("already_revoked", "already revoked", "serial");
  if (!isRevocable(certificate))
    throw new ConflictError("certificate_expired", "an expired certificate is not revoked", "serial");
}

/**
 * A request decided already, as an operator reads it: how, by whom and when (the decider is an agent
 * id or an audit actor such as `operator:cli`, never personal data).
 */
function decidedAlready(r: RevocationRequestRecord): string {
  const by = r.approvedBy ?? r.requestedBy;
  const at = r.decidedAt ? ` at ${r.decidedAt.toISOString()}` : "";
  // closed by core when another path (kayıp/çalıntı, the customer, an operator) revoked the card
  const how =
    r.status === "approved" || r.status === "done"
      ? `approved by ${by}`
      : by.includes(":")
        ? `closed, its certificate revoked by ${by}`
        : `rejected by ${by}`;
  return `request ${r.id} was decided already: ${how}${at}; nothing was changed`;
}
