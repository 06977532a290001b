/**
 * The state an order's head line names in `/mm durum` and `/mm basvuru`, in the console's language.
 * Which state it is comes from core/ra/order-state.ts, which `mm order status` reads too: an HSM
 * order in its R3.3.4 workflow by the last step recorded (what is done or awaited, never the next
 * action, which `/mm basvuru` names on its own line), any other order by its status.
 */
import type { TFunction } from "i18next";
import { orderState } from "../../core/ra/order-state.ts";
import type { OrderStatusView } from "../../core/ra/registration-authority.ts";
import { time } from "./mm-format.ts";

/** The state of order `o` as agents read it ("firmanın HSM hazırlığı bekleniyor", "üretimde", …). */
export function orderStateText(t: TFunction, o: OrderStatusView): string {
  const state = orderState(o);
  const byStatus = (status: string) => t(`order.status_${status}`, { defaultValue: status });
  if (state.kind === "status") return byStatus(state.status);
  if (state.last === "appointment_set" && o.appointmentAt)
    return t("order.hsm_state_appointment_at", { at: time(o.appointmentAt) });
  return t(`order.hsm_state_${state.last}`, { defaultValue: byStatus(o.status) });
}
