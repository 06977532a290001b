/**
 * Production (R3.3). A card order is produced the moment its payment posts: the key pair is made
 * on the card's token and the signing and encryption certificates are issued and written onto it
 * (R3.3.1). An HSM order follows the appointment workflow of R3.3.4 as explicit steps, each
 * recorded with its actor and time, in the seed's order.
 */
import { ConflictError, NotFoundError, ValidationError } from "../errors/domain-error.ts";
import { JobNotReady } from "../jobs/job-not-ready.ts";
import type { ApplicationRecord } from "./ports/application-repository.ts";
import type { RaDeps } from "./ra-deps.ts";
import { closeStep, holdStep, recoveryKinds, releaseStep } from "./recovery-step.ts";

/** The recovery step of an order's issuance. */
export function issuanceStepKey(applicationId: string): string {
  return `issuance:${applicationId}`;
}

/** The job kind that (re)tries producing a card, so a crash mid-production is resumed. */
export const produceCardJob = "produce_card";

/** The steps of the HSM workflow (R3.3.4), in order. */
export const hsmSteps = [
  "instructions_sent",
  "firm_ready",
  "appointment_set",
  "loaded_on_hsm",
  "service_report_signed",
  "invoice_sent",
] as const;
/** One HSM workflow step. */
export type HsmStep = (typeof hsmSteps)[number];

/**
 * Every step an order's record can hold: the HSM workflow's, and those the payment, production and
 * delivery record on their own. Each has a name in the agents' console (locales' `slack.steps`).
 */
export const orderSteps = [
  "payment_posted",
  "certificate_issued",
  ...hsmSteps,
  "shipped",
  "delivered",
  "refunded",
] as const;
/** One step of an order's record. */
export type OrderStep = (typeof orderSteps)[number];

/** An operator's request to record the next HSM step. */
export interface HsmStepRequest {
  orderNo: string;
  step: HsmStep;
  actor: string;
  /** appointment_set: the agreed date. */
  appointmentAt?: Date;
  /** loaded_on_hsm: the key URI on the firm's HSM where the key is generated. */
  hsmTokenUri?: string;
  /** service_report_signed: the copies signed; the seed requires two (firm and CA). */
  reportCopies?: number;
  note?: string;
}

/** Runs production. */
export class ProductionService {
  constructor(private readonly deps: RaDeps) {}

  /** Records one step of an order with its actor and the clock's time. */
  async addStep(applicationId: string, step: OrderStep, actor: string, note?: string): Promise<void> {
    await this.deps.production.addStep({
      id: this.deps.newId(),
      applicationId,
      step,
      actor,
      at: this.deps.clock.now(),
      note,
    });
  }

  /** Records a production step unless the order has it already (a completion after a crash). */
  async addStepOnce(applicationId: string, step: OrderStep, actor: string): Promise<void> {
    const steps = await this.deps.production.steps(applicationId);
    if (!steps.some((s) => s.step === step)) await this.addStep(applicationId, step, actor);
  }

  /** Starts production after the payment posted (idempotent). */
  async start(applicationId: string): Promise<void> {
    const application = await this.#application(applicationId);
    const moved = await this.deps.applications.transition(application.id, ["paid"], "in_production");
    if (application.medium === "hsm") {
      // also when a crash came between the move and the instructions (both writes are once only)
      if (moved || application.status === "in_production") await this.#hsmInstructions(application);
      return;
    }
    if (moved || application.status === "in_production") {
      await this.deps.jobs.schedule({
        kind: produceCardJob,
        payload: { applicationId },
        runAt: this.deps.clock.now(),
        uniqueKey: `${produceCardJob}:${applicationId}`,
      });
      try {
        await this.produceCard(applicationId);
      } catch {
        // The payment stays recorded; the scheduled produce_card job retries (with backoff) and
        // records the error, so a token hiccup never loses an order or fails the payment notice.
      }
    }
  }

  /**
   * The produce_card job's run: {@link produceCard}, deferred rather than failed while another run
   * (the payment notice's inline run, another instance) holds the order's issuance step, so that the
   * usual race of the job with the inline run neither spends an attempt nor logs a failure.
   */
  async runProduceCardJob(applicationId: string): Promise<void> {
    try {
      await this.produceCard(applicationId);
    } catch (error) {
      if (error instanceof ConflictError && error.code === "production_in_progress")
        throw new JobNotReady(error.message);
      throw error;
    }
  }

  /** Produces a card order's certificates on its token; safe to repeat (the engine is idempotent per order). */
  async produceCard(applicationId: string): Promise<void> {
    const application = await this.#application(applicationId);
    if (application.medium !== "card" || application.status !== "in_production") return;
    const issued = await this.#issue(application, this.deps.config.cardTokenUri(application.orderNo), "ra");
    try {
      await this.#registerSubscriber(application);
      // Every step below is idempotent and the status moves last, so a run interrupted anywhere is
      // completed by the next run of the produce_card job without a duplicate step or message.
      const steps = await this.deps.production.steps(application.id);
      if (!steps.some((s) => s.step === "certificate_issued"))
        await this.addStep(application.id, "certificate_issued", "ra", issued.signing.serial);
      if (!(await this.deps.production.delivery(application.id)))
        await this.deps.production.saveDelivery({
          id: this.deps.newId(),
          applicationId: application.id,
          status: "preparing",
          recipientKind: "signatory",
          documents: [],
        });
      await this.deps.outbox.enqueue({
        channel: "email",
        to: application.email,
        template: "certificate_issued",
        params: { orderNo: application.orderNo, serial: issued.signing.serial },
        locale: application.language,
        uniqueKey: `certificate_issued:${application.id}`,
      });
      await this.deps.applications.transition(application.id, ["in_production"], "produced");
    } catch (error) {
      await releaseStep(this.deps, issuanceStepKey(application.id));
      throw error;
    }
    await closeStep(this.deps, issuanceStepKey(application.id));
  }

  /**
   * Records the next step of an HSM order (R3.3.4); a step out of order, or any step of an order
   * whose payment has not posted, is refused.
   */
  async advanceHsm(request: HsmStepRequest): Promise<{ step: HsmStep; status: string }> {
    const application = await this.deps.applications.byOrderNo(request.orderNo);
    if (!application) throw new NotFoundError("unknown_order", "no order with this number", "orderNo");
    if (application.medium !== "hsm")
      throw new ConflictError("not_hsm_order", "this is a card order", "orderNo");
    // R3.3: the workflow starts once the payment has reached the CA's account (the order is then
    // in production); no step, least of all the issuance at loaded_on_hsm, is recorded before
    if (application.status === "awaiting_payment" || application.status === "paid")
      throw new ConflictError(
        "not_paid",
        application.status === "paid"
          ? "the order's bank payment has not posted yet; its HSM workflow starts when it does"
          : "the order is not paid; its HSM workflow starts once its payment has posted",
        "orderNo",
      );
    // R6.3: a refunded order is closed; no step is recorded on it, least of all the issuance
    if (application.status === "refunded")
      throw new ConflictError(
        "order_refunded",
        "the order's payment was refunded; its HSM workflow is closed",
        "orderNo",
      );
    const done = (await this.deps.production.steps(application.id))
      .map((s) => s.step)
      .filter((s): s is HsmStep => (hsmSteps as readonly string[]).includes(s));
    const expected = hsmSteps[done.length];
    if (!hsmSteps.includes(request.step))
      throw new ValidationError("invalid_step", "unknown HSM step", "step");
    if (request.step !== expected)
      throw new ConflictError("step_out_of_order", `the next step is ${expected ?? "none"}`, "step", {
        expected: expected ?? "none",
      });
    let note = request.note;
    if (request.step === "appointment_set") {
      const at = request.appointmentAt;
      if (
        !(at instanceof Date) ||
        Number.isNaN(at.getTime()) ||
        at.getTime() < this.deps.clock.now().getTime()
      )
        throw new ValidationError(
          "invalid_appointment",
          "a future appointment date is required",
          "appointmentAt",
        );
      note = at.toISOString();
      await this.deps.outbox.enqueue({
        channel: "email",
        to: application.email,
        template: "hsm_appointment",
        params: { orderNo: application.orderNo, date: formatIstanbulDate(at) },
        locale: application.language,
        uniqueKey: `hsm_appointment:${application.id}`,
      });
    }
    if (request.step === "loaded_on_hsm") {
      if (!request.hsmTokenUri?.startsWith("pkcs11:") && !request.hsmTokenUri?.startsWith("softkey:"))
        throw new ValidationError(
          "invalid_token_uri",
          "the key URI on the firm's HSM is required",
          "hsmTokenUri",
        );
      const issued = await this.#issue(application, request.hsmTokenUri, request.actor);
      await this.#registerSubscriber(application);
      await this.deps.applications.transition(application.id, ["in_production"], "produced");
      await closeStep(this.deps, issuanceStepKey(application.id));
      note = issued.signing.serial;
    }
    if (request.step === "service_report_signed") {
      if (request.reportCopies !== 2)
        throw new ValidationError(
          "report_needs_two_copies",
          "the service report is signed in two copies: one for the firm, one for the CA (R3.3.4)",
          "reportCopies",
        );
      note = "2 copies: firm, CA";
    }
    if (request.step === "invoice_sent") {
      await this.deps.applications.transition(application.id, ["produced"], "completed");
      await this.deps.outbox.enqueue({
        channel: "email",
        to: application.email,
        template: "invoice_sent",
        params: { orderNo: application.orderNo },
        locale: application.language,
        uniqueKey: `invoice_sent:${application.id}`,
      });
    }
    await this.addStep(application.id, request.step, request.actor, note);
    await this.deps.audit?.append({
      actor: request.actor,
      action: `hsm_${request.step}`,
      subject: application.orderNo,
      // the agreed date itself (an instant, no personal data): what the firm was e-mailed
      ...(request.step === "appointment_set" && note ? { details: { appointmentAt: note } } : {}),
    });
    const after = await this.#application(application.id);
    return { step: request.step, status: after.status };
  }

  /**
   * Issues the order's certificates as the one holder of its issuance step (issue #16): a second
   * production of the order at once (the job and the inline run, two payment notices) is refused
   * with `production_in_progress` and retried by the produce_card job, so only one runs the steps;
   * a run after a crash completes the audit entries and token writes the crash cut off.
   */
  async #issue(application: ApplicationRecord, tokenUri: string, actor: string) {
    const key = issuanceStepKey(application.id);
    const payload = { orderId: application.id, vkn: application.idNumber, actor };
    if (!(await holdStep(this.deps, key, recoveryKinds.issuance, payload)))
      throw new ConflictError(
        "production_in_progress",
        "another run is producing this order; the produce_card job retries",
        "orderNo",
      );
    try {
      const issued = await this.deps.certificates.issueForOrder({
        orderId: application.id,
        vkn: application.idNumber,
        title: application.title,
        tokenUri,
        profile: this.deps.config.profile,
        actor,
      });
      await this.deps.certificates.completeIssuance?.(payload);
      return issued;
    } catch (error) {
      // a failure the process survives (a token hiccup): the produce_card job's retry, or the
      // sweep, takes the step at once; only a crash leaves it held until its lease runs out
      await releaseStep(this.deps, key);
      throw error;
    }
  }

  async #hsmInstructions(application: ApplicationRecord): Promise<void> {
    await this.addStepOnce(application.id, "instructions_sent", "ra");
    await this.deps.outbox.enqueue({
      channel: "email",
      to: application.email,
      template: "hsm_instructions",
      params: { orderNo: application.orderNo },
      locale: application.language,
      uniqueKey: `hsm_instructions:${application.id}`,
    });
  }

  async #registerSubscriber(application: ApplicationRecord): Promise<void> {
    await this.deps.subscribers.createIfAbsent({
      idNumber: application.idNumber,
      title: application.title,
      email: application.email,
      phone: application.phone,
      ...(application.language ? { language: application.language } : {}),
    });
  }

  async #application(id: string): Promise<ApplicationRecord> {
    const application = await this.deps.applications.byId(id);
    if (!application) throw new NotFoundError("unknown_order", "no order with this id", "orderNo");
    return application;
  }
}

/** A date as customers read it in Istanbul: `25.11.2026 10:00`. */
export function formatIstanbulDate(at: Date): string {
  const local = new Date(at.getTime() + 3 * 60 * 60 * 1000);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${pad(local.getUTCDate())}.${pad(local.getUTCMonth() + 1)}.${local.getUTCFullYear()} ${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}`;
}
