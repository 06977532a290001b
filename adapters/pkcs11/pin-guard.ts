/**
 * The PIN guard of one token: a wrong PIN is never sent twice. After a refusal every login reads the
 * PIN source again and fails at once with the stored error while it yields a PIN the token refused
 * (only salted hashes of those are kept); a changed PIN is tried. A locked PIN stays a failure,
 * whatever the PIN source says, until {@link PinGuard.reset} or, when the token itself reported the
 * lock (CKF_USER_PIN_LOCKED), until the token stops reporting it (an officer unblocked the PIN with
 * the SO PIN); that is checked at most once a second.
 */
import { KeyManagerError } from "../../core/errors/domain-error.ts";
import { ck, ckrName } from "./binding.ts";
import { RefusedPins } from "./refused-pins.ts";

const lockCheckIntervalMs = 1_000;

/** PIN failure codes the guard reports. */
export type PinFailureCode = "pin_incorrect" | "pin_locked";

/** Remembers refused PINs and a lock of one token's user PIN. */
export class PinGuard {
  readonly #token: string;
  #failure: KeyManagerError | undefined;
  readonly #refused = new RefusedPins();
  /** The token's own flags showed the lock, so the guard can see it lifted. */
  #lockShownByToken = false;
  #lastLockCheck = Number.NEGATIVE_INFINITY;

  constructor(token: string) {
    this.#token = token;
  }

  /** The stored PIN failure, if any. */
  get failure(): KeyManagerError | undefined {
    return this.#failure;
  }

  /** Whether the PIN is known to be locked (every call fails until the lock is lifted or reset). */
  get locked(): boolean {
    return this.#failure?.code === "pin_locked";
  }

  /**
   * Whether a lock the token reported is gone from its flags, read by `readFlags` (undefined: the token
   * cannot be read). Asks at most once a second; the caller resets when it returns true.
   */
  lockLifted(readFlags: () => number | undefined): boolean {
    const now = performance.now();
    if (!this.#lockShownByToken || now - this.#lastLockCheck < lockCheckIntervalMs) return false;
    this.#lastLockCheck = now;
    let flags: number | undefined;
    try {
      flags = readFlags();
    } catch {
      return false;
    }
    return flags !== undefined && (flags & ck.CKF_USER_PIN_LOCKED) === 0;
  }

  /** Throws the stored failure when `pin` is one the token refused since the last success. */
  refuseKnownBad(pin: string): void {
    if (this.#failure && this.#refused.has(pin)) throw this.#failure;
  }

  /** Remembers a PIN the token refused. */
  refused(pin: string): void {
    this.#refused.add(pin);
  }

  /** A login succeeded: forgets the failure and the refused PINs. */
  loggedIn(): void {
    this.#failure = undefined;
    this.#refused.clear();
  }

  /** Forgets the failure, the refused PINs and the lock (after an operator's reset or an unblock). */
  reset(): void {
    this.#failure = undefined;
    this.#refused.clear();
    this.#lockShownByToken = false;
  }

  /**
   * Records a PIN failure and returns it, with the token's flags as details (count low, final try,
   * locked) and the PKCS#11 return value when there was one.
   */
  fail(code: PinFailureCode, flags: number | undefined, ckr: number | undefined): KeyManagerError {
    const details: Record<string, string | number | boolean> = {
      token: this.#token,
      pinCountLow: flags !== undefined && (flags & ck.CKF_USER_PIN_COUNT_LOW) !== 0,
      pinFinalTry: flags !== undefined && (flags & ck.CKF_USER_PIN_FINAL_TRY) !== 0,
      pinLocked: flags !== undefined && (flags & ck.CKF_USER_PIN_LOCKED) !== 0,
    };
    if (ckr !== undefined) details.ckr = ckrName(ckr);
    const message =
      code === "pin_locked"
        ? `the user PIN of token "${this.#token}" is locked; unblock it with the SO PIN, then reconfigure`
        : `the user PIN of token "${this.#token}" is incorrect; it is not retried: fix the PIN source (it is read again at the next call)` +
          (details.pinFinalTry
            ? " (one attempt left before the PIN locks)"
            : details.pinCountLow
              ? " (few attempts left)"
              : "");
    const failure = new KeyManagerError(code, message, undefined, details as Record<string, string | number>);
    this.#failure = failure;
    this.#lockShownByToken = code === "pin_locked" && details.pinLocked === true;
    this.#lastLockCheck = performance.now();
    return failure;
  }
}
