/**
 * The state an order's head line names in `/mm durum` and `/mm basvuru`. An HSM order in its R3.3.4
 * workflow is not simply "in production": it waits on the firm (preparing its HSM), on an
 * appointment, on the service report or on the invoice. Its state is named by the workflow's last
 * recorded step; any other order (a card, an HSM order not yet posted, completed or refunded) by
 * its status.
 */
import type { TFunction } from "i18next";
import { hsmSteps } from "../../core/ra/production-service.ts";
import type { OrderStatusView } from "../../core/ra/registration-authority.ts";
import { time } from "./mm-format.ts";

/** Statuses an HSM order has while its R3.3.4 workflow runs (in_production until the HSM load, then produced). */
const workflowStatuses = new Set(["in_production", "produced"]);

/** The state of order `o` as agents read it ("firmanın hazırlığı bekleniyor", "üretimde", …). */
export function orderStateText(t: TFunction, o: OrderStatusView): string {
  if (o.medium !== "hsm" || !workflowStatuses.has(o.status))
    return t(`order.status_${o.status}`, { defaultValue: o.status });
  const last = o.steps
    .map((s) => s.step)
    .filter((s) => (hsmSteps as readonly string[]).includes(s))
    .at(-1);
  if (last === "appointment_set" && o.appointmentAt)
    return t("order.hsm_state_appointment_at", { at: time(o.appointmentAt) });
  return t(`order.hsm_state_${last ?? "none"}`, {
    defaultValue: t(`order.status_${o.status}`, { defaultValue: o.status }),
  });
}
