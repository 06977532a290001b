/**
 * The new value a correction at the application summary carries ("hayır, telefon yanlış 0555 765 43
 * 21 olacak", "e-posta yanlış, muhasebe@ornek.com.tr olmalı"): for a field whose values have a
 * shape of their own (a phone, an e-mail address, a VKN/TCKN), the one piece of the message of that
 * shape that the field's own check takes. A name or an unvan is read only where the message marks it
 * as the right value ("unvan yanlış, doğrusu Örnek Bilişim A.Ş.", "yetkili adı Ayşe Demir olacak",
 * "the title should be Example Ltd"); addresses never are: their question is asked.
 */
import { ValidationError } from "../../../core/errors/domain-error.ts";
import type { ApplicationField } from "../../../core/ra/application-field.ts";
import { validateApplicationField } from "../../../core/ra/application-fields.ts";
import { foldTurkish } from "../../nlu/fold.ts";
import { withDottedCapitalsFolded } from "./email-letters.ts";
import { titleProblem } from "./title-answer.ts";

/** Free-text fields whose right value may be marked in a correction. */
const markedFields: readonly ApplicationField[] = ["title", "personName", "signerName", "techName"];
/** The value after a marker: "doğrusu X", "doğru hali: X", "should be X". */
const afterMarker =
  /(?:doğrusu(?: şöyle| şu)?|dogrusu|doğru hali|doğru olanı|doğru yazımı|should be|the right one is|correct (?:one|value|name|title) is)\s*[:=]?\s*(.+?)\s*!?$/iu;
/** The value between the wrong word and "olacak", "olmalı", "olsun": "unvan yanlış, X A.Ş. olacak". */
const beforeVerb =
  /(?<!\p{L})(?:yanlış|hatalı|yanlis|hatali)(?!\p{L})[\s,;:]*([^,;:]+?)\s+(?:olacak|olmalı|olmali|olmalıydı|olsun)\s*[.!]?$/iu;

/** A name or unvan marked as the right value in the message, as typed. */
function markedValue(field: ApplicationField, raw: string): string | undefined {
  const typed = (afterMarker.exec(raw) ?? beforeVerb.exec(raw))?.[1]?.trim();
  // a sentence's full stop is no part of a name; an unvan keeps its abbreviations' dots ("A.Ş.")
  const value = field === "title" ? typed : typed?.replace(/\.$/, "");
  if (!value) return undefined;
  if (field === "title" && titleProblem(value, foldTurkish(value)) !== undefined) return undefined;
  return value;
}

/** Pieces of a message shaped like a value of the field, as typed. */
function candidatesOf(field: ApplicationField, raw: string): string[] {
  if (field === "phone" || field === "techPhone")
    return (
      raw.match(/(?:\+\s*)?(?:90[\s.-]*)?\(?0?\s*5\d{2}\)?[\s.-]*\d{3}[\s.-]*\d{2}[\s.-]*\d{2}(?!\d)/g) ?? []
    );
  if (field === "email")
    return (withDottedCapitalsFolded(raw).match(/[^\s,;:<>()"'@]+@[^\s,;:<>()"'@]+/g) ?? []).map((m) =>
      m.replace(/[.!?]+$/, ""),
    );
  if (field === "vkn" || field === "tckn" || field === "signerTckn")
    return (raw.match(/(?<![\p{L}\p{N}])\d+(?:[ .-]\d+)*(?![\p{L}\p{N}])/gu) ?? []).map((m) =>
      m.replace(/\D/g, ""),
    );
  if (markedFields.includes(field)) {
    const marked = markedValue(field, raw);
    return marked === undefined ? [] : [marked];
  }
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
