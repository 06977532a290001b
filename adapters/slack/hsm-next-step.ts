/** Which R3.3.4 step of an HSM order an agent may record next. */
import { type HsmStep, hsmSteps } from "../../core/ra/production-service.ts";
import type { OrderStatusView } from "../../core/ra/registration-authority.ts";

/**
 * The next step of an HSM order, or undefined when there is none to record now: a card order, a
 * completed workflow, or an order still awaiting its payment.
 */
export function nextHsmStep(order: OrderStatusView): HsmStep | undefined {
  if (order.medium !== "hsm" || order.status === "awaiting_payment") return undefined;
  const done = order.steps.map((s) => s.step).filter((s) => (hsmSteps as readonly string[]).includes(s));
  return hsmSteps[done.length];
}
