/**
 * From PKCS#11 return values to the coded errors of the key-manager port, and the set of return
 * values that mean "the session or token went away" (the pool recovers from those once).
 */
import { KeyManagerError } from "../../core/errors/domain-error.ts";
import { ck, ckrName, ckrOf } from "./binding.ts";

/** Return values after which the sessions are dead or the key handles stale: drop, reopen, retry once. */
const sessionLost = new Set<number>([
  ck.CKR_SESSION_HANDLE_INVALID,
  ck.CKR_SESSION_CLOSED,
  ck.CKR_DEVICE_REMOVED,
  ck.CKR_TOKEN_NOT_PRESENT,
  ck.CKR_TOKEN_NOT_RECOGNIZED,
  ck.CKR_DEVICE_ERROR,
  ck.CKR_GENERAL_ERROR,
  ck.CKR_CRYPTOKI_NOT_INITIALIZED,
  ck.CKR_USER_NOT_LOGGED_IN,
  ck.CKR_OBJECT_HANDLE_INVALID,
  ck.CKR_KEY_HANDLE_INVALID,
  ck.CKR_SLOT_ID_INVALID,
]);

/** Return values meaning the session handles themselves are gone (never close them again). */
const sessionsDead = new Set<number>([
  ck.CKR_SESSION_HANDLE_INVALID,
  ck.CKR_SESSION_CLOSED,
  ck.CKR_DEVICE_REMOVED,
  ck.CKR_TOKEN_NOT_PRESENT,
  ck.CKR_CRYPTOKI_NOT_INITIALIZED,
]);

/** Whether an error means the pool should recover (drop sessions, reopen, log in, re-find the key). */
export function isSessionLost(error: unknown): boolean {
  const code = ckrOf(error);
  return code !== undefined && sessionLost.has(code);
}

/** Whether an error means the session handles are already invalid. */
export function areSessionsDead(error: unknown): boolean {
  const code = ckrOf(error);
  return code !== undefined && sessionsDead.has(code);
}

const mechanismCodes = new Set<number>([
  ck.CKR_MECHANISM_INVALID,
  ck.CKR_MECHANISM_PARAM_INVALID,
  ck.CKR_KEY_TYPE_INCONSISTENT,
  ck.CKR_KEY_FUNCTION_NOT_PERMITTED,
  ck.CKR_KEY_SIZE_RANGE,
  ck.CKR_TEMPLATE_INCONSISTENT,
  ck.CKR_DOMAIN_PARAMS_INVALID,
]);

/** Maps any error of a PKCS#11 call to a KeyManagerError (KeyManagerErrors pass through). */
export function toKeyManagerError(error: unknown, context: string): KeyManagerError {
  if (error instanceof KeyManagerError) return error;
  const code = ckrOf(error);
  if (code === undefined)
    return new KeyManagerError(
      "pkcs11_error",
      `${context}: ${error instanceof Error ? error.message : String(error)}`,
    );
  const name = ckrName(code);
  if (code === ck.CKR_PIN_INCORRECT)
    return new KeyManagerError("pin_incorrect", `${context}: the PIN is incorrect`, undefined, { ckr: name });
  if (code === ck.CKR_PIN_LOCKED)
    return new KeyManagerError("pin_locked", `${context}: the PIN is locked`, undefined, { ckr: name });
  if (mechanismCodes.has(code))
    return new KeyManagerError(
      "mechanism_unsupported",
      `${context}: the token refused the mechanism or key (${name})`,
      undefined,
      { ckr: name },
    );
  if (code === ck.CKR_TOKEN_NOT_PRESENT || code === ck.CKR_DEVICE_REMOVED || code === ck.CKR_SLOT_ID_INVALID)
    return new KeyManagerError(
      "token_not_found",
      `${context}: the token is not present (${name})`,
      undefined,
      {
        ckr: name,
      },
    );
  return new KeyManagerError("pkcs11_error", `${context}: ${name}`, undefined, { ckr: name });
}
