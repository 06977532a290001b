/**
 * A call-centre agent's cases (R5.1, `interfaces.md` §5). An agent verifies a caller by a one-time
 * code sent to the firm's registered contacts (`kimlik`, then `dogrula`); the verification belongs
 * to that agent and that VKN for 15 minutes, and only then may the same agent update a contact or
 * revoke for a lost or stolen card. Every step is audited with the agent's id. A VKN/TCKN an agent
 * types is checksum-validated like the customer's; an agent is told plainly what a customer channel
 * hides (no record for a VKN, no code to check) since the console can look a VKN up anyway.
 */
import { createHmac } from "node:crypto";
import { ConflictError, ValidationError } from "../errors/domain-error.ts";
import { isValidTckn, testModeTckns } from "../identity/tckn.ts";
import { isValidVkn, testModeVkns } from "../identity/vkn.ts";
import type { CertificateView } from "../ports/certificate-authority.ts";
import { maskIdNumber } from "../privacy/mask.ts";
import { type ContactKind, type ContactUpdateService, maskedContact } from "./contact-update-service.ts";
import type { SeedRevocationReason } from "./ports/revocation-request-repository.ts";
import { isLiveChallenge } from "./ports/verification-repository.ts";
import type { RaDeps } from "./ra-deps.ts";
import type { CodeSent } from "./registration-authority.ts";
import { typedCodeOf } from "./typed-code.ts";
import { type VerificationService, verificationLifetimeMs } from "./verification-service.ts";

/**
 * The outcome of a code an agent typed for a caller. `no_code`: there was no code to check (none
 * requested, expired, or its tries spent); a new one is needed.
 */
export type AgentCodeOutcome =
  | { kind: "verified"; attemptsLeft: number }
  | {
      kind: "contact_updated";
      attemptsLeft: number;
      /** Which contact changed, its new value masked. */
      changed?: { kind: "email" | "phone"; maskedTarget: string };
    }
  | {
      kind: "wrong_code";
      attemptsLeft: number;
      /**
       * The code checked was a pending contact update's (sent to its new contact, named masked), not
       * an identity code: an agent typing the caller's spent identity code again is told which is awaited.
       */
      forUpdate?: { kind: "email" | "phone"; maskedTarget: string };
    }
  | { kind: "no_code"; attemptsLeft: 0 }
  /** A contact update waits for its code, but the caller's 15-minute verification ran out: nothing changed. */
  | { kind: "update_verification_lapsed"; attemptsLeft: 0 };

/** What an agent may ask to update: a contact (R5.1), or the VKN or unvan, which needs a new application (R5.2). */
export type AgentUpdateKind = ContactKind | "vkn" | "title";

/**
 * The case id under which an agent's verification of a VKN is kept. Case ids end up in the audit
 * log and in logs, so the VKN is in it only as a keyed hash.
 */
export function agentCaseId(secret: Uint8Array, agentId: string, subject: string): string {
  const digest = createHmac("sha256", secret).update(`case:${subject}`).digest("hex").slice(0, 20);
  return `agent:${agentIdOf(agentId)}:${digest}`;
}

/** Validates an agent id (a Slack user id, an operator name). */
export function agentIdOf(raw: string): string {
  const value = String(raw ?? "").trim();
  if (!/^[\w.-]{1,64}$/.test(value))
    throw new ValidationError("required", "the agent is required", "agentId");
  return value;
}

/**
 * Validates a VKN/TCKN as an agent types it: 10 digits passing the VKN checksum or 11 passing the
 * TCKN checksum (core/identity/); the official test numbers only in test mode.
 */
export function subjectOf(raw: string, options: { testMode?: boolean } = {}): string {
  const value = String(raw ?? "").replace(/\s/g, "");
  const valid =
    value.length === 10
      ? isValidVkn(value) || (options.testMode === true && testModeVkns.has(value))
      : isValidTckn(value) || (options.testMode === true && testModeTckns.has(value));
  if (!/^\d{10,11}$/.test(value) || !valid)
    throw new ValidationError("invalid_subject", "a valid VKN or TCKN is required", "subject");
  return value;
}

/** What an agent may do for callers. */
/** A certificate as an agent sees it: with the reason of the agents' request that revoked it, if one did. */
export type AgentCertificateView = CertificateView & { requestedReason?: SeedRevocationReason };

export class AgentCaseService {
  constructor(
    private readonly deps: RaDeps,
    private readonly verification: VerificationService,
    private readonly contacts: ContactUpdateService,
  ) {}

  /** `kimlik`: sends a code to the registered contacts of a VKN for this agent's case. */
  async startVerification(request: {
    agentId: string;
    subject: string;
  }): Promise<CodeSent & { replacedEarlier?: true }> {
    const agentId = agentIdOf(request.agentId);
    const subject = this.#subject(request.subject);
    // a code of this agent's case still live dies with the new one (only the latest is checked):
    // the agent is told, so that the caller reads out the latest
    const open = await this.deps.verifications.latestChallenge(this.#caseId(agentId, subject), "verify");
    const earlierLive = isLiveChallenge(open, this.deps.clock.now());
    // Agents verify from documents anyway: they are told when no registered contact is proven.
    const sent = await this.verification.start({
      conversationId: this.#caseId(agentId, subject),
      subject,
      revealUnproven: true,
      revealUnknown: true,
      agentCase: true,
    });
    await this.#audit(agentId, "agent_verification_started", subject);
    return earlierLive ? { ...sent, replacedEarlier: true } : sent;
  }

  /**
   * `dogrula`: a code for this agent's case. With a contact update pending, the code confirms the
   * new contact; otherwise it completes the caller's verification (bound to this agent). The code is
   * read as typed (core/ra/typed-code.ts: "12 34 56" read out in groups is one code); a text that is
   * no 6-digit code is refused (`invalid_code_format`) before anything else, no try spent.
   */
  async submitCode(request: { agentId: string; subject: string; code: string }): Promise<AgentCodeOutcome> {
    const agentId = agentIdOf(request.agentId);
    const code = typedCodeOf(request.code);
    const subject = this.#subject(request.subject);
    const caseId = this.#caseId(agentId, subject);
    const now = this.deps.clock.now();
    const pendingUpdate = await this.deps.verifications.latestChallenge(caseId, "contact_update");
    if (
      pendingUpdate &&
      pendingUpdate.expiresAt.getTime() > now.getTime() &&
      (await this.isVerified({ agentId, subject }))
    ) {
      const confirmed = await this.contacts.confirm({
        conversationId: caseId,
        code,
        actor: `agent:${agentId}`,
      });
      return confirmed.updated
        ? {
            kind: "contact_updated",
            attemptsLeft: confirmed.attemptsLeft,
            ...(confirmed.changed ? { changed: confirmed.changed } : {}),
          }
        : {
            kind: "wrong_code",
            attemptsLeft: confirmed.attemptsLeft,
            ...(pendingUpdate.target
              ? {
                  forUpdate: {
                    kind: pendingUpdate.target.kind,
                    maskedTarget: maskedContact(pendingUpdate.target.kind, pendingUpdate.target.value),
                  },
                }
              : {}),
          };
    }
    const check = await this.verification.checkCode(caseId, "verify", code);
    if (!check.ok || !check.challenge) {
      await this.#audit(agentId, "agent_verification_failed", subject);
      // no verification code to check, but an update still waits for its code: what ran out is the
      // caller's verification, not a code (the update needs it, R5.1)
      if (check.noCode && isLiveChallenge(pendingUpdate, now))
        return { kind: "update_verification_lapsed", attemptsLeft: 0 };
      return check.noCode
        ? { kind: "no_code", attemptsLeft: 0 }
        : { kind: "wrong_code", attemptsLeft: check.attemptsLeft };
    }
    await this.deps.verifications.saveVerification({
      id: this.deps.newId(),
      conversationId: caseId,
      subjectKey: check.challenge.subjectKey,
      method: "otp",
      agentId,
      verifiedAt: now,
      expiresAt: new Date(now.getTime() + verificationLifetimeMs),
    });
    await this.#audit(agentId, "identity_verified", subject, { method: "otp_by_agent" });
    return { kind: "verified", attemptsLeft: check.attemptsLeft };
  }

  /** Whether this agent verified a caller of this VKN within the last 15 minutes. */
  async isVerified(request: { agentId: string; subject: string }): Promise<boolean> {
    const agentId = agentIdOf(request.agentId);
    const subject = this.#subject(request.subject);
    const found = await this.deps.verifications.activeVerification(
      this.#caseId(agentId, subject),
      this.deps.clock.now(),
    );
    return found?.subjectKey === subject && found.agentId === agentId;
  }

  /**
   * `guncelle`: R5.1 for a caller this agent verified; a code goes to the new contact. A VKN or
   * unvan change is answered with R5.2 (`new_application_required`) before anything else: no
   * verification or code helps it.
   */
  async startContactUpdate(request: {
    agentId: string;
    subject: string;
    kind: AgentUpdateKind;
    newValue: string;
  }): Promise<{ maskedTarget: string; replaced?: { kind: "email" | "phone"; maskedTarget: string } }> {
    const agentId = agentIdOf(request.agentId);
    const subject = this.#subject(request.subject);
    if (request.kind === "vkn" || request.kind === "title")
      throw new ConflictError(
        "new_application_required",
        "a VKN or unvan change needs a new mali mühür: the application is repeated (R5.2)",
        "kind",
      );
    if (!(await this.isVerified({ agentId, subject })))
      throw new ConflictError("not_verified", "verify the caller's identity first (R5.1)", "subject");
    const started = await this.contacts.start({
      conversationId: this.#caseId(agentId, subject),
      kind: request.kind,
      newValue: request.newValue,
      agentCase: true,
    });
    await this.#audit(agentId, "contact_update_started", subject, { kind: request.kind });
    return started;
  }

  /**
   * `durum <VKN>`: the certificates of a VKN, newest first; the look-up is audited. A certificate
   * revoked by an agents' request names the request's own reason (R7.2 names them apart: kayıp and
   * çalıntı are both keyCompromise in X.509, GİB and misuse both privilegeWithdrawn), and so does
   * its sibling of the same card, closed with it (R7.1).
   */
  async certificatesOf(request: { agentId: string; subject: string }): Promise<AgentCertificateView[]> {
    const agentId = agentIdOf(request.agentId);
    const subject = this.#subject(request.subject);
    await this.#audit(agentId, "agent_status_lookup", subject);
    const certificates = await this.deps.certificates.findByVkn(subject);
    const viewed: AgentCertificateView[] = await Promise.all(
      certificates.map(async (c) => {
        if (c.revocationReason !== "privilegeWithdrawn" && c.revocationReason !== "keyCompromise") return c;
        const decided = await this.deps.revocations.decidedForSerial(c.serial);
        return decided ? { ...c, requestedReason: decided.reason } : c;
      }),
    );
    // the sibling closed together with the named certificate has no request of its own
    return viewed.map((c) => {
      if (c.requestedReason || !c.orderId || c.status !== "revoked") return c;
      const named = viewed.find(
        (o) => o.orderId === c.orderId && o.requestedReason && o.revocationReason === c.revocationReason,
      );
      return named?.requestedReason ? { ...c, requestedReason: named.requestedReason } : c;
    });
  }

  /** `durum <VKN>`: the order numbers of a VKN/TCKN's latest applications (at most 3), newest first. */
  async ordersOf(request: { agentId: string; subject: string }): Promise<string[]> {
    agentIdOf(request.agentId);
    return this.deps.applications.orderNumbersOf(this.#subject(request.subject), 3);
  }

  #subject(raw: string): string {
    return subjectOf(raw, { testMode: this.deps.config.testMode });
  }

  #caseId(agentId: string, subject: string): string {
    return agentCaseId(this.deps.config.otpSecret, agentId, subject);
  }

  async #audit(agentId: string, action: string, subject: string, details?: Record<string, string>) {
    await this.deps.audit?.append({
      actor: `agent:${agentId}`,
      action,
      subject: maskIdNumber(subject),
      ...(details ? { details } : {}),
    });
  }
}
