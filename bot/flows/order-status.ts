/** Order status by order number (R3.2 payment, R3.3 production and delivery). */
import { ValidationError } from "../../core/errors/domain-error.ts";
import { normaliseOrderNumber } from "../../core/ra/order-number.ts";
import type { OrderStatusView } from "../../core/ra/registration-authority.ts";
import type { OrderFlow } from "../state.ts";
import type { Turn } from "../turn.ts";
import { answerSubject } from "./certificate-status.ts";
import { offerContactProof } from "./contact-proof.ts";
import { formatDate, formatDateTime } from "./dates.ts";
import { answerCardYear } from "./dialog/card-year.ts";
import { subjectOf } from "./dialog/subject.ts";
import { orderNumberHelpAsked } from "./dialog/subject-help.ts";
import type { FlowHandler } from "./flow-handler.ts";
import { formatLira } from "./info.ts";
import { orderPaymentUrl } from "./payment.ts";

/**
 * Says `key` (which asks for the order number) and waits for the number, offering the order this
 * conversation applied for or asked about as a button. Right after an order status, the next order
 * question is about that order and is answered at once ("randevu ne zaman?", "kargom nerede?");
 * "sipariş numaramı bilmiyorum" is told where to find the number.
 */
export async function startOrderStatus(turn: Turn, key: string): Promise<void> {
  // "kart 2019 da üretildi" (after R4.3's PUK answer): the card's age, answered by R4.3, no order asked
  if (key === "info.production" && answerCardYear(turn)) return;
  const last = turn.state.lastOrderNo;
  const offered = last ? [{ id: `order:${last}`, label: last }] : undefined;
  if (turn.input.raw !== undefined && orderNumberHelpAsked(turn.input.folded)) {
    turn.state.flow = { name: "order", step: "number", misses: 0 };
    turn.say("order.number_help", undefined, offered);
    return;
  }
  if (last && turn.state.orderShown) {
    await showOrder(turn, last, { inContext: true });
    return;
  }
  turn.state.flow = { name: "order", step: "number", misses: 0 };
  turn.say(key, undefined, offered);
}

function looksLikeOrderNumber(folded: string): boolean {
  return /\bmm\s*-?\s*\d/.test(folded) || /^\d[\d\s-]{4,}$/.test(folded);
}

/**
 * A valid VKN, TCKN or certificate serial typed at the order-number question instead of an order
 * number (R10.1: the certificate status by VKN, after verification, or by serial), or undefined.
 */
function certificateSubjectOf(turn: Turn, typed: string): string | undefined {
  if (!/\d/.test(typed)) return undefined;
  try {
    return subjectOf(turn, typed);
  } catch (error) {
    if (error instanceof ValidationError) return undefined;
    throw error;
  }
}

/** The step whose line ("Son adım: kargoya verildi (…)") says what the status line says, per status. */
const stepOfStatus: Partial<Record<OrderStatusView["status"], string>> = {
  produced: "certificate_issued",
  shipped: "shipped",
  delivered: "delivered",
  refunded: "refunded",
};

function describe(turn: Turn, view: OrderStatusView): string {
  // a revoked certificate ends the order's story: no "delivery is being prepared" for a card that no longer serves
  if (view.revokedAt)
    return [
      turn.t("order.header", { orderNo: view.orderNo, medium: turn.t(`app.medium.${view.medium}`) }),
      turn.t("order.revoked", { at: formatDateTime(turn, view.revokedAt) }),
    ].join("\n");
  const last = view.steps[view.steps.length - 1];
  // one statement of the state: the last step's line (with its time) stands for a status line that
  // would say the same ("Kargoya verildi. … Son adım: kargoya verildi (…).")
  const statusInStep = last !== undefined && stepOfStatus[view.status] === last.step;
  const lines = [
    turn.t("order.header", { orderNo: view.orderNo, medium: turn.t(`app.medium.${view.medium}`) }),
    ...(statusInStep ? [] : [turn.t(`order.status.${view.status}`, { defaultValue: view.status })]),
    view.paid
      ? turn.t("order.paid", { amount: formatLira(turn, view.amountKurus) })
      : turn.t("order.unpaid", {
          amount: formatLira(turn, view.amountKurus),
          paymentUrl: orderPaymentUrl(turn, view),
        }),
  ];
  if (view.paymentPostsAt)
    lines.push(turn.t("order.posts_at", { at: formatDate(turn, view.paymentPostsAt) }));
  if (last)
    lines.push(
      turn.t("order.last_step", {
        step: turn.t(`order.step.${last.step}`, { defaultValue: last.step }),
        at: formatDateTime(turn, last.at),
      }),
    );
  if (view.appointmentAt)
    lines.push(turn.t("order.appointment", { at: formatDateTime(turn, view.appointmentAt) }));
  if (view.delivery) {
    // "Teslim edildi." after "Son adım: teslim edildi (…)"; "Kargoda." still says where the card is
    const deliverySaid = statusInStep && view.delivery.status === "delivered";
    if (!deliverySaid)
      lines.push(turn.t(`order.delivery.${view.delivery.status}`, { defaultValue: view.delivery.status }));
    if (view.delivery.trackingNo)
      lines.push(turn.t("order.tracking", { trackingNo: view.delivery.trackingNo }));
  }
  if (view.medium === "card" && !view.paid) lines.push(turn.t("order.card_after_payment"));
  return lines.join("\n");
}

/**
 * Says an order's status (`inContext`: the order of the conversation, not named in the message, and
 * how to ask about another); contacts of it still unproven are offered for proof (yes/no), only in
 * the conversation that made the application (the RA names them to no other).
 */
function tell(turn: Turn, view: OrderStatusView, inContext = false): void {
  turn.state.flow = undefined;
  turn.state.lastOrderNo = view.orderNo;
  turn.state.orderShown = true;
  turn.sayText(describe(turn, view));
  if (inContext) turn.say("order.other_order");
  if (view.contactsToProve?.length) offerContactProof(turn, view.orderNo, view.contactsToProve);
}

/** Shows an order's status by its number (given in the message); unknown numbers ask again. */
export async function showOrder(
  turn: Turn,
  orderNo: string,
  options: { inContext?: boolean } = {},
): Promise<void> {
  const view = await turn.deps.ra.orderStatus(orderNo, { conversationId: turn.ref.id });
  if (!view) {
    turn.state.flow = { name: "order", step: "number", misses: 1 };
    turn.say("order.not_found");
    return;
  }
  tell(turn, view, options.inContext);
}

/** The order status flow as the engine drives it. */
export const orderStatusFlow: FlowHandler<OrderFlow> = {
  async handle(turn, flow) {
    const typed = turn.input.button?.startsWith("order:") ? turn.input.button.slice(6) : turn.input.raw;
    if (typed === undefined) return false;
    const folded = turn.input.button ? typed.toLowerCase() : turn.input.folded;
    if (!turn.input.button && orderNumberHelpAsked(folded)) {
      turn.say("order.number_help");
      return true;
    }
    const orderNo = normaliseOrderNumber(typed);
    // "3230512384", a serial: no order number (MM and 10 digits) but a certificate's subject
    const subject = orderNo || turn.input.button ? undefined : certificateSubjectOf(turn, typed);
    if (subject) {
      turn.say("order.took_as_subject");
      await answerSubject(turn, subject);
      return true;
    }
    if (!turn.input.button && !looksLikeOrderNumber(folded)) return false;
    const view = orderNo
      ? await turn.deps.ra.orderStatus(orderNo, { conversationId: turn.ref.id })
      : undefined;
    if (!view) {
      flow.misses += 1;
      if (flow.misses >= 2) {
        turn.state.flow = undefined;
        turn.say("order.not_found_final", undefined, [{ id: "i:agent", label: turn.t("menu.agent") }]);
      } else turn.say("order.not_found");
      return true;
    }
    tell(turn, view);
    return true;
  },
  reprompt(turn) {
    turn.say("order.ask");
  },
  back() {
    return false;
  },
  expectsNumber() {
    return true;
  },
};
