/**
 * The body of a payment notice (`POST /api/payments`): a JSON object whose fields are checked for
 * presence and JSON type in the order the contract lists them (orderNo, channel, providerRef,
 * amountKurus, receivedAt), so the first problem answered names its field. The rules on the values
 * themselves (the reference's characters, the amount of the order) stay in core's PaymentService;
 * {@link namingField} puts the field's name into its messages.
 */
import { DomainError } from "../../core/errors/domain-error.ts";
import type { ErrorCode } from "../../core/errors/error-codes.ts";
import type { PaymentNotice } from "../../core/ra/ports/payment-notice.ts";
import { domainStatus, HttpError } from "./errors.ts";

const CHANNELS = ["sanalpos", "vakifbank", "ziraat"] as const;

/** Parses and checks a notice body; throws a coded 400 {@link HttpError} naming the first field at fault. */
export function parsePaymentNotice(body: Buffer): PaymentNotice {
  const notice = jsonObject(body);
  const { orderNo, channel, providerRef, amountKurus, receivedAt } = notice;
  const refuse = (code: ErrorCode, message: string) => new HttpError(400, code, message);
  if (orderNo === undefined)
    throw refuse(
      "invalid_order_no",
      "orderNo is missing: the order number the payment is for (MM and 10 digits)",
    );
  if (typeof orderNo !== "string" || orderNo.trim() === "")
    throw refuse("invalid_order_no", "orderNo must be a string: the order number (MM and 10 digits)");
  const channels = CHANNELS.join(", ").replace(/, (?=[^,]*$)/, " or ");
  if (channel === undefined) throw refuse("invalid_payment_channel", `channel is missing: ${channels}`);
  if (!CHANNELS.includes(channel as never))
    throw refuse("invalid_payment_channel", `channel must be ${channels}`);
  if (providerRef === undefined)
    throw refuse("invalid_provider_ref", "providerRef is missing: the provider's reference of the payment");
  if (typeof providerRef !== "string")
    throw refuse("invalid_provider_ref", "providerRef must be a string of 4 to 100 word characters");
  if (amountKurus === undefined)
    throw refuse("invalid_amount", "amountKurus is missing: the amount paid in kuruş");
  // JSON types as the contract gives them: a money amount sent as a string is refused, not coerced
  if (typeof amountKurus !== "number")
    throw refuse("invalid_amount", "amountKurus must be a JSON number: a positive whole number of kuruş");
  let received: Date | undefined;
  if (receivedAt !== undefined) {
    received = typeof receivedAt === "string" ? new Date(receivedAt) : undefined;
    if (!received || Number.isNaN(received.getTime()))
      throw refuse("invalid_received_at", "receivedAt must be an ISO-8601 time");
  }
  return {
    orderNo,
    channel: channel as PaymentNotice["channel"],
    providerRef,
    amountKurus,
    receivedAt: received,
  };
}

/**
 * A core error about one field of the notice, its message led by the field's name
 * (`providerRef: 4 to 100 word characters`); any other error as it is.
 */
export function namingField(error: unknown): unknown {
  if (!(error instanceof DomainError) || !error.field || error.message.includes(error.field)) return error;
  return new HttpError(domainStatus(error), error.code, `${error.field}: ${error.message}`);
}

/** The JSON object of a notice body; anything else is a coded 400. */
function jsonObject(body: Buffer): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(body.toString("utf8"));
  } catch {
    throw new HttpError(400, "bad_request" satisfies ErrorCode, "request body is not valid JSON");
  }
  if (typeof value !== "object" || value === null || Array.isArray(value))
    throw new HttpError(400, "bad_request" satisfies ErrorCode, "request body must be a JSON object");
  return value as Record<string, unknown>;
}
