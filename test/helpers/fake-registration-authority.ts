/**
 * An in-memory RegistrationAuthority that behaves like core/ra's: 6-digit codes valid 5 minutes
 * with 3 tries, verification lasting 15 minutes, unknown subjects answered exactly like known ones
 * (nothing is sent), contact updates confirmed by a code to the new contact with the old one told,
 * idempotent submissions, customer revocation of the verified subject's certificates.
 */
import { ConflictError, NotFoundError, ValidationError } from "../../core/errors/domain-error.ts";
import type { CertificateView } from "../../core/ports/certificate-authority.ts";
import type { Clock } from "../../core/ports/clock.ts";
import { validateApplicationField } from "../../core/ra/application-fields.ts";
import { adviseMedium } from "../../core/ra/medium-advice.ts";
import { type PriceList, orderAmount } from "../../core/ra/prices.ts";
import type {
  ApplicationInput,
  CodeSent,
  OrderStatusView,
  RegistrationAuthority,
  SubmittedApplication,
} from "../../core/ra/registration-authority.ts";
import { maskEmail, maskPhone } from "../../core/privacy/mask.ts";

/** A message the fake "delivered" (e-mail or SMS). */
export interface FakeDelivery {
  to: string;
  text: string;
}

interface Challenge {
  subject: string;
  code: string;
  attempts: number;
  expiresAt: number;
  known: boolean;
  consumed: boolean;
  target?: { kind: "email" | "phone"; value: string };
}

const codeLifetimeMs = 5 * 60 * 1000;
const verifiedMs = 15 * 60 * 1000;
const maxAttempts = 3;

/** The in-memory fake of the RA facade. */
export class FakeRegistrationAuthority implements RegistrationAuthority {
  readonly subscribers = new Map<string, { title: string; email: string; phone: string }>();
  readonly certificates: CertificateView[] = [];
  readonly orders = new Map<string, { input: ApplicationInput; view: OrderStatusView }>();
  readonly deliveries: FakeDelivery[] = [];
  readonly submissions: ApplicationInput[] = [];
  readonly #challenges = new Map<string, Challenge>();
  readonly #contactChallenges = new Map<string, Challenge>();
  readonly #verified = new Map<string, { subject: string; until: number }>();
  readonly #byKey = new Map<string, SubmittedApplication>();
  #orderSeq = 0;
  #codeSeq = 0;

  constructor(
    readonly clock: Clock,
    readonly options: { prices?: PriceList; testMode?: boolean } = {},
  ) {}

  /** Seeds a subscriber with a signing and an encryption certificate; returns the signing one. */
  addCertificate(seed: {
    vkn: string;
    title: string;
    email: string;
    phone: string;
    serial?: string;
    status?: CertificateView["status"];
  }): CertificateView {
    this.subscribers.set(seed.vkn, { title: seed.title, email: seed.email, phone: seed.phone });
    const now = this.clock.now();
    const serial = seed.serial ?? `5a${(this.certificates.length + 1).toString(16).padStart(14, "0")}`;
    const base = {
      vkn: seed.vkn,
      subjectCn: seed.title,
      profile: "kamusm" as const,
      notBefore: now,
      notAfter: new Date(now.getTime() + 3 * 365 * 24 * 3600 * 1000),
      status: seed.status ?? ("valid" as const),
    };
    const signing: CertificateView = { ...base, serial, kind: "sign" };
    this.certificates.push(signing, { ...base, serial: `${serial}e`, kind: "encr" });
    return signing;
  }

  /** The last code delivered to a contact. */
  lastCodeTo(to: string): string | undefined {
    const text = [...this.deliveries].reverse().find((d) => d.to === to && /\d{6}/.test(d.text))?.text;
    return text ? /\d{6}/.exec(text)![0] : undefined;
  }

  #newCode(): string {
    this.#codeSeq += 1;
    return String((482913 + this.#codeSeq * 7919) % 1_000_000).padStart(6, "0");
  }

  async submitApplication(input: ApplicationInput): Promise<SubmittedApplication> {
    const known = this.#byKey.get(input.idempotencyKey);
    if (known) return known;
    const opts = { testMode: this.options.testMode ?? false };
    validateApplicationField(input.personType === "tuzel" ? "vkn" : "tckn", input.idNumber, opts);
    validateApplicationField(input.personType === "tuzel" ? "title" : "personName", input.title, opts);
    validateApplicationField("signerName", input.signerName, opts);
    validateApplicationField("signerTckn", input.signerTckn, opts);
    validateApplicationField("email", input.email, opts);
    validateApplicationField("phone", input.phone, opts);
    if (input.medium === "card")
      validateApplicationField("deliveryAddress", input.deliveryAddress ?? "", opts);
    else if (!input.hsm) throw new ValidationError("required", "HSM details are required", "hsm");
    this.submissions.push(input);
    this.#orderSeq += 1;
    const orderNo = `MM${String(4821093375 + this.#orderSeq).padStart(10, "0")}`;
    const amountKurus = orderAmount(this.prices(), input.medium);
    const result: SubmittedApplication = {
      orderNo,
      amountKurus,
      paymentChannels: [
        { id: "sanalpos", postingDelayBusinessDays: 0 },
        { id: "vakifbank", postingDelayBusinessDays: 1 },
        { id: "ziraat", postingDelayBusinessDays: 1 },
      ],
    };
    this.#byKey.set(input.idempotencyKey, result);
    this.orders.set(orderNo, {
      input,
      view: {
        orderNo,
        medium: input.medium,
        status: "awaiting_payment",
        amountKurus,
        paid: false,
        steps: [],
      },
    });
    return result;
  }

  async orderStatus(orderNo: string): Promise<OrderStatusView | undefined> {
    return this.orders.get(orderNo)?.view;
  }

  adviseMedium(facts: { invoicesPerMinute?: number; severalSigners?: boolean; branches?: boolean }) {
    return adviseMedium(facts);
  }

  prices(): PriceList {
    return this.options.prices ?? { card: 150_000, hsm: 1_200_000, hsmOnSiteFee: 300_000 };
  }

  #subjectKey(subject: string): string | undefined {
    if (this.subscribers.has(subject)) return subject;
    return this.certificates.find((c) => c.serial === subject.toLowerCase())?.vkn;
  }

  async startVerification(request: { conversationId: string; subject: string }): Promise<CodeSent> {
    const key = this.#subjectKey(request.subject);
    const contact = key ? this.subscribers.get(key) : undefined;
    const code = this.#newCode();
    this.#challenges.set(request.conversationId, {
      subject: key ?? request.subject,
      code,
      attempts: 0,
      expiresAt: this.clock.now().getTime() + codeLifetimeMs,
      known: contact !== undefined,
      consumed: false,
    });
    if (!contact) return { maskedEmail: "***@***", maskedPhone: "+90 5** *** ** **" };
    this.deliveries.push({ to: contact.email, text: `Mali mühür doğrulama kodunuz: ${code}` });
    this.deliveries.push({ to: contact.phone, text: `Mali mühür doğrulama kodunuz: ${code}` });
    return { maskedEmail: maskEmail(contact.email), maskedPhone: maskPhone(contact.phone) };
  }

  #check(challenge: Challenge | undefined, code: string): { ok: boolean; attemptsLeft: number } {
    if (!challenge || challenge.consumed || this.clock.now().getTime() > challenge.expiresAt)
      return { ok: false, attemptsLeft: 0 };
    if (challenge.attempts >= maxAttempts) return { ok: false, attemptsLeft: 0 };
    challenge.attempts += 1;
    if (challenge.known && code.trim() === challenge.code) {
      challenge.consumed = true;
      return { ok: true, attemptsLeft: maxAttempts - challenge.attempts };
    }
    return { ok: false, attemptsLeft: maxAttempts - challenge.attempts };
  }

  async verifyCode(request: { conversationId: string; code: string }) {
    const challenge = this.#challenges.get(request.conversationId);
    const { ok, attemptsLeft } = this.#check(challenge, request.code);
    if (ok && challenge)
      this.#verified.set(request.conversationId, {
        subject: challenge.subject,
        until: this.clock.now().getTime() + verifiedMs,
      });
    return { verified: ok, attemptsLeft };
  }

  async verifiedSubject(conversationId: string): Promise<string | undefined> {
    const v = this.#verified.get(conversationId);
    return v && v.until > this.clock.now().getTime() ? v.subject : undefined;
  }

  async #requireVerified(conversationId: string): Promise<string> {
    const subject = await this.verifiedSubject(conversationId);
    if (!subject) throw new ConflictError("not_verified", "the conversation is not verified");
    return subject;
  }

  async startContactUpdate(request: { conversationId: string; kind: "email" | "phone"; newValue: string }) {
    const subject = await this.#requireVerified(request.conversationId);
    const value = validateApplicationField(request.kind, request.newValue);
    if (this.subscribers.get(subject)?.[request.kind] === value)
      throw new ConflictError("same_contact", "this is already the registered contact", "newValue");
    const code = this.#newCode();
    this.#contactChallenges.set(request.conversationId, {
      subject,
      code,
      attempts: 0,
      expiresAt: this.clock.now().getTime() + codeLifetimeMs,
      known: true,
      consumed: false,
      target: { kind: request.kind, value },
    });
    this.deliveries.push({ to: value, text: `Yeni iletişim bilginizi doğrulama kodunuz: ${code}` });
    return { maskedTarget: request.kind === "email" ? maskEmail(value) : maskPhone(value) };
  }

  async confirmContactUpdate(request: { conversationId: string; code: string }) {
    const challenge = this.#contactChallenges.get(request.conversationId);
    const { ok, attemptsLeft } = this.#check(challenge, request.code);
    if (!ok || !challenge?.target) return { updated: false, attemptsLeft };
    const contact = this.subscribers.get(challenge.subject);
    if (contact) {
      const old = contact[challenge.target.kind];
      contact[challenge.target.kind] = challenge.target.value;
      this.deliveries.push({ to: old, text: "İletişim bilginiz güncellendi." });
    }
    return { updated: true, attemptsLeft };
  }

  /** Application contacts proven by their code, as `<kind>:<value>`. */
  readonly provenContacts = new Set<string>();

  async sendApplicationContactCodes(request: { conversationId: string; orderNo: string }): Promise<CodeSent> {
    const order = this.orders.get(request.orderNo);
    if (!order) throw new NotFoundError("unknown_order", "no such order", "orderNo");
    for (const kind of ["email", "phone"] as const) {
      const value = validateApplicationField(kind, order.input[kind]);
      const code = this.#newCode();
      this.#contactChallenges.set(`${request.conversationId}:${kind}`, {
        subject: order.input.idNumber,
        code,
        attempts: 0,
        expiresAt: this.clock.now().getTime() + 30 * 60 * 1000,
        known: true,
        consumed: false,
        target: { kind, value },
      });
      this.deliveries.push({
        to: value,
        text: `Başvurunuzdaki iletişim bilginizi doğrulama kodunuz: ${code}`,
      });
    }
    return {
      maskedEmail: maskEmail(order.input.email),
      maskedPhone: maskPhone(validateApplicationField("phone", order.input.phone)),
    };
  }

  async confirmApplicationContact(request: {
    conversationId: string;
    kind: "email" | "phone";
    code: string;
  }) {
    const challenge = this.#contactChallenges.get(`${request.conversationId}:${request.kind}`);
    const { ok, attemptsLeft } = this.#check(challenge, request.code);
    if (ok && challenge?.target)
      this.provenContacts.add(`${challenge.target.kind}:${challenge.target.value}`);
    return { confirmed: ok, attemptsLeft };
  }

  async certificatesOfVerified(conversationId: string): Promise<CertificateView[]> {
    const subject = await this.verifiedSubject(conversationId);
    return subject ? this.certificates.filter((c) => c.vkn === subject) : [];
  }

  async certificateStatus(serial: string): Promise<CertificateView | undefined> {
    return this.certificates.find((c) => c.serial === serial.toLowerCase());
  }

  async revokeByCustomer(request: { conversationId: string; serial: string; reason: "kayip" | "calinti" }) {
    const subject = await this.#requireVerified(request.conversationId);
    const cert = this.certificates.find((c) => c.serial === request.serial && c.vkn === subject);
    if (!cert) throw new NotFoundError("certificate_not_found", "no such certificate of the subject");
    if (cert.status === "revoked") throw new ConflictError("already_revoked", "already revoked");
    const at = this.clock.now();
    for (const c of this.certificates.filter(
      (x) => x.serial === cert.serial || x.serial === `${cert.serial}e`,
    )) {
      Object.assign(c, { status: "revoked", revokedAt: at, revocationReason: "keyCompromise" });
    }
    return cert;
  }
}
