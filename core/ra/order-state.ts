/**
 * Where an order stands, as the agents' console (`/mm durum`, `/mm basvuru`) and the operator CLI
 * (`mm order status`) both name it. An HSM order in its R3.3.4 workflow is not simply "in
 * production": it waits on the firm (preparing its HSM), on the appointment, on the service report
 * or on the invoice. Its state is the workflow's last recorded step; any other order (a card, an HSM
 * order not yet posted, completed or refunded) is named by its status. One function for both doors,
 * so that an operator and an agent never read two states of one order.
 */
import { type HsmStep, hsmSteps } from "./production-service.ts";
import type { OrderStatusView } from "./registration-authority.ts";

/** Statuses an HSM order has while its R3.3.4 workflow runs (in_production until the HSM load, then produced). */
const workflowStatuses: ReadonlySet<string> = new Set(["in_production", "produced"]);

/** The order's state: its status, or for an HSM order in its workflow the last step recorded. */
export type OrderState =
  | { kind: "status"; status: string }
  /** `last` is `none` while no step is recorded yet (the preparation instructions are still to send). */
  | { kind: "hsm"; last: HsmStep | "none"; next: HsmStep | undefined };

/** The R3.3.4 steps recorded on order `o`, oldest first. */
function hsmStepsDone(o: Pick<OrderStatusView, "steps">): HsmStep[] {
  return o.steps.map((s) => s.step).filter((s): s is HsmStep => (hsmSteps as readonly string[]).includes(s));
}

/** Whether order `o` is an HSM order whose R3.3.4 workflow is running. */
function inHsmWorkflow(o: Pick<OrderStatusView, "medium" | "status">): boolean {
  return o.medium === "hsm" && workflowStatuses.has(o.status);
}

/** The state of order `o` (see {@link OrderState}). */
export function orderState(o: Pick<OrderStatusView, "medium" | "status" | "steps">): OrderState {
  if (!inHsmWorkflow(o)) return { kind: "status", status: o.status };
  const done = hsmStepsDone(o);
  return { kind: "hsm", last: done.at(-1) ?? "none", next: hsmSteps[done.length] };
}

/**
 * The next step of an HSM order an agent or operator may record now, or undefined when there is
 * none: a card order, an order whose payment has not posted (the workflow starts then, R3.3), a
 * refunded or completed one.
 */
export function nextHsmStep(o: Pick<OrderStatusView, "medium" | "status" | "steps">): HsmStep | undefined {
  const state = orderState(o);
  return state.kind === "hsm" ? state.next : undefined;
}

/**
 * The state as one word for the CLI's `order` line: the status, or for an HSM order in its
 * workflow `hsm_<last step>` (`hsm_firm_ready`, `hsm_none` before the instructions are sent).
 */
export function orderStateWord(o: Pick<OrderStatusView, "medium" | "status" | "steps">): string {
  const state = orderState(o);
  return state.kind === "status" ? state.status : `hsm_${state.last}`;
}
