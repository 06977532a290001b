/**
 * Proving an application's contacts (R5.1): when the application is made, a code goes to each of its
 * e-mail and phone; the customer gives each back, which marks that contact proven. Identity codes
 * later go only to proven contacts (core/ra/verification-service.ts). The codes share the
 * per-conversation, per-network and global code budget (core/ra/code-budget.ts).
 */
import { ConflictError, NotFoundError } from "../errors/domain-error.ts";
import type { NotificationLocale } from "../notifications/notification-outbox.ts";
import { maskEmail, maskEmailAndDomain, maskIdNumber, maskPhone } from "../privacy/mask.ts";
import { clientNetworkOf } from "./client-network.ts";
import { assertCodeBudget } from "./code-budget.ts";
import { hashOneTimeCode, newOneTimeCode } from "./one-time-code.ts";
import { normaliseOrderNumber } from "./order-number.ts";
import type { ApplicationRecord } from "./ports/application-repository.ts";
import type { ContactKind } from "./ports/subscriber-repository.ts";
import type { RaDeps } from "./ra-deps.ts";
import type { CodeSent } from "./registration-authority.ts";
import { typedCodeOf } from "./typed-code.ts";
import { conversationIdOf, type VerificationService } from "./verification-service.ts";

/** How long an application contact's code is valid (longer than an identity code: e-mail is slow). */
export const contactProofLifetimeMs = 30 * 60 * 1000;

const purposeOf = { email: "confirm_email", phone: "confirm_phone" } as const;

/** Sends and checks the codes that prove an application's contacts. */
export class ContactProofService {
  constructor(
    private readonly deps: RaDeps,
    private readonly verification: VerificationService,
  ) {}

  /**
   * Sends a code to the e-mail and one to the phone of an application submitted in this
   * conversation (the dialog's idempotency key starts with the conversation id); another
   * conversation's order is `unknown_order`, `later` or not: an order number read out or forwarded
   * must not let a stranger learn of the applicant's contacts or send codes to them (the applicant
   * proves them from their own conversation, or the call centre verifies). `later`: the applicant
   * comes back to prove what was skipped; codes go only to the contacts `unprovenContacts` names,
   * named with the e-mail's domain masked too (maskEmailAndDomain), none left is
   * `contacts_already_proven`.
   */
  async send(request: {
    conversationId: string;
    orderNo: string;
    clientNetwork?: string;
    /** The conversation's language (default: the application's). */
    locale?: NotificationLocale;
    later?: boolean;
  }): Promise<CodeSent> {
    const conversationId = conversationIdOf(request.conversationId);
    const orderNo = normaliseOrderNumber(String(request.orderNo ?? ""));
    const application = orderNo ? await this.deps.applications.byOrderNo(orderNo) : undefined;
    const ours = application !== undefined && this.madeIn(application, conversationId);
    if (!application || !ours)
      throw new NotFoundError("unknown_order", "no order of this conversation with this number", "orderNo");
    const kinds: ContactKind[] = request.later
      ? await this.unprovenContacts(application)
      : ["email", "phone"];
    if (kinds.length === 0)
      throw new ConflictError("contacts_already_proven", "the order's contacts are proven", "orderNo");
    const network = clientNetworkOf(request.clientNetwork);
    const now = this.deps.clock.now();
    await assertCodeBudget(this.deps.verifications, { conversationId, network }, now);
    for (const kind of kinds) {
      const value = application[kind];
      const code = newOneTimeCode(this.deps.random);
      const id = this.deps.newId();
      await this.deps.verifications.createChallenge({
        id,
        purpose: purposeOf[kind],
        // kept apart from the identity budget of the VKN: these codes go to the applicant's own contacts
        subjectKey: `application:${application.idNumber}`,
        conversationId,
        ...(network ? { network } : {}),
        target: { kind, value },
        codeHash: hashOneTimeCode(this.deps.config.otpSecret, id, code),
        attempts: 0,
        expiresAt: new Date(now.getTime() + contactProofLifetimeMs),
        createdAt: now,
      });
      await this.deps.outbox.enqueue({
        channel: kind === "email" ? "email" : "sms",
        to: value,
        template: "contact_proof_code",
        params: { code, kind, orderNo: application.orderNo },
        locale: request.locale ?? application.language,
        sensitive: true,
      });
    }
    const mask = request.later ? maskEmailAndDomain : maskEmail;
    return {
      maskedEmail: kinds.includes("email") ? mask(application.email) : "",
      maskedPhone: kinds.includes("phone") ? maskPhone(application.phone) : "",
    };
  }

  /** Whether the application was submitted in this conversation (its proof is offered only there). */
  madeIn(application: ApplicationRecord, conversationId: string): boolean {
    return application.idempotencyKey.startsWith(`${conversationIdOf(conversationId)}:`);
  }

  /**
   * The application's contacts a code could still prove: never proven, and still the registered
   * ones (a contact the firm has changed since, by R5.1, is no longer worth proving).
   */
  async unprovenContacts(application: ApplicationRecord): Promise<ContactKind[]> {
    const subscriber = await this.deps.subscribers.get(application.idNumber);
    const kinds: ContactKind[] = [];
    for (const kind of ["email", "phone"] as const) {
      if (subscriber && subscriber[kind] !== application[kind]) continue;
      if (await this.deps.subscribers.provenAt(application.idNumber, kind, application[kind])) continue;
      kinds.push(kind);
    }
    return kinds;
  }

  /**
   * Checks one contact's code as typed (core/ra/typed-code.ts); a match marks that contact of the
   * applicant proven. A text that is no 6-digit code is refused (`invalid_code_format`), no try spent.
   * `expired`: the code's time ran out (no try left either), so the customer can be told why.
   */
  async confirm(request: {
    conversationId: string;
    kind: ContactKind;
    code: string;
  }): Promise<{ confirmed: boolean; attemptsLeft: number; expired?: true }> {
    const conversationId = conversationIdOf(request.conversationId);
    const code = typedCodeOf(request.code);
    const kind: ContactKind = request.kind === "phone" ? "phone" : "email";
    const check = await this.verification.checkCode(conversationId, purposeOf[kind], code);
    const target = check.challenge?.target;
    if (!check.ok || !check.challenge || !target || target.kind !== kind)
      return {
        confirmed: false,
        attemptsLeft: check.attemptsLeft,
        ...(check.expired ? { expired: true } : {}),
      };
    const idNumber = check.challenge.subjectKey.replace(/^application:/, "");
    await this.deps.subscribers.markContactVerified(idNumber, kind, target.value, this.deps.clock.now());
    await this.deps.audit?.append({
      actor: `conversation:${conversationId}`,
      action: "contact_proven",
      subject: maskIdNumber(idNumber),
      details: { kind },
    });
    return { confirmed: true, attemptsLeft: check.attemptsLeft };
  }
}
