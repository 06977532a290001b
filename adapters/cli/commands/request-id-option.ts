/** The `--id` of `mm revocation approve` and `mm revocation reject`, read as the Slack console reads a request number. */
import { DomainError } from "../../../core/errors/domain-error.ts";

/** Quotes and brackets around a pasted number, and the sentence punctuation after it. */
const wrapping = /^[\s"'`“”„‘’«»‹›([{<*#]+|[\s"'`“”‘’«»‹›)\]}>*.,;:!?…]+$/gu;

/**
 * `--id` as an operator pastes it from a channel message or a sentence: without the quotes or brackets
 * around it, a `#` before it and the punctuation after it (`IP-7K2M9QXA.`, `"IP-7K2M9QXA",`,
 * `#IP-7K2M9QXA`); core reads the number in any letter case. Blank is refused with `[required]`.
 */
export function requestIdOption(value: string): string {
  const id = String(value ?? "").replace(wrapping, "");
  if (!id) throw new DomainError("required", "--id must name the request (IP-…); it is blank");
  return id;
}
