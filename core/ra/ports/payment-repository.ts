/** Storage of payments (R3.2, R6.3). */

/** A payment channel (R3.2). */
export type PaymentChannel = "sanalpos" | "vakifbank" | "ziraat";

/** One payment on an order. */
export interface PaymentRecord {
  id: string;
  applicationId: string;
  channel: PaymentChannel;
  /** The provider's reference; unique, so a repeated callback records nothing new. */
  providerRef: string;
  amountKurus: number;
  receivedAt: Date;
  /** When the amount reaches the CA's account (one business day later for a bank). */
  postsAt: Date;
  postedAt?: Date;
  refundedAt?: Date;
  refundReason?: string;
}

/** Storage port of payments. */
export interface PaymentRepository {
  /**
   * Inserts the payment unless one with the same providerRef exists, which is returned instead. An
   * order takes one payment: another one for it fails with `ConflictError` `already_paid`.
   */
  insertOrGet(record: PaymentRecord): Promise<{ record: PaymentRecord; created: boolean }>;
  byId(id: string): Promise<PaymentRecord | undefined>;
  ofApplication(applicationId: string): Promise<PaymentRecord[]>;
  /** Sets postedAt once; false when it was already posted. */
  markPosted(id: string, at: Date): Promise<boolean>;
  /** Sets the refund once; false when it was already refunded. */
  markRefunded(id: string, at: Date, reason: string): Promise<boolean>;
}
