/**
 * The inbound side of the payment-provider port: a virtual POS callback or a bank's collection
 * file (Vakıfbank, Ziraat: the customer pays the order's debt by its number, R3.2) becomes one
 * notice, which the RA records idempotently by the provider's reference.
 */
import type { PaymentChannel } from "./payment-repository.ts";

/** A payment as a provider reports it. */
export interface PaymentNotice {
  orderNo: string;
  channel: PaymentChannel;
  providerRef: string;
  amountKurus: number;
  /** When the provider took the payment; defaults to now. */
  receivedAt?: Date;
}
