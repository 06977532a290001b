/**
 * The base of every coded error of the core. `code` is stable and maps to the i18n key
 * `errors.<code>`; `field` names the input field at fault, when there is one; `details` carries
 * values for interpolation. Messages are English, for operators and logs; customers see the
 * translated `errors.<code>` text.
 */
import type { ErrorCode } from "./error-codes.ts";

export class DomainError extends Error {
  /** The registered code (core/errors/error-codes.ts). */
  readonly code: string;

  constructor(
    code: ErrorCode,
    message: string,
    readonly field?: string,
    readonly details: Record<string, string | number> = {},
  ) {
    super(message);
    this.code = code;
    this.name = new.target.name;
  }
}

/** Input that fails validation (a field and the reason). */
export class ValidationError extends DomainError {}
/** Something that does not exist (an unknown serial, order or conversation). */
export class NotFoundError extends DomainError {}
/** A request that conflicts with the current state (already revoked, already paid…). */
export class ConflictError extends DomainError {}
/** Too many attempts or requests. */
export class RateLimitError extends DomainError {}
/** A key, token or HSM problem (wrong PIN, token missing, mechanism unsupported). */
export class KeyManagerError extends DomainError {}
