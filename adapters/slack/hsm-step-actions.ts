/**
 * The HSM workflow buttons of `/mm basvuru` (R3.3.4): a step that needs nothing more is recorded at
 * the press, and the answer holding the button is replaced by the order's new state (with the next
 * step's button); "Randevu ver" and "HSM'ye yüklendi" open a modal (`views.open`) for the date or
 * the key URI on the firm's HSM. Core decides whether the step is the next one.
 */
import { DomainError, KeyManagerError } from "../../core/errors/domain-error.ts";
import { nextHsmStep } from "../../core/ra/order-state.ts";
import type { HsmStep } from "../../core/ra/production-service.ts";
import type { ActionListener, ConsoleContext, ViewListener } from "./console-context.ts";
import { parseIstanbulTime } from "./hsm-appointment-time.ts";
import { mmHsmStepModal } from "./mm-deps.ts";
import { echoTyped } from "./mm-format.ts";
import { application, failure } from "./mm-subcommands.ts";
import { answer } from "./slack-answer.ts";

const modalCallback = mmHsmStepModal;
const inputBlock = "mm_hsm_input";
const inputAction = "value";

/** The listener of the step button: records the step, or opens the modal for its date or key URI. */
export function hsmStepListener(deps: ConsoleContext): ActionListener {
  const t = deps.t;
  return async ({ ack, body, action, respond }) => {
    await ack();
    const userId = body.user.id;
    const reply = async (a: ReturnType<typeof answer>) => {
      await respond({ response_type: "ephemeral", replace_original: false, ...a });
    };
    if (!(await deps.authorised(userId, "hsm_step"))) {
      await reply(answer([t("access.refused")]));
      return;
    }
    const value = "value" in action ? String(action.value ?? "") : "";
    const [orderNo, step] = value.split(":") as [string, HsmStep];
    // a button whose step is no longer next (recorded meanwhile, by a modal or another agent) does
    // nothing: its answer is replaced by the order's state now, with the right button
    const order = await deps.ra.orderStatus(orderNo);
    if (!order) {
      await reply(answer([t("status.no_order", { orderNo: echoTyped(orderNo) })]));
      return;
    }
    if (nextHsmStep(order) !== step) {
      const stale = answer([
        t("hsm.stale_step", {
          orderNo: order.orderNo,
          step: t(`steps.${step}`, { defaultValue: echoTyped(step ?? "") }),
        }),
      ]);
      const state = await application(deps, [order.orderNo]);
      await respond({
        response_type: "ephemeral",
        replace_original: true,
        text: `${stale.text}\n${state.text}`,
        blocks: [...stale.blocks, ...state.blocks],
      });
      return;
    }
    if (step === "appointment_set" || step === "loaded_on_hsm") {
      const triggerId = "trigger_id" in body ? String(body.trigger_id) : "";
      await deps.client.views.open({
        trigger_id: triggerId,
        view: {
          type: "modal",
          callback_id: modalCallback,
          private_metadata: value,
          title: { type: "plain_text", text: t("hsm.modal_title") },
          submit: { type: "plain_text", text: t("hsm.modal_submit") },
          blocks: [
            {
              type: "input",
              block_id: inputBlock,
              label: {
                type: "plain_text",
                text: t(step === "appointment_set" ? "hsm.appointment_label" : "hsm.token_label"),
              },
              element: { type: "plain_text_input", action_id: inputAction },
            },
          ],
        },
      });
      return;
    }
    try {
      await deps.ra.production.advanceHsm({
        orderNo,
        step,
        actor: `agent:${userId}`,
        ...(step === "service_report_signed" ? { reportCopies: 2 } : {}),
      });
      // the pressed button's work is done: its answer is replaced by the order's new state
      const done = answer([t("hsm.done", { orderNo, step: t(`steps.${step}`), agent: userId })]);
      const state = await application(deps, [orderNo]);
      await respond({
        response_type: "ephemeral",
        replace_original: true,
        text: `${done.text}\n${state.text}`,
        blocks: [...done.blocks, ...state.blocks],
      });
    } catch (error) {
      await reply(failure(deps, error));
    }
  };
}

/** The listener of the step modal's submission: records the step or answers with the field's error. */
export function hsmStepModalListener(deps: ConsoleContext): ViewListener {
  const t = deps.t;
  return async ({ ack, body, view }) => {
    const userId = body.user.id;
    if (!(await deps.authorised(userId, "hsm_step"))) {
      await ack({ response_action: "errors", errors: { [inputBlock]: t("access.refused") } });
      return;
    }
    const [orderNo, step] = view.private_metadata.split(":") as [string, HsmStep];
    const typed = String(view.state.values[inputBlock]?.[inputAction]?.value ?? "").trim();
    const appointment = step === "appointment_set" ? parseIstanbulTime(typed) : undefined;
    // a day or time the calendar lacks is refused by name, never rolled over to another day
    if (appointment?.kind === "no_such_day" || appointment?.kind === "no_such_time") {
      const shown =
        appointment.kind === "no_such_day"
          ? t("hsm.appointment_no_such_day", { date: appointment.date })
          : t("hsm.appointment_no_such_time", { time: appointment.time });
      await ack({ response_action: "errors", errors: { [inputBlock]: shown } });
      return;
    }
    try {
      await deps.ra.production.advanceHsm({
        orderNo,
        step,
        actor: `agent:${userId}`,
        ...(appointment
          ? { appointmentAt: appointment.kind === "at" ? appointment.at : new Date(Number.NaN) }
          : { hsmTokenUri: typed }),
      });
      await ack();
    } catch (error) {
      await ack({ response_action: "errors", errors: { [inputBlock]: modalError(deps, step, error) } });
    }
  };
}

/**
 * The field's error for a failed step: a token or key the firm's HSM refused (`token_not_found`,
 * `pin_incorrect` …) is named, never "try again", and logged with its code; any other domain error
 * as the console words it; anything else is generic and told to the console as unexpected.
 */
function modalError(deps: ConsoleContext, step: HsmStep, error: unknown): string {
  const t = deps.t;
  if (error instanceof KeyManagerError) {
    deps.logger?.warn({ code: error.code, step }, "HSM step refused by the key manager");
    return t(`hsm.key_${error.code}`, { defaultValue: t("hsm.key_failed", { code: error.code }) });
  }
  if (error instanceof DomainError) return failure(deps, error).text;
  deps.onUnexpected?.(error);
  return t("errors.generic");
}
