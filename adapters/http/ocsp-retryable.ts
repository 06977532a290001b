/**
 * Which failures behind the OCSP responder are passing ones, answered `tryLater` (RFC 6960 §2.3:
 * the client should try again) rather than `internalError`: the CA token out or its sessions lost
 * (PKCS#11), the key manager closing, the database away. Told apart by the error's stable `code`
 * (core/errors/error-codes.ts), for a generic PKCS#11 error by its CKR return value, and for the
 * database by the driver's own signs (adapters/db/storage-errors.ts: the server restarting, the
 * connection refused or dropped).
 */
import { isStorageUnavailable } from "../db/storage-errors.ts";

/** Codes of failures that go away by themselves (the token comes back, the database restarts). */
const retryableCodes = new Set([
  "token_not_found",
  "token_removed",
  "device_removed",
  "session_closed",
  "key_manager_closed",
  "pkcs11_unavailable",
  "storage_unavailable",
]);

/** PKCS#11 return values of a token or session that went away (a `pkcs11_error` with one is passing). */
const retryableCkrs = new Set([
  "CKR_DEVICE_REMOVED",
  "CKR_DEVICE_ERROR",
  "CKR_TOKEN_NOT_PRESENT",
  "CKR_SESSION_CLOSED",
  "CKR_SESSION_HANDLE_INVALID",
  "CKR_SLOT_ID_INVALID",
  "CKR_CRYPTOKI_NOT_INITIALIZED",
]);

/** Whether an OCSP request that failed with `error` should be answered `tryLater`. */
export function isRetryableOcspFailure(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  if (isStorageUnavailable(error)) return true;
  const { code, details, cause } = error as { code?: unknown; details?: { ckr?: unknown }; cause?: unknown };
  if (typeof code === "string" && retryableCodes.has(code)) return true;
  if (code === "pkcs11_error" && typeof details?.ckr === "string" && retryableCkrs.has(details.ckr))
    return true;
  return cause !== undefined && cause !== error && isRetryableOcspFailure(cause);
}
