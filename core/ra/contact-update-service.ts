/**
 * Contact updates (R5.1): only for a verified conversation; the new contact gets its own code and is
 * in force only once that code is given back; then the old contact is told. A VKN or unvan change
 * is not an update but a new application (R5.2).
 */

import { ConflictError, ValidationError } from "../errors/domain-error.ts";
import { type NotificationLocale, notificationLocaleOf } from "../notifications/notification-outbox.ts";
import type { RecoveryStep } from "../ports/recovery-ledger.ts";
import { maskEmail, maskIdNumber, maskPhone } from "../privacy/mask.ts";
import { validateApplicationField } from "./application-fields.ts";
import { callCentreCode } from "./call-centre-code.ts";
import { clientNetworkOf } from "./client-network.ts";
import { assertCodeBudget } from "./code-budget.ts";
import { codeLifetimeMs, hashOneTimeCode, newOneTimeCode } from "./one-time-code.ts";
import { isLiveChallenge } from "./ports/verification-repository.ts";
import type { RaDeps } from "./ra-deps.ts";
import { closeStep, holdStep, recoveryKinds } from "./recovery-step.ts";
import { typedCodeOf } from "./typed-code.ts";
import { conversationIdOf, type VerificationService } from "./verification-service.ts";

/** A contact that can be updated. */
export type ContactKind = "email" | "phone";

/** A confirmed contact change, as its recovery step keeps it. */
interface ContactChange {
  [field: string]: string;
  challengeId: string;
  subject: string;
  kind: ContactKind;
  value: string;
  /** The contact being replaced: it is told of the change. */
  old: string;
  actor: string;
  /** The language it is told in: the conversation's, else the subscriber's (tr | en). */
  language: string;
}

/** The recovery step of a confirmed contact update. */
export function contactUpdateStepKey(challengeId: string): string {
  return `contact_update:${challengeId}`;
}

/**
 * Whether `typed` (already validated) is the registered contact: an e-mail address ignoring letter
 * case (a mailbox is not told apart by it in practice), a phone number after normalisation.
 */
export function sameContact(kind: ContactKind, registered: string | undefined, typed: string): boolean {
  if (!registered) return false;
  if (kind === "email") return registered.trim().toLowerCase() === typed.trim().toLowerCase();
  let stored = registered;
  try {
    stored = validateApplicationField("phone", registered);
  } catch {
    // a stored number that no longer validates: compared as it is
  }
  return stored === typed;
}

/** Updates contacts. */
export class ContactUpdateService {
  constructor(
    private readonly deps: RaDeps,
    private readonly verification: VerificationService,
  ) {}

  /** Sends a code to the new contact of the verified subscriber. */
  async start(request: {
    conversationId: string;
    kind: ContactKind;
    newValue: string;
    /** The client's address as the channel saw it: the code budget counts per network too. */
    clientNetwork?: string;
    /** The conversation's language: the code is written in it (default: the subscriber's, for agents). */
    locale?: NotificationLocale;
    /** An agent's case: the caller reads the code out to the agent, and its text says so. */
    agentCase?: boolean;
  }): Promise<{ maskedTarget: string; replaced?: { kind: ContactKind; maskedTarget: string } }> {
    const conversationId = conversationIdOf(request.conversationId);
    const subject = await this.#verifiedSubject(conversationId);
    if ((request.kind as string) === "vkn" || (request.kind as string) === "title")
      throw new ConflictError(
        "new_application_required",
        "a VKN or unvan change needs a new mali mühür: the application is repeated (R5.2)",
        "kind",
      );
    if (request.kind !== "email" && request.kind !== "phone")
      throw new ValidationError("invalid_contact_kind", "email or phone", "kind");
    const value = validateApplicationField(request.kind, String(request.newValue ?? ""));
    const subscriber = await this.deps.subscribers.get(subject);
    if (!subscriber)
      throw new ConflictError("not_verified", "the conversation is not verified", "conversationId");
    if (sameContact(request.kind, subscriber[request.kind], value))
      throw new ConflictError("same_contact", "this is already the registered contact", "newValue");
    const now = this.deps.clock.now();
    const network = clientNetworkOf(request.clientNetwork);
    await assertCodeBudget(this.deps.verifications, { conversationId, network }, now);
    // an update still waiting for its code is replaced by this one (only the latest is confirmed):
    // the caller is told which, as its code no longer works
    const open = await this.deps.verifications.latestChallenge(conversationId, "contact_update");
    const replaced =
      open?.target && isLiveChallenge(open, now)
        ? { kind: open.target.kind, maskedTarget: maskedContact(open.target.kind, open.target.value) }
        : undefined;
    const code = newOneTimeCode(this.deps.random);
    const id = this.deps.newId();
    await this.deps.verifications.createChallenge({
      id,
      purpose: "contact_update",
      subjectKey: subject,
      conversationId,
      ...(network ? { network } : {}),
      target: { kind: request.kind, value },
      codeHash: hashOneTimeCode(this.deps.config.otpSecret, id, code),
      attempts: 0,
      expiresAt: new Date(now.getTime() + codeLifetimeMs),
      createdAt: now,
    });
    await this.deps.outbox.enqueue({
      channel: request.kind === "email" ? "email" : "sms",
      to: value,
      template: "contact_update_code",
      params: { code, kind: request.kind, ...(request.agentCase ? callCentreCode : {}) },
      locale: request.locale ?? subscriber.language,
      sensitive: true,
    });
    return { maskedTarget: maskedContact(request.kind, value), ...(replaced ? { replaced } : {}) };
  }

  /**
   * Confirms the new contact by its code as typed (core/ra/typed-code.ts); the old contact is told
   * of the change. A text that is no 6-digit code is refused (`invalid_code_format`) before the
   * verification is looked at, no try spent.
   */
  async confirm(request: {
    conversationId: string;
    code: string;
    /** Who is audited as confirming (an agent acting for a caller); default the conversation. */
    actor?: string;
    /** The conversation's language: the old contact is told in it (default: the subscriber's). */
    locale?: NotificationLocale;
  }): Promise<{
    updated: boolean;
    attemptsLeft: number;
    expired?: true;
    /** Once updated: which contact, and its new value masked. */
    changed?: { kind: ContactKind; maskedTarget: string };
  }> {
    const conversationId = conversationIdOf(request.conversationId);
    const code = typedCodeOf(request.code);
    const subject = await this.#verifiedSubject(conversationId);
    const check = await this.verification.checkCode(conversationId, "contact_update", code);
    const target = check.challenge?.target;
    if (!check.ok || !target || check.challenge?.subjectKey !== subject)
      return {
        updated: false,
        attemptsLeft: check.attemptsLeft,
        ...(check.expired ? { expired: true } : {}),
      };
    const before = await this.deps.subscribers.get(subject);
    if (!before) return { updated: false, attemptsLeft: 0 };
    const challengeId = check.challenge?.id ?? this.deps.newId();
    const change: ContactChange = {
      challengeId,
      subject,
      kind: target.kind,
      value: target.value,
      old: before[target.kind],
      actor: request.actor ?? `conversation:${conversationId}`,
      language: request.locale ?? before.language ?? "tr",
    };
    // held before the first write: a crash before the old contact is told is completed by the sweep
    await holdStep(this.deps, contactUpdateStepKey(challengeId), recoveryKinds.contactUpdate, { ...change });
    await this.#apply(change, undefined);
    return {
      updated: true,
      attemptsLeft: check.attemptsLeft,
      changed: { kind: target.kind, maskedTarget: maskedContact(target.kind, target.value) },
    };
  }

  /** Completes a contact update a crash cut off (core/ra/recovery-sweep.ts); each step only once. */
  async complete(step: RecoveryStep): Promise<void> {
    const { challengeId, subject, kind, value, old, actor, language } = step.payload;
    if (!challengeId || !subject || !value || !old || !actor || (kind !== "email" && kind !== "phone"))
      return;
    await this.#apply(
      { challengeId, subject, kind, value, old, actor, language: notificationLocaleOf(language) },
      step.openedAt,
    );
  }

  /**
   * The steps of a confirmed update: the new contact in force and proven, the old contact told,
   * the audit entry, the recovery step closed. `completingSince` (after a crash) is when the step
   * was opened: the audit entry is appended only if none was since.
   */
  async #apply(change: ContactChange, completingSince: Date | undefined): Promise<void> {
    const { subject, kind, value } = change;
    await this.deps.subscribers.updateContact(subject, kind, value);
    // the new contact gave its code back: it is proven (identity codes may go to it)
    await this.deps.subscribers.markContactVerified(subject, kind, value, this.deps.clock.now());
    const masked = kind === "email" ? maskEmail(value) : maskPhone(value);
    await this.deps.outbox.enqueue({
      channel: kind === "email" ? "email" : "sms",
      to: change.old,
      template: "contact_changed",
      params: { kind, masked },
      locale: notificationLocaleOf(change.language),
      uniqueKey: `contact_changed:${change.challengeId}`,
    });
    const audited =
      completingSince !== undefined &&
      (await this.deps.recovery?.audited("contact_updated", maskIdNumber(subject), completingSince));
    if (!audited)
      await this.deps.audit?.append({
        actor: change.actor,
        action: "contact_updated",
        subject: maskIdNumber(subject),
        details: { kind },
      });
    await closeStep(this.deps, contactUpdateStepKey(change.challengeId));
  }

  async #verifiedSubject(conversationId: string): Promise<string> {
    const subject = await this.verification.verifiedSubject(conversationId);
    if (!subject)
      throw new ConflictError("not_verified", "identity verification is required first", "conversationId");
    return subject;
  }
}

/** A contact as answers show it: an e-mail or a phone number masked. */
export function maskedContact(kind: ContactKind, value: string): string {
  return kind === "email" ? maskEmail(value) : maskPhone(value);
}
