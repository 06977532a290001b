/**
 * The subject options of `mm issue` and `mm status`, checked before storage is opened: `--vkn`
 * (format, then checksum) and `--title` (the application's unvan rules), each error naming its
 * option or field.
 */
import { DomainError } from "../../../core/errors/domain-error.ts";
import { isErrorCode } from "../../../core/errors/error-codes.ts";
import { isValidTckn, testModeTckns } from "../../../core/identity/tckn.ts";
import { isMaskedIdNumber, typedSubjectNumber } from "../../../core/identity/typed-subject.ts";
import { isValidVkn, testModeVkns } from "../../../core/identity/vkn.ts";
import { validateApplicationField } from "../../../core/ra/application-fields.ts";

/**
 * A `--vkn` read as the Slack console reads a VKN/TCKN (core/identity/typed-subject.ts: with its
 * label, in digit groups, pasted): 10 digits (VKN) or 11 (TCKN), else `[invalid_vkn_format]` (a
 * masked one copied from an answer said so); passing the VKN or TCKN checksum, else `[invalid_vkn]`
 * (the official test numbers pass in test mode only).
 */
export function idNumberOption(raw: string, testMode: boolean): string {
  const value = typedSubjectNumber(raw);
  if (value === undefined)
    throw new DomainError(
      "invalid_vkn_format",
      isMaskedIdNumber(raw)
        ? "--vkn is masked (as answers and logs show it): type the full VKN of 10 digits or TCKN of 11"
        : "--vkn is a VKN of 10 digits or a TCKN of 11",
    );
  const valid =
    isValidVkn(value) ||
    isValidTckn(value) ||
    (testMode && (testModeVkns.has(value) || testModeTckns.has(value)));
  if (!valid) throw new DomainError("invalid_vkn", "the VKN/TCKN fails its checksum");
  return value;
}

/**
 * A `--title`: the unvan as the application dialog takes it (core/ra/application-fields.ts), its
 * error named `--title: the unvan …` with the dialog's code (`[invalid_title]`, `[title_has_contact_data]` …).
 */
export function titleOption(raw: string): string {
  try {
    return validateApplicationField("title", raw);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    // "must have 2 to 256 characters", "contains characters that are not allowed": the unvan's
    const reason = /^(must|contains)\b/.test(error.message) ? `the unvan ${error.message}` : error.message;
    throw new DomainError(
      isErrorCode(error.code) ? error.code : "invalid_title",
      `--title: ${reason}`,
      "title",
    );
  }
}
