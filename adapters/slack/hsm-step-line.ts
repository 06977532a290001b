/**
 * One line of an order's steps in `/mm basvuru` and `/mm durum`: the step's name and when it was
 * recorded; the HSM appointment (R3.3.4) also shows the agreed date itself, while the order holds
 * it (`OrderStatusView.appointmentAt`, until the certificate is loaded on the HSM).
 */
import type { TFunction } from "i18next";
import type { OrderStatusView } from "../../core/ra/registration-authority.ts";
import { time } from "./mm-format.ts";

/** The bullet line of step `s` of order `o`. */
export function stepLine(
  t: TFunction,
  s: OrderStatusView["steps"][number],
  o: Pick<OrderStatusView, "appointmentAt">,
): string {
  const step = t(`steps.${s.step}`, { defaultValue: s.step });
  if (s.step === "appointment_set" && o.appointmentAt)
    return t("hsm.step_line_appointment", { step, appointment: time(o.appointmentAt), at: time(s.at) });
  return `• ${step} — ${time(s.at)}`;
}
