/**
 * A VKN/TCKN as call-centre agents and operators type or paste it into a command: the one reading of
 * the Slack console (`/mm durum 323 051 2384`, adapters/slack/mm-args.ts) and of the operator CLI
 * (`mm status --vkn "VKN: 3230512384"`, adapters/cli/commands/subject-options.ts), so that a number
 * one surface takes is never refused by the other. Digits only: a number dictated in words is the
 * chat's reading (typed-number.ts `typedIdDigits`), not a command's.
 */
import { normaliseTyped } from "../text/normalise-typed.ts";
import { groupedDigits, withoutLabel } from "./typed-number.ts";

/**
 * The 10 (VKN) or 11 (TCKN) digits of `typed`, read as it looks (normalise-typed.ts: full-width or
 * other scripts' digits, a zero-width space or NBSP pasted with it), after an optional label of either
 * kind ("VKN:", "vkn:3230…", "vergi kimlik no", "T.C. kimlik no", "tax id") and in digit groups
 * ("323 051 2384", "323.051.23.84", "323-051-2384"); undefined when anything else was typed or the
 * digits are not 10 or 11. Checksums are not checked here.
 */
export function typedSubjectNumber(typed: string): string | undefined {
  const text = normaliseTyped(typed).replace(/\s+/g, " ").trim();
  for (const kind of ["vkn", "tckn"] as const) {
    const digits = groupedDigits(withoutLabel(text, kind));
    if (digits !== undefined && /^\d{10,11}$/.test(digits)) return digits;
  }
  return undefined;
}

/**
 * Whether `typed` is a VKN/TCKN as answers and logs mask it (`32******84`, `10*******46`, the bullets
 * of `32•••••84`), possibly after its label: copied back into a command it names no number, so nothing
 * may be looked up, sent, decided or revoked with it.
 */
export function isMaskedIdNumber(typed: string): boolean {
  const text = normaliseTyped(typed).replace(/\s+/g, " ").trim();
  return (["vkn", "tckn"] as const).some((kind) =>
    /^\d{1,4}[*•●∗·]{3,9}\d{1,4}$/u.test(withoutLabel(text, kind)),
  );
}
