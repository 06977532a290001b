/**
 * The PINs a token refused, kept only as salted SHA-256 fingerprints (a random salt per process), so
 * the session pool can tell whether its PIN source still yields a refused PIN without holding that
 * PIN in clear. A PIN refused once is never sent to the token again until a login succeeds or the
 * operator resets the token: every wrong attempt brings a card or HSM closer to locking its PIN.
 */
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

const salt = randomBytes(32);
const limit = 16;

function fingerprint(pin: string): Buffer {
  return createHash("sha256").update(salt).update(pin, "utf8").digest();
}

/** Fingerprints of refused PINs of one token (at most 16, the oldest forgotten first). */
export class RefusedPins {
  #prints: Buffer[] = [];

  /** Remembers that the token refused `pin`. */
  add(pin: string): void {
    if (this.has(pin)) return;
    this.#prints.push(fingerprint(pin));
    if (this.#prints.length > limit) this.#prints.shift();
  }

  /** Whether the token refused `pin` since the last successful login or reset. */
  has(pin: string): boolean {
    const print = fingerprint(pin);
    let found = false;
    for (const known of this.#prints) if (timingSafeEqual(known, print)) found = true;
    return found;
  }

  /** Forgets every refused PIN (after a successful login or a reset). */
  clear(): void {
    this.#prints = [];
  }
}
