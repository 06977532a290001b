/**
 * The PKCS#11 adapter: the KeyManager port over pkcs11js for smart cards and HSMs (SoftHSM2 in
 * tests). Entry point: {@link createPkcs11KeyManager}.
 */
import { KeyManagerError } from "../../core/errors/domain-error.ts";
import type { Clock } from "../../core/ports/clock.ts";
import { defaultModulePath, openModule, type Pkcs11Binding } from "./binding.ts";
import { environmentPinSource, type PinSource } from "./pin-source.ts";
import { Pkcs11KeyManager } from "./pkcs11-key-manager.ts";
import type { TokenEventListener } from "./token-events.ts";

export { ck, defaultModulePath, type Pkcs11Binding } from "./binding.ts";
export { environmentPinSource, type PinSource, pinSourceFromSpec } from "./pin-source.ts";
export { Pkcs11KeyManager } from "./pkcs11-key-manager.ts";
export { formatPkcs11Uri, type Pkcs11Uri, parsePkcs11Uri } from "./pkcs11-uri.ts";
export type { TokenEvent, TokenEventListener, TokenEventType } from "./token-events.ts";

/** Options of {@link createPkcs11KeyManager}; every one has a default. */
export interface Pkcs11KeyManagerOptions {
  /** The PKCS#11 library; default `MM_PKCS11_MODULE`, else `/usr/lib/softhsm/libsofthsm2.so`. */
  module?: string;
  /** Sessions per token (default 16, opened as needed). */
  poolSize?: number;
  /** Where the user PIN comes from at login; default `MM_PKCS11_PIN`. Never stored. */
  pinSource?: PinSource;
  /**
   * Token events (login_ok, login_failed, pin_unblocked, session_recovered, token_removed, key_generated,
   * certificate_stored) for the audit log. Called synchronously; exceptions are swallowed.
   */
  onTokenEvent?: TokenEventListener;
  /** Stamps token events (default the system clock). */
  clock?: Clock;
  /** An already loaded binding to use instead of loading `module` (tests inject a token double). */
  binding?: Pkcs11Binding;
}

/**
 * Creates the PKCS#11 key manager for `pkcs11:` key URIs (RFC 7512: `pkcs11:token=<label>;object=<key
 * label>[;id=%01…][;type=private]`). Loads and initialises the module once per process
 * (`C_Initialize` with `CKF_OS_LOCKING_OK`), keeps a pool of `poolSize` sessions per token, logs in
 * once, signs asynchronously, and recovers from lost sessions or a removed/restarted token by itself.
 *
 * Errors are `KeyManagerError`s with codes: `invalid_key_uri`, `pin_in_uri`, `pin_missing`,
 * `pin_incorrect` (a refused PIN is never sent again; the PIN source is read again at each call and a
 * changed PIN is tried once), `pin_locked` (the token stays unusable until `resetToken()`, or until
 * the token, having reported the lock in its flags, no longer does: an officer unblocked the PIN),
 * `token_not_found`, `key_not_found`, `key_exists`, `mechanism_unsupported`, `module_not_found`, `invalid_pool_size`,
 * `invalid_certificate`, `certificate_key_mismatch`, `pkcs11_error`.
 *
 * Call `close()` when done (the module is finalised when its last key manager closes).
 */
export function createPkcs11KeyManager(options: Pkcs11KeyManagerOptions = {}): Pkcs11KeyManager {
  const poolSize = options.poolSize ?? 16;
  if (!Number.isInteger(poolSize) || poolSize < 1 || poolSize > 256)
    throw new KeyManagerError("invalid_pool_size", `the session pool size must be 1–256, not ${poolSize}`);
  const path = options.module ?? process.env.MM_PKCS11_MODULE ?? defaultModulePath;
  const module = openModule(path, options.binding);
  const settings: ConstructorParameters<typeof Pkcs11KeyManager>[1] = {
    poolSize,
    pinSource: options.pinSource ?? environmentPinSource,
  };
  if (options.onTokenEvent) settings.onTokenEvent = options.onTokenEvent;
  if (options.clock) settings.clock = options.clock;
  return new Pkcs11KeyManager(module, settings);
}
