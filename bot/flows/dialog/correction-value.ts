/**
 * The new value a correction at the application summary carries ("hayır, telefon yanlış 0555 765 43
 * 21 olacak", "e-posta yanlış, muhasebe@ornek.com.tr olmalı"): for a field whose values have a
 * shape of their own (a phone, an e-mail address, a VKN/TCKN), the one piece of the message of that
 * shape that the field's own check takes. Free-text fields (names, unvan, addresses) are never read
 * out of a sentence: their question is asked.
 */
import { ValidationError } from "../../../core/errors/domain-error.ts";
import type { ApplicationField } from "../../../core/ra/application-field.ts";
import { validateApplicationField } from "../../../core/ra/application-fields.ts";

/** Pieces of a message shaped like a value of the field, as typed. */
function candidatesOf(field: ApplicationField, raw: string): string[] {
  if (field === "phone" || field === "techPhone")
    return (
      raw.match(/(?:\+\s*)?(?:90[\s.-]*)?\(?0?\s*5\d{2}\)?[\s.-]*\d{3}[\s.-]*\d{2}[\s.-]*\d{2}(?!\d)/g) ?? []
    );
  if (field === "email")
    return (raw.match(/[^\s,;:<>()"'@]+@[^\s,;:<>()"'@]+/g) ?? []).map((m) => m.replace(/[.!?]+$/, ""));
  if (field === "vkn" || field === "tckn" || field === "signerTckn")
    return (raw.match(/(?<![\p{L}\p{N}])\d+(?:[ .-]\d+)*(?![\p{L}\p{N}])/gu) ?? []).map((m) =>
      m.replace(/\D/g, ""),
    );
  return [];
}

/** The one valid value of the field in the message, normalised as the field's question stores it. */
export function correctionValueIn(
  field: ApplicationField,
  raw: string,
  options: { testMode: boolean },
): string | undefined {
  const values = new Set<string>();
  for (const candidate of candidatesOf(field, raw)) {
    try {
      values.add(validateApplicationField(field, candidate.trim(), options));
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
    }
  }
  return values.size === 1 ? [...values][0] : undefined;
}
