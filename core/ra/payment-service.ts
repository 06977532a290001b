/**
 * Payments (R3.2, R6.3): one payment per order, recorded idempotently by the provider's reference;
 * a virtual POS payment posts at once, a bank payment after one Turkish business day (a scheduled
 * job posts it, so a restart loses nothing); posting starts production (R3.3). Refunds only before
 * production or for a CA error.
 */
import { ConflictError, NotFoundError, ValidationError } from "../errors/domain-error.ts";
import { formatLira } from "../text/lira.ts";
import { addTurkishBusinessDays } from "./business-days.ts";
import type { PaymentNotice } from "./ports/payment-notice.ts";
import type { PaymentChannel, PaymentRecord } from "./ports/payment-repository.ts";
import type { ProductionService } from "./production-service.ts";
import type { RaDeps } from "./ra-deps.ts";
import { closeStep, holdStep, recoveryKinds, releaseStep } from "./recovery-step.ts";

const channels: ReadonlySet<PaymentChannel> = new Set(["sanalpos", "vakifbank", "ziraat"]);

/**
 * How far a notice's `receivedAt` may lie ahead of our clock (the provider's clock may run a little
 * ahead), and before the order's creation. Further ahead it is refused: it would take the order's one
 * payment and never post; further back (a payment before the order existed) it is refused too.
 */
export const RECEIVED_AT_SKEW_MS = 5 * 60_000;

/** The job kind that posts a bank payment when it reaches the CA's account. */
export const paymentPostJob = "payment_post";

/** The answer to a recorded payment. */
export interface RecordedPayment {
  paymentId: string;
  orderNo: string;
  postsAt: Date;
  posted: boolean;
  /** False when this notice had been recorded before (a repeated callback). */
  created: boolean;
}

/** Records and posts payments. */
export class PaymentService {
  constructor(
    private readonly deps: RaDeps,
    private readonly production: ProductionService,
  ) {}

  /** Records a payment notice; a repeated notice answers as the first time and records nothing. */
  async record(notice: PaymentNotice): Promise<RecordedPayment> {
    if (!channels.has(notice.channel))
      throw new ValidationError("invalid_payment_channel", "sanalpos, vakifbank or ziraat", "channel");
    if (typeof notice.providerRef !== "string" || !/^[\w:.-]{4,100}$/.test(notice.providerRef))
      throw new ValidationError("invalid_provider_ref", "4 to 100 word characters", "providerRef");
    if (!Number.isSafeInteger(notice.amountKurus) || notice.amountKurus <= 0)
      throw new ValidationError("invalid_amount", "a positive whole number of kuruş", "amountKurus");
    const application = await this.deps.applications.byOrderNo(String(notice.orderNo ?? ""));
    if (!application) throw new NotFoundError("unknown_order", "no order with this number", "orderNo");
    if (notice.amountKurus !== application.amountKurus)
      throw new ValidationError("amount_mismatch", "the amount differs from the order's", "amountKurus", {
        expected: application.amountKurus,
      });
    const now = this.deps.clock.now();
    if (notice.receivedAt && notice.receivedAt.getTime() > now.getTime() + RECEIVED_AT_SKEW_MS)
      throw new ValidationError("invalid_received_at", "receivedAt lies in the future", "receivedAt");
    // Nor long before the order existed (the same skew allowed the other way): it would post in the past.
    if (
      notice.receivedAt &&
      notice.receivedAt.getTime() < application.createdAt.getTime() - RECEIVED_AT_SKEW_MS
    )
      throw new ValidationError(
        "invalid_received_at",
        "receivedAt lies before the order was created",
        "receivedAt",
      );
    const receivedAt = notice.receivedAt ?? now;
    const postsAt = notice.channel === "sanalpos" ? receivedAt : addTurkishBusinessDays(receivedAt, 1);
    const { record, created } = await this.deps.payments.insertOrGet({
      id: this.deps.newId(),
      applicationId: application.id,
      channel: notice.channel,
      providerRef: notice.providerRef,
      amountKurus: notice.amountKurus,
      receivedAt,
      postsAt,
    });
    if (record.applicationId !== application.id)
      throw new ConflictError(
        "provider_ref_reused",
        "this provider reference paid another order",
        "providerRef",
      );
    // Also on a repeated notice: it completes a recording that a crash interrupted.
    await this.deps.applications.transition(application.id, ["awaiting_payment"], "paid");
    // A repeated notice after a crash between the insert and this entry appends it then (never twice);
    // without a recovery ledger to ask, a stored payment is taken as audited.
    const audited =
      !created && (!this.deps.recovery || (await this.#audited(application.orderNo, record.id)));
    if (!audited) {
      await this.deps.audit?.append({
        actor: `payment:${record.channel}`,
        action: "payment_recorded",
        subject: application.orderNo,
        details: {
          payment: record.id,
          amount: formatLira(record.amountKurus),
          postsAt: record.postsAt.toISOString(),
        },
      });
    }
    let posted = record.postedAt !== undefined;
    // Due: posted (again). A repeated notice completes a posting that a crash cut off, which
    // `post` finds already marked; each of its writes checks whether it was done.
    if (record.postsAt.getTime() <= now.getTime()) {
      await this.post(record.id);
      posted = true;
    } else if (!posted) {
      await this.deps.jobs.schedule({
        kind: paymentPostJob,
        payload: { paymentId: record.id },
        runAt: record.postsAt,
        uniqueKey: `${paymentPostJob}:${record.id}`,
      });
    }
    return { paymentId: record.id, orderNo: application.orderNo, postsAt: record.postsAt, posted, created };
  }

  /**
   * Whether the audit chain holds this payment's `payment_recorded` entry: one naming it. Not any
   * entry of the order since the payment was received: a receivedAt ahead of our clock (the skew
   * allowed) put the first entry before it, and another payment's entry would have counted. An
   * entry naming no payment was appended before entries named theirs; an order has one payment.
   */
  async #audited(orderNo: string, paymentId: string): Promise<boolean> {
    const entries = (await this.deps.recovery?.auditDetails("payment_recorded", orderNo)) ?? [];
    return entries.some((details) => details.payment === paymentId || details.payment === undefined);
  }

  /**
   * Posts a payment (idempotent): the amount has reached the account, so production starts (R3.3).
   * A recovery step is held from before the first write to after the last, so that a crash between
   * them is completed by the recovery sweep ({@link completePosting}) or by a repeated notice.
   */
  async post(paymentId: string): Promise<void> {
    const key = `${recoveryKinds.paymentPost}:${paymentId}`;
    // another run (a concurrent notice, the job, the sweep) is posting it and completes it
    if (!(await holdStep(this.deps, key, recoveryKinds.paymentPost, { paymentId }))) return;
    try {
      await this.completePosting(paymentId);
    } catch (error) {
      await releaseStep(this.deps, key);
      throw error;
    }
    await closeStep(this.deps, key);
  }

  /**
   * The writes of a posting, each done only if it was not: the payment marked posted, the
   * production step, the customer's e-mail, production started. What the recovery sweep runs.
   */
  async completePosting(paymentId: string): Promise<void> {
    const payment = await this.deps.payments.byId(paymentId);
    if (!payment) throw new NotFoundError("unknown_payment", "no payment with this id", "paymentId");
    if (payment.refundedAt) return;
    const now = this.deps.clock.now();
    await this.deps.payments.markPosted(payment.id, now);
    const application = await this.deps.applications.byId(payment.applicationId);
    if (!application) throw new NotFoundError("unknown_order", "the payment's order is gone", "orderNo");
    await this.production.addStepOnce(application.id, "payment_posted", `payment:${payment.channel}`);
    // Deduplicated by its key, so a re-run after a crash between the two writes still sends it once.
    await this.deps.outbox.enqueue({
      channel: "email",
      to: application.email,
      template: "payment_posted",
      params: { orderNo: application.orderNo },
      locale: application.language,
      uniqueKey: `payment_posted:${payment.id}`,
    });
    await this.production.start(application.id);
  }

  /**
   * Refunds the payment of an order (R6.3): allowed before the certificate is produced, and after
   * it only when the CA itself erred (`ca_error`).
   */
  async refund(request: {
    orderNo: string;
    reason: "ca_error" | "customer_request";
    actor: string;
  }): Promise<PaymentRecord> {
    const application = await this.deps.applications.byOrderNo(request.orderNo);
    if (!application) throw new NotFoundError("unknown_order", "no order with this number", "orderNo");
    const [payment] = await this.deps.payments.ofApplication(application.id);
    if (!payment) throw new ConflictError("not_paid", "the order has no payment", "orderNo");
    if (payment.refundedAt)
      throw new ConflictError("already_refunded", "the payment was refunded already", "orderNo");
    const produced = !["awaiting_payment", "paid", "in_production"].includes(application.status);
    if (produced && request.reason !== "ca_error")
      throw new ConflictError(
        "refund_not_allowed",
        "a produced certificate's fee is refunded only for a CA error (R6.3)",
        "reason",
      );
    const now = this.deps.clock.now();
    if (!(await this.deps.payments.markRefunded(payment.id, now, request.reason)))
      throw new ConflictError("already_refunded", "the payment was refunded already", "orderNo");
    await this.deps.applications.transition(
      application.id,
      ["awaiting_payment", "paid", "in_production", "produced", "shipped", "delivered", "completed"],
      "refunded",
    );
    await this.production.addStep(application.id, "refunded", request.actor, request.reason);
    await this.deps.audit?.append({
      actor: request.actor,
      action: "payment_refunded",
      subject: application.orderNo,
      details: { reason: request.reason },
    });
    return { ...payment, refundedAt: now, refundReason: request.reason };
  }
}
