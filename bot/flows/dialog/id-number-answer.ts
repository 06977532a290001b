/**
 * A VKN or TCKN typed among words at a question that asks for one ("3230512384 kimin", "vkn miz
 * 3230512384 dir", "3230512384 numaralı firmamız"): the one number of the message is the answer
 * when there is no other; two different numbers are asked about; an 11-digit TCKN typed where a
 * 10-digit VKN is asked gets its own hint. Whose a number is, is never said here.
 */
import { ValidationError } from "../../../core/errors/domain-error.ts";
import { isValidTckn } from "../../../core/identity/tckn.ts";
import type { ApplicationField } from "../../../core/ra/application-field.ts";
import { validateApplicationField } from "../../../core/ra/application-fields.ts";
import { idNumberIn } from "../../nlu/numbers-in-text.ts";

/** The fields that take a VKN or a TCKN. */
export type IdField = Extract<ApplicationField, "vkn" | "groupVkn" | "tckn" | "signerTckn">;

/** Whether a field takes a VKN or a TCKN. */
export const isIdField = (field: string): field is IdField =>
  ["vkn", "groupVkn", "tckn", "signerTckn"].includes(field);

/** What a message with words and a number answers to an identity-number question. */
export type IdNumberAnswer =
  /** The number, validated and normalised. */
  | { kind: "value"; value: string }
  /** The one number is wrong: `code` is the reason (errors.<code>). */
  | { kind: "refused"; code: string }
  /** Several different numbers: which one? */
  | { kind: "several" }
  /** A valid 11-digit TCKN where a 10-digit VKN is asked. */
  | { kind: "tcknForVkn" };

const lengthOf = (field: IdField) => (field === "vkn" || field === "groupVkn" ? 10 : 11);

/**
 * Reads a message that is not the bare number the field's own check takes ("3230512384" and
 * "VKN: 3230512384" are left to it, as is a message with no number of the field's length):
 * undefined when the caller's usual reading applies.
 */
export function idNumberAmongWords(
  raw: string,
  field: IdField,
  options: { testMode: boolean },
): IdNumberAnswer | undefined {
  const expected = lengthOf(field);
  const reading = idNumberIn(raw);
  if (reading.kind === "none") return undefined;
  if (reading.kind === "several") return { kind: "several" };
  const digits = reading.digits;
  if (expected === 10 && digits.length === 11 && isValidTckn(digits)) return { kind: "tcknForVkn" };
  if (digits.length !== expected) return undefined;
  try {
    validateApplicationField(field, raw, options);
    return undefined;
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
  }
  try {
    return { kind: "value", value: validateApplicationField(field, digits, options) };
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    return { kind: "refused", code: error.code };
  }
}
