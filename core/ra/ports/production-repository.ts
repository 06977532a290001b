/** Storage of production steps (R3.3.4) and card deliveries (R3.3.1, R3.3.2). */

/** One recorded step with its actor and time. */
export interface ProductionStepRecord {
  id: string;
  applicationId: string;
  step: string;
  actor: string;
  at: Date;
  note?: string;
}

/** Who received a card (R3.3.2). */
export type RecipientKind = "signatory" | "proxy" | "petition";

/** The delivery of a card. */
export interface DeliveryRecord {
  id: string;
  applicationId: string;
  status: "preparing" | "shipped" | "delivered" | "returned";
  recipientKind: RecipientKind;
  recipientName?: string;
  documents: string[];
  trackingNo?: string;
}

/** Storage port of production and delivery. */
export interface ProductionRepository {
  addStep(step: ProductionStepRecord): Promise<void>;
  steps(applicationId: string): Promise<ProductionStepRecord[]>;
  delivery(applicationId: string): Promise<DeliveryRecord | undefined>;
  /** Creates or replaces the delivery of an application. */
  saveDelivery(delivery: DeliveryRecord): Promise<void>;
}
