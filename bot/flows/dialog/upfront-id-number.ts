/**
 * The VKN or TCKN written in the message that starts a flow ("kartimiz calindi, iptal edin. vergi no
 * 323-051-2384", "VKN 323 051 2384 olan firmamız"), read in the forms the VKN question takes: digits
 * together or in groups (spaces, dots, dashes, slashes), after a label or not. Only a checksum-valid
 * number counts; an unlabelled 10-digit group starting with 5 is taken for a mobile number.
 */
import { isValidTckn } from "../../../core/identity/tckn.ts";
import { isValidVkn } from "../../../core/identity/vkn.ts";
import { extractEntities } from "../../nlu/entities.ts";
import { foldTurkish } from "../../nlu/fold.ts";

/** Digit groups joined by separators, standing apart from letters. */
const groupedRun = /(?<![\p{L}\d])\d+(?:\s*[./-]\s*\d+|\s+\d+)*(?![\p{L}\d])/gu;

/** A label of an identity number just before the digits (folded). */
const labelBefore =
  /\b(vkn\w*|vergi( kimlik)?( no| numara\w*)?|tax (id|no|number)( is)?|tckn\w*|tc( kimlik)?( no| numara\w*)?|kimlik( no| numara\w*)?|id (no|number)( is)?)\s*$/;
/** A phone label just before the digits (folded). */
const phoneBefore = /\b(tel\w*|cep\w*|gsm|mobil\w*|phone|mobile|numaram)\s*$/;

/** The checksum-valid VKN or TCKN named in a message, if any. */
export function upfrontIdNumber(raw: string): string | undefined {
  const { vkn, tckn } = extractEntities(raw);
  if (vkn ?? tckn) return vkn ?? tckn;
  for (const m of raw.matchAll(groupedRun)) {
    const digits = m[0].replace(/\D/g, "");
    const before = foldTurkish(raw.slice(Math.max(0, m.index - 30), m.index));
    if (phoneBefore.test(before)) continue;
    const labelled = labelBefore.test(before);
    if (digits.length === 10 && isValidVkn(digits) && (labelled || !digits.startsWith("5"))) return digits;
    if (digits.length === 11 && isValidTckn(digits)) return digits;
  }
  return undefined;
}
