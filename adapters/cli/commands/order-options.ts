/**
 * The order options of the RA commands, checked by their shape before storage is opened (a typo is
 * answered at once and creates nothing): an order number (`--order`, `order status <orderNo>`), an
 * HSM step an operator records (`--step`) and the service report's copies (`--copies`).
 */
import { DomainError } from "../../../core/errors/domain-error.ts";
import { normaliseOrderNumber } from "../../../core/ra/order-number.ts";
import { type HsmStep, hsmSteps } from "../../../core/ra/production-service.ts";

/** An order number as typed (`MM4821093375`, `mm 4821 093375`), else `[invalid_order_no]`. */
export function orderNoOption(typed: string): string {
  const orderNo = normaliseOrderNumber(typed);
  if (!orderNo)
    throw new DomainError(
      "invalid_order_no",
      `${typed} is not an order number: MM and 10 digits, e.g. MM4821093375`,
      "orderNo",
    );
  return orderNo;
}

/**
 * The steps `order hsm-step` records: every R3.3.4 step but the first (`instructions_sent`, recorded
 * when the payment posts).
 */
export const recordableHsmSteps: readonly HsmStep[] = hsmSteps.slice(1);

/** A `--step` of `order hsm-step`, else `[invalid_step]` naming the steps. */
export function hsmStepOption(typed: string): HsmStep {
  const step = recordableHsmSteps.find((s) => s === typed);
  if (!step)
    throw new DomainError("invalid_step", `--step must be one of ${recordableHsmSteps.join(", ")}`, "step");
  return step;
}

/** A `--copies` as a whole number, else `[report_needs_two_copies]`; core wants two (R3.3.4). */
export function copiesOption(typed: string | undefined): number | undefined {
  if (typed === undefined) return undefined;
  if (!/^\d{1,3}$/.test(typed.trim()))
    throw new DomainError(
      "report_needs_two_copies",
      "--copies is the number of copies signed: the service report is signed in two (firm and CA)",
      "reportCopies",
    );
  return Number(typed);
}
