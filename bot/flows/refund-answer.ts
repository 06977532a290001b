/**
 * A refund question about an order the conversation knows (R6.3: no fee for a produced certificate
 * is refunded, except for the CA's own error): an unpaid order has nothing to refund and lapses by
 * itself; a paid order not produced yet may be refunded, through an agent. A produced one, or no
 * order known, gets the rule itself (bot/flows/info.ts).
 */
import { extractEntities } from "../nlu/entities.ts";
import type { Turn } from "../turn.ts";

/** Statuses of an order whose certificate exists: the rule of R6.3 applies as it stands. */
const producedStatuses = new Set(["produced", "shipped", "delivered", "completed"]);

/** Answers for the order named or last seen; false when there is none (the caller gives the rule). */
export async function answerRefundForOrder(turn: Turn): Promise<boolean> {
  const orderNo = (turn.input.raw && extractEntities(turn.input.raw).orderNo) || turn.state.lastOrderNo;
  if (!orderNo) return false;
  const view = await turn.deps.ra.orderStatus(orderNo);
  if (!view || view.status === "refunded" || view.revokedAt) return false;
  if (!view.paid) {
    turn.say("order.refund_unpaid", { orderNo: view.orderNo });
    return true;
  }
  if (producedStatuses.has(view.status) || view.steps.some((s) => s.step === "certificate_issued"))
    return false;
  turn.say("order.refund_before_production", { orderNo: view.orderNo }, [
    { id: "i:agent", label: turn.t("menu.agent") },
  ]);
  return true;
}
