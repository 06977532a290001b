/**
 * Applications (R3.1) and their orders (R6.1): validated in full, one record per idempotency key,
 * the amount from the configured prices, the payment channels of R3.2 on the answer.
 */
import { ConflictError, ValidationError } from "../errors/domain-error.ts";
import type { ErrorCode } from "../errors/error-codes.ts";
import { notificationLocaleOf } from "../notifications/notification-outbox.ts";
import { maskIdNumber } from "../privacy/mask.ts";
import { formatLira } from "../text/lira.ts";
import { assertApplicationBudget } from "./application-budget.ts";
import { type ApplicationField, validateApplicationField } from "./application-fields.ts";
import type { ApplicationSource } from "./application-source.ts";
import { clientNetworkOf } from "./client-network.ts";
import { gibPostalAddress, needsPostalApplication } from "./online-eligibility.ts";
import { newOrderNumber } from "./order-number.ts";
import { paymentUrlOf } from "./payment-link.ts";
import type { ApplicationRecord } from "./ports/application-repository.ts";
import { orderAmount } from "./prices.ts";
import type { RaDeps } from "./ra-deps.ts";
import type {
  ApplicationInput,
  HsmGroupFirm,
  PaymentChannelInfo,
  SubmittedApplication,
} from "./registration-authority.ts";

/** The payment channels of R3.2, with the business days a payment takes to post. */
export const paymentChannels: PaymentChannelInfo[] = [
  { id: "sanalpos", postingDelayBusinessDays: 0 },
  { id: "vakifbank", postingDelayBusinessDays: 1 },
  { id: "ziraat", postingDelayBusinessDays: 1 },
];

/** Most firms in one group HSM application. */
export const maxGroupFirms = 50;

/** Submits applications. */
export class ApplicationService {
  constructor(private readonly deps: RaDeps) {}

  /** Validates and stores an application; the same idempotency key returns the same order. */
  async submit(input: ApplicationInput): Promise<SubmittedApplication> {
    const record = this.#validated(input);
    if (record.renewalOf) await this.#checkRenewal(record.renewalOf, record.idNumber);
    await assertApplicationBudget(this.deps.applications, record, this.deps.clock.now());
    const { record: stored, created } = await this.#insert(record);
    if (!created && !sameApplication(stored, record)) {
      throw new ConflictError(
        "idempotency_key_reused",
        "this idempotency key was used for a different application",
        "idempotencyKey",
      );
    }
    // Enqueued on every submission and deduplicated by its key: a retry after a crash still sends it once.
    await this.deps.outbox.enqueue({
      channel: "email",
      to: stored.email,
      template: "application_received",
      params: {
        orderNo: stored.orderNo,
        amount: formatLira(stored.amountKurus, stored.language ?? "tr"),
        paymentUrl: paymentUrlOf(this.deps.config.paymentUrlTemplate, stored),
      },
      locale: stored.language,
      uniqueKey: `application_received:${stored.id}`,
    });
    // A retry after a crash between the insert and this entry appends it then (never twice).
    if (created || !(await this.#audited(stored))) {
      await this.deps.audit?.append({
        actor: `customer:${input.channel}`,
        action: "application_submitted",
        subject: stored.orderNo,
        details: { medium: stored.medium, idNumber: maskIdNumber(stored.idNumber) },
      });
    }
    return { orderNo: stored.orderNo, amountKurus: stored.amountKurus, paymentChannels };
  }

  /**
   * Whether the audit chain holds the stored application's `application_submitted` entry (appended
   * since it was stored). Without a recovery ledger to ask, it is taken as audited, as before.
   */
  async #audited(stored: { orderNo: string; createdAt: Date }): Promise<boolean> {
    const recovery = this.deps.recovery;
    return !recovery || (await recovery.audited("application_submitted", stored.orderNo, stored.createdAt));
  }

  /** Inserts with a fresh order number when a random one is taken (1 in 10^10 per order). */
  async #insert(record: ApplicationRecord) {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.deps.applications.insertOrGet(record);
      } catch (error) {
        if (!(error instanceof ConflictError && error.code === "order_number_taken") || attempt >= 3)
          throw error;
        record.orderNo = newOrderNumber(this.deps.random);
      }
    }
  }

  /** R8.3: a renewal names a certificate of the same holder. */
  async #checkRenewal(serial: string, idNumber: string): Promise<void> {
    const renewed = /^[0-9a-f]{1,40}$/.test(serial)
      ? await this.deps.certificates.findBySerial(serial)
      : undefined;
    if (!renewed || renewed.vkn !== idNumber)
      throw new ValidationError(
        "invalid_renewal",
        "the renewed certificate is not this holder's",
        "renewalOf",
      );
  }

  #validated(input: ApplicationInput): ApplicationRecord {
    const options = { testMode: this.deps.config.testMode };
    const field = (name: ApplicationField, value: unknown, as: string = name) => {
      if (typeof value !== "string" || value.trim() === "")
        throw new ValidationError("required", `${as} is required`, as);
      try {
        return validateApplicationField(name, value, options);
      } catch (error) {
        if (error instanceof ValidationError && error.field !== as)
          throw new ValidationError(error.code as ErrorCode, error.message, as, error.details);
        throw error;
      }
    };
    if (input.personType !== "tuzel" && input.personType !== "gercek")
      throw new ValidationError("invalid_person_type", "personType must be tuzel or gercek", "personType");
    if (input.medium !== "card" && input.medium !== "hsm")
      throw new ValidationError("invalid_medium", "medium must be card or hsm", "medium");
    if (typeof input.idempotencyKey !== "string" || !/^[\w:.-]{8,128}$/.test(input.idempotencyKey))
      throw new ValidationError("invalid_idempotency_key", "8 to 128 word characters", "idempotencyKey");
    if (input.legalForm && needsPostalApplication(input.legalForm))
      throw new ValidationError(
        "postal_application_required",
        "this legal form applies in writing to GİB (R9.1)",
        "legalForm",
        { address: `${gibPostalAddress.office}, ${gibPostalAddress.street}, ${gibPostalAddress.city}` },
      );
    const tuzel = input.personType === "tuzel";
    const idNumber = field(tuzel ? "vkn" : "tckn", input.idNumber, "idNumber");
    const title = field(tuzel ? "title" : "personName", input.title, "title");
    const record: ApplicationRecord = {
      id: this.deps.newId(),
      orderNo: newOrderNumber(this.deps.random),
      idempotencyKey: input.idempotencyKey,
      personType: input.personType,
      idNumber,
      title,
      signerName: field("signerName", input.signerName),
      signerTckn: field("signerTckn", input.signerTckn),
      email: field("email", input.email),
      phone: field("phone", input.phone),
      medium: input.medium,
      status: "awaiting_payment",
      amountKurus: orderAmount(this.deps.config.prices, input.medium),
      renewalOf: input.renewalOf?.toLowerCase(),
      channel: input.channel,
      language: notificationLocaleOf(input.locale),
      createdAt: this.deps.clock.now(),
    };
    if (input.source) record.source = sourceOf(input.source);
    if (input.medium === "card") {
      record.deliveryAddress = field("deliveryAddress", input.deliveryAddress);
    } else {
      const hsm = input.hsm;
      if (!hsm) throw new ValidationError("required", "HSM details are required for an HSM order", "hsm");
      if (!Array.isArray(hsm.group) || hsm.group.length > maxGroupFirms)
        throw new ValidationError(
          "invalid_group",
          `a group lists at most ${maxGroupFirms} firms`,
          "hsm.group",
        );
      const seen = new Set([idNumber]);
      record.hsmGroup = hsm.group.map((firm: HsmGroupFirm, i) => {
        const vkn = field("groupVkn", firm?.vkn, `hsm.group.${i}.vkn`);
        if (seen.has(vkn))
          throw new ValidationError("duplicate_group_vkn", "a firm is listed twice", `hsm.group.${i}.vkn`);
        seen.add(vkn);
        return {
          vkn,
          title: field("groupTitle", firm?.title, `hsm.group.${i}.title`),
          barcode: field("groupBarcode", firm?.barcode, `hsm.group.${i}.barcode`),
        };
      });
      record.hsmAddress = field("hsmAddress", hsm.address, "hsm.address");
      record.techName = field("techName", hsm.techName, "hsm.techName");
      record.techPhone = field("techPhone", hsm.techPhone, "hsm.techPhone");
    }
    return record;
  }
}

/**
 * The source as stored: the conversation id cut to a sane length, the client's address as its
 * network (IPv4 /32, IPv6 /64: core/ra/client-network.ts), as the code budget counts it, so that
 * the addresses of one IPv6 line are one client.
 */
function sourceOf(source: ApplicationSource): ApplicationSource {
  const conversationId = String(source.conversationId).slice(0, 200);
  const network = clientNetworkOf(source.network);
  return network ? { conversationId, network } : { conversationId };
}

function sameApplication(a: ApplicationRecord, b: ApplicationRecord): boolean {
  return a.idNumber === b.idNumber && a.medium === b.medium && a.email === b.email && a.title === b.title;
}
