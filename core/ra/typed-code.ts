/**
 * A one-time code as it is typed back (R5.1, `interfaces.md` §4): six digits, read out in groups
 * or not ("482913", "48 29 13", "482-913"), after a label or not ("kodum: 482 913", "my code is
 * 482913"). Every code submission of the RA reads the typed text here first, so a typo that is no
 * 6-digit code is refused (`invalid_code_format`) before any challenge is read, and spends no try;
 * the channels only choose their words for it.
 */
import { ValidationError } from "../errors/domain-error.ts";
import { groupedDigits } from "../identity/typed-number.ts";
import { splitLabel } from "../text/labelled-answer.ts";

/** Words that only introduce a code ("doğrulama kodum:", "işte kod", "the code is"), over folded text. */
const label =
  /^(?:(?:dogrulama|onay|sms|gelen|kod|kodu|kodum|kodumuz|numara|numaram|numarasi|iste|sudur|verification|code|my|the|is|it|here|number)\b[\s:=,.-]*)+/;

/** Punctuation around a code ("482913.", "\"482 913\""). */
const around = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/** The six digits of `text` when it is a code and nothing else. */
function codeDigits(text: string): string | undefined {
  const digits = groupedDigits(text.replace(around, ""));
  return digits?.length === 6 ? digits : undefined;
}

/** The six digits of a typed code (grouped digits and a label before them allowed), or undefined. */
export function readTypedCode(typed: string): string | undefined {
  const answer = splitLabel(typed, label, (rest) => codeDigits(rest.value) !== undefined);
  return codeDigits(answer.value);
}

/**
 * The six digits of a typed code; anything else is refused with `invalid_code_format` (a
 * {@link ValidationError} on `code`), which callers answer without spending a try.
 */
export function typedCodeOf(typed: string): string {
  const code = readTypedCode(String(typed ?? ""));
  if (code === undefined)
    throw new ValidationError("invalid_code_format", "a one-time code is 6 digits", "code");
  return code;
}
