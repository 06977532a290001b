/**
 * Card delivery (R3.3.1, R3.3.2): shipped to the authorised signatory; when the signatory cannot
 * receive it, to a holder of a notarised full power of attorney, or to the person named in a
 * delivery petition written by an officer listed in the imza sirküleri and e-mailed with it.
 */
import { ConflictError, NotFoundError, ValidationError } from "../errors/domain-error.ts";
import type { ApplicationRecord } from "./ports/application-repository.ts";
import type { DeliveryRecord, RecipientKind } from "./ports/production-repository.ts";
import type { ProductionService } from "./production-service.ts";
import type { RaDeps } from "./ra-deps.ts";

/** The documents each kind of recipient needs (R3.3.2). */
export const requiredDocuments: Record<RecipientKind, readonly string[]> = {
  signatory: [],
  proxy: ["notarised_power_of_attorney"],
  petition: ["delivery_petition", "imza_sirkuleri"],
};

/** Ships and hands over cards. */
export class DeliveryService {
  constructor(
    private readonly deps: RaDeps,
    private readonly production: ProductionService,
  ) {}

  /** Records the shipment of a produced card with its tracking number. */
  async ship(request: { orderNo: string; trackingNo: string; actor: string }): Promise<DeliveryRecord> {
    const application = await this.#cardOrder(request.orderNo);
    const trackingNo = String(request.trackingNo ?? "").trim();
    if (!/^[\w-]{4,40}$/.test(trackingNo))
      throw new ValidationError("invalid_tracking_no", "4 to 40 letters or digits", "trackingNo");
    if (!(await this.deps.applications.transition(application.id, ["produced"], "shipped")))
      throw new ConflictError("not_ready_to_ship", `the order is ${application.status}`, "orderNo");
    const delivery: DeliveryRecord = {
      ...((await this.deps.production.delivery(application.id)) ?? {
        id: this.deps.newId(),
        applicationId: application.id,
        recipientKind: "signatory",
        documents: [],
      }),
      status: "shipped",
      trackingNo,
    };
    await this.deps.production.saveDelivery(delivery);
    await this.production.addStep(application.id, "shipped", request.actor, trackingNo);
    await this.deps.outbox.enqueue({
      channel: "email",
      to: application.email,
      template: "order_shipped",
      params: { orderNo: application.orderNo, trackingNo },
      locale: application.language,
      uniqueKey: `order_shipped:${application.id}`,
    });
    return delivery;
  }

  /**
   * Records the hand-over. A proxy or petition recipient needs the documents of R3.3.2; for a
   * petition the operator also confirms that its writer is listed in the imza sirküleri.
   */
  async deliver(request: {
    orderNo: string;
    recipientKind: RecipientKind;
    recipientName?: string;
    documents?: string[];
    petitionWriterInImzaSirkuleri?: boolean;
    actor: string;
  }): Promise<DeliveryRecord> {
    const application = await this.#cardOrder(request.orderNo);
    const needed = requiredDocuments[request.recipientKind];
    if (!needed)
      throw new ValidationError("invalid_recipient_kind", "signatory, proxy or petition", "recipientKind");
    const documents = [...new Set(request.documents ?? [])];
    const missing = needed.filter((d) => !documents.includes(d));
    if (missing.length)
      throw new ValidationError("missing_documents", `missing: ${missing.join(", ")}`, "documents", {
        missing: missing.join(","),
      });
    if (request.recipientKind === "petition" && request.petitionWriterInImzaSirkuleri !== true)
      throw new ValidationError(
        "petition_writer_not_in_imza_sirkuleri",
        "the petition must be written by an officer listed in the imza sirküleri",
        "petitionWriterInImzaSirkuleri",
      );
    const name = request.recipientName?.trim();
    if (request.recipientKind !== "signatory" && (!name || name.length < 3))
      throw new ValidationError("required", "the recipient's name is required", "recipientName");
    if (!(await this.deps.applications.transition(application.id, ["shipped"], "delivered")))
      throw new ConflictError("not_shipped", `the order is ${application.status}`, "orderNo");
    const current = await this.deps.production.delivery(application.id);
    const delivery: DeliveryRecord = {
      id: current?.id ?? this.deps.newId(),
      applicationId: application.id,
      status: "delivered",
      recipientKind: request.recipientKind,
      recipientName: name,
      documents,
      trackingNo: current?.trackingNo,
    };
    await this.deps.production.saveDelivery(delivery);
    await this.production.addStep(application.id, "delivered", request.actor, request.recipientKind);
    return delivery;
  }

  async #cardOrder(orderNo: string): Promise<ApplicationRecord> {
    const application = await this.deps.applications.byOrderNo(String(orderNo ?? ""));
    if (!application) throw new NotFoundError("unknown_order", "no order with this number", "orderNo");
    if (application.medium !== "card")
      throw new ConflictError("not_card_order", "an HSM order is not shipped", "orderNo");
    return application;
  }
}
