/**
 * Paying an order (R3.2): its own virtual POS link, made from the configured template, wherever the
 * customer is told to pay — after the application, in the order status while unpaid, and in the
 * answer to a payment question when the conversation knows an unpaid order.
 */

import { type PayableOrder, paymentUrlOf } from "../../core/ra/payment-link.ts";
import { extractEntities } from "../nlu/entities.ts";
import { linksOf } from "../self-service-links.ts";
import type { Turn } from "../turn.ts";
import { answerInfo, formatLira } from "./info.ts";

/** The order's payment link from the engine's template. */
export function orderPaymentUrl(turn: Turn, order: PayableOrder): string {
  return paymentUrlOf(linksOf(turn.deps).paymentUrlTemplate, order);
}

/**
 * The payment question: the channels, then the payment link of the order named in the message or
 * last seen in this conversation, when that order is still unpaid.
 */
export async function answerPayment(turn: Turn): Promise<void> {
  answerInfo(turn, "payment");
  const orderNo = (turn.input.raw && extractEntities(turn.input.raw).orderNo) || turn.state.lastOrderNo;
  await sayUnpaidOrderLink(turn, orderNo);
}

/** The order's own amount and payment link, when `orderNo` names an order still unpaid. */
export async function sayUnpaidOrderLink(turn: Turn, orderNo: string | undefined): Promise<void> {
  if (!orderNo) return;
  const view = await turn.deps.ra.orderStatus(orderNo);
  if (!view || view.paid) return;
  turn.say("info.payment_link", {
    orderNo: view.orderNo,
    amount: formatLira(turn, view.amountKurus),
    paymentUrl: orderPaymentUrl(turn, view),
  });
}
