/**
 * The registration authority: every use case of core/ra behind the facade the conversation layer
 * uses ({@link RegistrationAuthority}), plus the operator and job entry points (payments, HSM steps,
 * delivery, agent verification and revocation) that the agent console and the job runner call.
 */

import { normaliseSerial } from "../pki/serial-number.ts";
import type { CertificateView } from "../ports/certificate-authority.ts";
import { AgentCaseService } from "./agent-case-service.ts";
import { ApplicationService } from "./application-service.ts";
import { ContactProofService } from "./contact-proof-service.ts";
import { ContactUpdateService } from "./contact-update-service.ts";
import { DeliveryService } from "./delivery-service.ts";
import { adviseMedium } from "./medium-advice.ts";
import { normaliseOrderNumber } from "./order-number.ts";
import { PaymentService, paymentPostJob } from "./payment-service.ts";
import type { ApplicationRecord } from "./ports/application-repository.ts";
import { ProductionService, produceCardJob } from "./production-service.ts";
import type { RaDeps } from "./ra-deps.ts";
import type {
  ApplicationInput,
  ClientNetworkHint,
  CodeSent,
  CustomerLocaleHint,
  HeldCertificate,
  Medium,
  MediumAdvice,
  OrderStatusView,
  RegistrationAuthority,
  SubmittedApplication,
} from "./registration-authority.ts";
import { RevocationService } from "./revocation-service.ts";
import { VerificationService } from "./verification-service.ts";

/** A handler the job runner calls with a job's payload. */
export type RaJobHandler = (payload: Record<string, unknown>) => Promise<void>;

/** The RA with all its use cases. */
export class RegistrationAuthorityService implements RegistrationAuthority {
  readonly applications: ApplicationService;
  readonly production: ProductionService;
  readonly payments: PaymentService;
  readonly delivery: DeliveryService;
  readonly verification: VerificationService;
  readonly contacts: ContactUpdateService;
  /** Codes to an application's contacts, which prove them (R5.1). */
  readonly contactProofs: ContactProofService;
  readonly revocation: RevocationService;
  /** A call-centre agent's cases: verification of callers, contact updates, look-ups. */
  readonly agents: AgentCaseService;

  constructor(private readonly deps: RaDeps) {
    this.applications = new ApplicationService(deps);
    this.production = new ProductionService(deps);
    this.payments = new PaymentService(deps, this.production);
    this.delivery = new DeliveryService(deps, this.production);
    this.verification = new VerificationService(deps);
    this.contacts = new ContactUpdateService(deps, this.verification);
    this.contactProofs = new ContactProofService(deps, this.verification);
    this.revocation = new RevocationService(deps, this.verification);
    this.agents = new AgentCaseService(deps, this.verification, this.contacts);
  }

  /** Job handlers of the RA, by kind, for the job runner. */
  jobHandlers(): Record<string, RaJobHandler> {
    return {
      [paymentPostJob]: async (payload) => this.payments.post(String(payload.paymentId)),
      [produceCardJob]: async (payload) => this.production.runProduceCardJob(String(payload.applicationId)),
    };
  }

  submitApplication(input: ApplicationInput): Promise<SubmittedApplication> {
    return this.applications.submit(input);
  }

  /** The application behind an order number (operator tools: `mm issue --order MM…`), or undefined. */
  async applicationOf(orderNo: string): Promise<ApplicationRecord | undefined> {
    const normalised = normaliseOrderNumber(String(orderNo ?? ""));
    return normalised ? this.deps.applications.byOrderNo(normalised) : undefined;
  }

  async orderStatus(
    orderNo: string,
    asker?: { conversationId: string },
  ): Promise<OrderStatusView | undefined> {
    const normalised = normaliseOrderNumber(String(orderNo ?? ""));
    if (!normalised) return undefined;
    const application = await this.deps.applications.byOrderNo(normalised);
    if (!application) return undefined;
    const [payments, steps, delivery, certificates] = await Promise.all([
      this.deps.payments.ofApplication(application.id),
      this.deps.production.steps(application.id),
      this.deps.production.delivery(application.id),
      this.deps.certificates.findByVkn(application.idNumber),
    ]);
    const payment = payments.find((p) => !p.refundedAt);
    const revoked = certificates.find(
      (c) => c.orderId === application.id && c.kind === "sign" && c.status === "revoked",
    );
    // a revoked or refunded order serves no more: its contacts are not offered for proof; nor are
    // they to any conversation but the one that made the application (an order number is no proof
    // of being the applicant)
    const contactsToProve =
      revoked ||
      payments.some((p) => p.refundedAt) ||
      !asker ||
      !this.contactProofs.madeIn(application, asker.conversationId)
        ? []
        : await this.contactProofs.unprovenContacts(application);
    const appointment = steps.find((s) => s.step === "appointment_set")?.note;
    const appointmentAt =
      appointment && !steps.some((s) => s.step === "loaded_on_hsm") ? new Date(appointment) : undefined;
    return {
      orderNo: application.orderNo,
      medium: application.medium,
      status: application.status,
      amountKurus: application.amountKurus,
      paid: payment !== undefined,
      paymentPostsAt: payment && !payment.postedAt ? payment.postsAt : undefined,
      steps: steps.map((s) => ({ step: s.step, at: s.at })),
      delivery: delivery ? { status: delivery.status, trackingNo: delivery.trackingNo } : undefined,
      ...(revoked?.revokedAt ? { revokedAt: revoked.revokedAt } : {}),
      ...(contactsToProve.length > 0 ? { contactsToProve } : {}),
      ...(appointmentAt && !Number.isNaN(appointmentAt.getTime()) ? { appointmentAt } : {}),
    };
  }

  adviseMedium(facts: {
    invoicesPerMinute?: number;
    severalSigners?: boolean;
    branches?: boolean;
  }): MediumAdvice {
    return adviseMedium(facts);
  }

  prices() {
    return { ...this.deps.config.prices };
  }

  startVerification(
    request: { conversationId: string; subject: string } & ClientNetworkHint & CustomerLocaleHint,
  ): Promise<CodeSent> {
    return this.verification.start(request);
  }

  verifyCode(request: { conversationId: string; code: string }) {
    return this.verification.verify(request);
  }

  verifiedSubject(conversationId: string): Promise<string | undefined> {
    return this.verification.verifiedSubject(conversationId);
  }

  startContactUpdate(
    request: { conversationId: string; kind: "email" | "phone"; newValue: string } & ClientNetworkHint &
      CustomerLocaleHint,
  ) {
    return this.contacts.start(request);
  }

  sendApplicationContactCodes(
    request: { conversationId: string; orderNo: string; later?: boolean } & ClientNetworkHint &
      CustomerLocaleHint,
  ) {
    return this.contactProofs.send(request);
  }

  confirmApplicationContact(request: { conversationId: string; kind: "email" | "phone"; code: string }) {
    return this.contactProofs.confirm(request);
  }

  confirmContactUpdate(request: { conversationId: string; code: string } & CustomerLocaleHint) {
    return this.contacts.confirm(request);
  }

  async certificatesOfVerified(conversationId: string): Promise<HeldCertificate[]> {
    const subject = await this.verification.verifiedSubject(conversationId);
    if (!subject) return [];
    const certificates = await this.deps.certificates.findByVkn(subject);
    return Promise.all(
      certificates.map(async (c) => {
        const medium = await this.#mediumOf(c);
        return medium ? { ...c, medium } : c;
      }),
    );
  }

  /**
   * The medium a certificate is on: its order's, or, for one issued without an application (operator
   * seeding), what its token's key URI names (`card-…`, `hsm-…`); undefined when neither tells.
   */
  async #mediumOf(certificate: CertificateView): Promise<Medium | undefined> {
    const order = certificate.orderId ? await this.deps.applications.byId(certificate.orderId) : undefined;
    if (order) return order.medium;
    const token = certificate.tokenUri?.toLowerCase() ?? "";
    if (/(?<![a-z])hsm(?![a-z])/.test(token)) return "hsm";
    if (/(?<![a-z])card(?![a-z])/.test(token)) return "card";
    return undefined;
  }

  async certificateStatus(serial: string): Promise<CertificateView | undefined> {
    const value = normaliseSerial(serial);
    return value ? this.deps.certificates.findBySerial(value) : undefined;
  }

  revokeByCustomer(request: { conversationId: string; serial: string; reason: "kayip" | "calinti" }) {
    return this.revocation.byCustomer(request);
  }

  /**
   * Registers a subscriber's contact directly (operator seeding, replays' `given`); an existing
   * contact is kept. The contacts count as proven, as a CA's registered contacts are.
   */
  async registerSubscriber(record: { idNumber: string; title: string; email: string; phone: string }) {
    const now = this.deps.clock.now();
    await this.deps.subscribers.markContactVerified(record.idNumber, "email", record.email, now);
    await this.deps.subscribers.markContactVerified(record.idNumber, "phone", record.phone, now);
    return this.deps.subscribers.createIfAbsent(record);
  }
}
