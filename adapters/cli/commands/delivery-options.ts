/**
 * The options of `mm payment record`, `mm order ship` and `mm order deliver` as errors name them:
 * a choice is checked before storage is opened, and a field the RA refuses (core/ra) is reported
 * with the option it came from (`--tracking: …`) and its code, as is an order not ready for the step.
 */
import { DomainError } from "../../../core/errors/domain-error.ts";
import { isErrorCode } from "../../../core/errors/error-codes.ts";
import type { PaymentChannel } from "../../../core/ra/ports/payment-repository.ts";
import type { RecipientKind } from "../../../core/ra/ports/production-repository.ts";
import type { AssistantContext } from "./assistant-context.ts";

const paymentChannels = ["sanalpos", "vakifbank", "ziraat"] as const satisfies readonly PaymentChannel[];
const recipientKinds = ["signatory", "proxy", "petition"] as const satisfies readonly RecipientKind[];

/** "a, b or c". */
const oneOf = (choices: readonly string[]) => `${choices.slice(0, -1).join(", ")} or ${choices.at(-1)}`;

/** A `--channel` of `payment record`, else `[invalid_payment_channel]` naming the option. */
export function paymentChannelOption(value: string): PaymentChannel {
  const channel = paymentChannels.find((c) => c === value);
  if (!channel)
    throw new DomainError(
      "invalid_payment_channel",
      `--channel must be ${oneOf(paymentChannels)}`,
      "channel",
    );
  return channel;
}

/** A `--recipient` of `order deliver`, else `[invalid_recipient_kind]` naming the option. */
export function recipientOption(value: string): RecipientKind {
  const kind = recipientKinds.find((k) => k === value);
  if (!kind)
    throw new DomainError(
      "invalid_recipient_kind",
      `--recipient must be ${oneOf(recipientKinds)}`,
      "recipientKind",
    );
  return kind;
}

/** The option each RA request field comes from. */
const optionOfField: Record<string, string> = {
  channel: "--channel",
  providerRef: "--ref",
  amountKurus: "--amount",
  receivedAt: "--received-at",
  trackingNo: "--tracking",
  recipientKind: "--recipient",
  recipientName: "--name",
  documents: "--documents",
  petitionWriterInImzaSirkuleri: "--petition-writer-listed",
};

/**
 * Runs `work` (a payment, shipment or hand-over of `orderNo`); a refused field is reported naming its
 * option (`--tracking: 4 to 40 letters or digits [invalid_tracking_no]`), and an order not at the
 * step with its status and what comes first.
 */
export async function withOptionNames<T>(
  assistant: AssistantContext,
  orderNo: string,
  work: () => Promise<T>,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof DomainError) || !isErrorCode(error.code)) throw error;
    const option = error.field === undefined ? undefined : optionOfField[error.field];
    if (option) throw new DomainError(error.code, `${option}: ${error.message}`, error.field, error.details);
    if (error.code === "not_shipped" || error.code === "not_ready_to_ship")
      throw new DomainError(error.code, await notAtStep(assistant, orderNo, error.code), "orderNo");
    throw error;
  }
}

/** Why an order cannot be shipped (`not_ready_to_ship`) or handed over (`not_shipped`) now. */
async function notAtStep(
  assistant: AssistantContext,
  orderNo: string,
  code: "not_shipped" | "not_ready_to_ship",
): Promise<string> {
  const status = (await assistant.ra.orderStatus(orderNo))?.status ?? "unknown";
  if (code === "not_shipped")
    return ["delivered", "completed"].includes(status)
      ? `order ${orderNo} is ${status} already: its card was handed over`
      : `order ${orderNo} is ${status}, not shipped yet: ship it first (mm order ship)`;
  return ["shipped", "delivered", "completed"].includes(status)
    ? `order ${orderNo} is ${status} already: its card was shipped`
    : `order ${orderNo} is ${status}, not produced yet: a card is shipped once produced`;
}
