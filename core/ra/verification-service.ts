/**
 * Identity verification (kimlik teyidi, R5.1 and `interfaces.md` §4): a one-time code to the
 * registered e-mail and phone that were proven (a code given back at the application or the contact
 * update), 3 tries, 5 minutes; the verified state lasts 15 minutes of the conversation. An unknown
 * subject, and a subscriber none of whose contacts is proven, are answered exactly like a known one and
 * cost the same storage work: a challenge is stored
 * (with a code nobody knows), two notifications are written withheld (never sent) to a plausible decoy
 * contact derived from the subject, which is named masked, and an audit entry is written. Agents
 * verify callers themselves: decoys only hide who holds a certificate from a customer channel, so an
 * agent (who may look a VKN up anyway) is told plainly when there is no record or no proven contact.
 */

import { ConflictError, NotFoundError, ValidationError } from "../errors/domain-error.ts";
import type { NotificationLocale } from "../notifications/notification-outbox.ts";
import { parseTypedSerial } from "../pki/serial-number.ts";
import { maskEmailAndDomain, maskIdNumber, maskPhone } from "../privacy/mask.ts";
import { callCentreCode } from "./call-centre-code.ts";
import { clientNetworkOf } from "./client-network.ts";
import { assertCodeBudget, challengeLimits } from "./code-budget.ts";
import { decoyContact } from "./decoy-contacts.ts";
import {
  codeLifetimeMs,
  hashOneTimeCode,
  maxCodeAttempts,
  newOneTimeCode,
  oneTimeCodeMatches,
} from "./one-time-code.ts";
import type { OtpChallengeRecord } from "./ports/verification-repository.ts";
import type { RaDeps } from "./ra-deps.ts";
import type { CodeSent } from "./registration-authority.ts";
import { typedCodeOf } from "./typed-code.ts";

/** How long a verification lasts. */
export const verificationLifetimeMs = 15 * 60 * 1000;
/** The code budget (core/ra/code-budget.ts), kept here under its old name. */
export { challengeLimits };

/** The result of checking a code. */
export interface CodeCheck {
  ok: boolean;
  attemptsLeft: number;
  challenge?: OtpChallengeRecord;
  /**
   * No code could be checked: none was requested, it expired, or its tries were spent already.
   * Customer dialogs answer this like a wrong code; an agent is told to request a new one.
   */
  noCode?: true;
  /** The code asked for was sent but its 5 minutes are over (with `noCode`): the customer is told so. */
  expired?: true;
}

/** Verifies identities. */
export class VerificationService {
  constructor(private readonly deps: RaDeps) {}

  /**
   * Sends a code to the proven contacts of a VKN/TCKN or of a certificate's holder. A subscriber none
   * of whose contacts is proven is answered as an unknown subject (decoys named, nothing sent), so a
   * customer channel cannot tell a firm on record from one that is not; the failed code then offers
   * the call centre. Only `revealUnproven` callers (agents, who verify from documents) get
   * `contacts_unverified` instead, and only `revealUnknown` callers (agents) get `unknown_subject`
   * for a subject with no subscriber record instead of the decoys.
   */
  async start(request: {
    conversationId: string;
    subject: string;
    /** The client's address or network as the channel saw it (core/ra/client-network.ts). */
    clientNetwork?: string;
    /** The conversation's language: the code is written in it (default: the subscriber's, for agents). */
    locale?: NotificationLocale;
    /** Throw `contacts_unverified` for a subscriber without a proven contact (agents only). */
    revealUnproven?: boolean;
    /** Throw `unknown_subject` for a subject with no subscriber record, instead of decoys (agents only). */
    revealUnknown?: boolean;
    /**
     * An agent's case: the subject's budget, which customers' conversations spend, does not hold it
     * back (a stranger typing the VKN must not lock the call centre out, R5.1/R7); the case's own
     * budget (per agent and subject) and the global one still do.
     */
    agentCase?: boolean;
  }): Promise<CodeSent> {
    const conversationId = conversationIdOf(request.conversationId);
    const subject = await this.#subjectKey(request.subject);
    const network = clientNetworkOf(request.clientNetwork);
    const now = this.deps.clock.now();
    const subjectKey = request.agentCase ? undefined : subject;
    await assertCodeBudget(this.deps.verifications, { subjectKey, conversationId, network }, now);
    const onRecord = await this.deps.subscribers.get(subject);
    if (onRecord === undefined && request.revealUnknown)
      throw new NotFoundError(
        "unknown_subject",
        "no certificate or registered contact is on record for this subject; no code was sent",
        "subject",
      );
    const unproven = onRecord !== undefined && !onRecord.emailVerifiedAt && !onRecord.phoneVerifiedAt;
    if (unproven && request.revealUnproven)
      throw new ConflictError(
        "contacts_unverified",
        "no registered contact of this subscriber is proven; the call centre (444 5 576) verifies",
        "subject",
      );
    // From here on a known and an unknown subject do the same work: one challenge, two outbox
    // writes (withheld where nothing may be sent), one audit entry. A subscriber with no proven
    // contact is an unknown subject to the caller.
    const subscriber = unproven ? undefined : onRecord;
    const decoy = subscriber ? undefined : decoyContact(this.deps.config.otpSecret, subject);
    const contact = subscriber ?? decoy!;
    const code = newOneTimeCode(this.deps.random);
    const id = this.deps.newId();
    await this.deps.verifications.createChallenge({
      id,
      purpose: "verify",
      subjectKey: subject,
      conversationId,
      ...(network ? { network } : {}),
      // For an unknown subject the stored hash is of a code nobody was sent.
      codeHash: hashOneTimeCode(
        this.deps.config.otpSecret,
        id,
        subscriber ? code : newOneTimeCode(this.deps.random),
      ),
      attempts: 0,
      expiresAt: new Date(now.getTime() + codeLifetimeMs),
      createdAt: now,
    });
    const toEmail = subscriber?.emailVerifiedAt !== undefined;
    const toPhone = subscriber?.phoneVerifiedAt !== undefined;
    const locale = request.locale ?? subscriber?.language;
    // an agent asks the caller to read this code out: its text says so (`<template>_call_centre`)
    const params = { code, ...(request.agentCase ? callCentreCode : {}) };
    await this.deps.outbox.enqueue({
      channel: "email",
      to: contact.email,
      template: "otp_code",
      params,
      locale,
      sensitive: true,
      ...(toEmail ? {} : { withheld: true }),
    });
    await this.deps.outbox.enqueue({
      channel: "sms",
      to: contact.phone,
      template: "otp_code",
      params,
      locale,
      sensitive: true,
      ...(toPhone ? {} : { withheld: true }),
    });
    await this.deps.audit?.append({
      actor: `conversation:${conversationId}`,
      action: subscriber ? "verification_code_sent" : "verification_code_withheld",
      subject: maskIdNumber(subject),
      details: { email: toEmail, phone: toPhone },
    });
    // A subscriber names the proven contacts the code went to; an unknown subject its decoys, one or
    // both of them as subscribers do (core/ra/decoy-contacts.ts), so neither answer tells them apart.
    const namesEmail = decoy ? decoy.names !== "phone" : toEmail;
    const namesPhone = decoy ? decoy.names !== "email" : toPhone;
    return {
      maskedEmail: namesEmail ? maskEmailAndDomain(contact.email) : "",
      maskedPhone: namesPhone ? maskPhone(contact.phone) : "",
    };
  }

  /**
   * Checks a verification code as typed (core/ra/typed-code.ts); a match verifies the conversation
   * for 15 minutes. A text that is no 6-digit code is refused (`invalid_code_format`), no try spent.
   */
  async verify(request: {
    conversationId: string;
    code: string;
  }): Promise<{ verified: boolean; attemptsLeft: number; expired?: true }> {
    const conversationId = conversationIdOf(request.conversationId);
    const check = await this.checkCode(conversationId, "verify", typedCodeOf(request.code));
    if (!check.ok || !check.challenge)
      return {
        verified: false,
        attemptsLeft: check.attemptsLeft,
        ...(check.expired ? { expired: true } : {}),
      };
    const now = this.deps.clock.now();
    await this.deps.verifications.saveVerification({
      id: this.deps.newId(),
      conversationId,
      subjectKey: check.challenge.subjectKey,
      method: "otp",
      verifiedAt: now,
      expiresAt: new Date(now.getTime() + verificationLifetimeMs),
    });
    await this.deps.audit?.append({
      actor: `conversation:${conversationId}`,
      action: "identity_verified",
      subject: maskIdNumber(check.challenge.subjectKey),
      details: { method: "otp" },
    });
    return { verified: true, attemptsLeft: maxCodeAttempts - check.challenge.attempts };
  }

  /**
   * Checks a code of the newest open challenge of a purpose: counts the attempt atomically,
   * consumes the challenge on a match. Expired, spent and missing challenges all fail alike, with
   * no attempt left and `noCode` set. The code is read as typed first (core/ra/typed-code.ts): a
   * text that is no 6-digit code throws `invalid_code_format` before the challenge is read, so it
   * spends no try.
   */
  async checkCode(
    conversationId: string,
    purpose: OtpChallengeRecord["purpose"],
    typed: string,
  ): Promise<CodeCheck> {
    const code = typedCodeOf(typed);
    const challenge = await this.deps.verifications.latestChallenge(conversationId, purpose);
    const now = this.deps.clock.now();
    if (!challenge) return { ok: false, attemptsLeft: 0, noCode: true };
    if (challenge.expiresAt.getTime() <= now.getTime())
      return { ok: false, attemptsLeft: 0, noCode: true, expired: true };
    const attempts = await this.deps.verifications.countAttempt(challenge.id, maxCodeAttempts);
    if (attempts === undefined) return { ok: false, attemptsLeft: 0, noCode: true };
    const match = oneTimeCodeMatches(this.deps.config.otpSecret, challenge.id, code, challenge.codeHash);
    if (match && (await this.deps.verifications.consume(challenge.id, now)))
      return { ok: true, attemptsLeft: maxCodeAttempts - attempts, challenge: { ...challenge, attempts } };
    return { ok: false, attemptsLeft: maxCodeAttempts - attempts };
  }

  /** The verified VKN/TCKN of a conversation, while the verification lasts. */
  async verifiedSubject(conversationId: string): Promise<string | undefined> {
    const found = await this.deps.verifications.activeVerification(
      conversationIdOf(conversationId),
      this.deps.clock.now(),
    );
    return found?.subjectKey;
  }

  /**
   * Agent-assisted verification (R5.1): a call-centre agent who checked the caller's identity
   * records it for a case (the agent's conversation id), for 15 minutes.
   */
  async verifyByAgent(request: {
    conversationId: string;
    subject: string;
    agentId: string;
  }): Promise<string> {
    const conversationId = conversationIdOf(request.conversationId);
    if (!request.agentId?.trim()) throw new ValidationError("required", "the agent is required", "agentId");
    const subject = await this.#subjectKey(request.subject);
    const now = this.deps.clock.now();
    await this.deps.verifications.saveVerification({
      id: this.deps.newId(),
      conversationId,
      subjectKey: subject,
      method: "agent",
      agentId: request.agentId,
      verifiedAt: now,
      expiresAt: new Date(now.getTime() + verificationLifetimeMs),
    });
    await this.deps.audit?.append({
      actor: `agent:${request.agentId}`,
      action: "identity_verified",
      subject: maskIdNumber(subject),
      details: { method: "agent" },
    });
    return subject;
  }

  /** VKN/TCKN as typed, or a certificate serial resolved to its holder. */
  async #subjectKey(raw: string): Promise<string> {
    const value = String(raw ?? "").replace(/\s/g, "");
    if (/^\d{10,11}$/.test(value)) return value;
    const serial = parseTypedSerial(raw);
    if (serial) {
      const certificate = await this.deps.certificates.findBySerial(serial);
      // An unknown serial still gets a challenge, under its own key, so it looks the same.
      return certificate?.vkn ?? `serial:${serial}`;
    }
    throw new ValidationError(
      "invalid_subject",
      "a VKN, TCKN or certificate serial number is required",
      "subject",
    );
  }
}

/** Validates a conversation id (channels pass their own ids). */
export function conversationIdOf(raw: string): string {
  const value = String(raw ?? "");
  if (!/^[\w:.-]{1,128}$/.test(value))
    throw new ValidationError("invalid_conversation", "a conversation id is required", "conversationId");
  return value;
}
