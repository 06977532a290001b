/**
 * A pool of sessions on one token (found by label): sessions are opened lazily up to `size`, the
 * user logs in once (login is per application), callers get a session each and wait in a queue when
 * all are busy. When a call fails because the sessions or the token went away, the pool drops every
 * session, finds the slot again ({@link TokenLocator}), reopens, logs in again and retries the call
 * once. PINs go through the {@link PinGuard}: a wrong PIN is never sent twice, a locked PIN stays a
 * failure until `reset()` or until the token stops reporting the lock, and the configured PIN is then
 * tried once more, as after `reset()`.
 */
import { KeyManagerError } from "../../core/errors/domain-error.ts";
import { ck, ckrName, ckrOf, type Handle, type Pkcs11Module } from "./binding.ts";
import { areSessionsDead, isSessionLost, toKeyManagerError } from "./errors.ts";
import { type PinFailureCode, PinGuard } from "./pin-guard.ts";
import type { PinSource } from "./pin-source.ts";
import type { TokenEventType } from "./token-events.ts";
import { TokenLocator } from "./token-locator.ts";

/** A session lent by the pool; `keys` caches object handles found in this session. */
export interface PooledSession {
  readonly handle: Handle;
  readonly epoch: number;
  readonly generation: number;
  readonly keys: Map<string, { handle: Handle; keyType: number }>;
}

/** What a pool needs. */
export interface SessionPoolOptions {
  module: Pkcs11Module;
  token: string;
  size: number;
  pinSource: PinSource;
  emit: (type: TokenEventType, code?: string, details?: Record<string, string | number | boolean>) => void;
}

interface Waiter {
  give(session: PooledSession): void;
  retry(): void;
}

const sessionFlags = ck.CKF_SERIAL_SESSION | ck.CKF_RW_SESSION;

/** A session pool on one token. */
export class TokenSessionPool {
  readonly #o: SessionPoolOptions;
  #slot: Handle | undefined;
  #ready = false;
  #readyEpoch = -1;
  readonly #locator: TokenLocator;
  readonly #pins: PinGuard;
  #connecting: Promise<void> | undefined;
  #idle: PooledSession[] = [];
  #open = 0;
  #waiters: Waiter[] = [];
  #generation = 0;
  #recovering = false;
  #lostReason = "";
  #closeStale = false;
  #closed = false;

  constructor(options: SessionPoolOptions) {
    this.#o = options;
    this.#locator = new TokenLocator(options.module, options.token, (type, code) => options.emit(type, code));
    this.#pins = new PinGuard(options.token);
  }

  /** The token label. */
  get token(): string {
    return this.#o.token;
  }

  /** The slot the token was last found in (undefined before the first call or after a loss). */
  get slot(): Handle | undefined {
    return this.#slot;
  }

  /** Sessions currently open (idle and lent). */
  get openSessions(): number {
    return this.#open;
  }

  /**
   * Runs `work` with a session of its own. When it fails because sessions or the token went away,
   * the pool recovers and runs it once more on a fresh session.
   */
  async run<T>(work: (session: PooledSession) => Promise<T>, context: string): Promise<T> {
    try {
      return await this.#attempt(work);
    } catch (error) {
      if (!isSessionLost(error)) throw toKeyManagerError(error, context);
      try {
        return await this.#attempt(work);
      } catch (again) {
        throw toKeyManagerError(again, context);
      }
    }
  }

  /**
   * Clears a PIN failure and forgets the refused PINs, so the next call logs in again even with a PIN
   * the token refused before (after the PIN was unblocked or set on the token).
   */
  reset(): void {
    this.#pins.reset();
    this.#invalidate(this.#generation, false, "reset");
  }

  /** Closes idle sessions; lent ones close when returned. Waiting callers are refused. */
  async close(): Promise<void> {
    this.#closed = true;
    for (const session of this.#idle.splice(0)) this.#closeSession(session);
    for (const waiter of this.#waiters.splice(0)) waiter.retry();
  }

  async #attempt<T>(work: (session: PooledSession) => Promise<T>): Promise<T> {
    let session: PooledSession | undefined;
    try {
      for (;;) {
        session = await this.#acquire();
        await this.#o.module.enter();
        if (this.#isCurrent(session)) break;
        // the module was re-initialised while this caller waited: the handle is dead (or reused)
        this.#o.module.leave();
        this.#release(session);
        session = undefined;
      }
      let result: T;
      try {
        result = await work(session);
      } finally {
        this.#o.module.leave();
      }
      this.#release(session);
      return result;
    } catch (error) {
      if (isSessionLost(error)) {
        this.#lostReason = ckrName(ckrOf(error) as number);
        this.#invalidate(
          session ? session.generation : this.#generation,
          areSessionsDead(error),
          this.#lostReason,
        );
      } else if (session) {
        this.#release(session);
      }
      throw error;
    }
  }

  async #acquire(): Promise<PooledSession> {
    for (;;) {
      if (this.#closed) throw new KeyManagerError("key_manager_closed", "the PKCS#11 key manager is closed");
      // a locked PIN stays locked whatever the PIN source says; after a wrong PIN, #connect reads the
      // PIN source again and fails at once without C_Login while it still yields a refused PIN
      if (this.#pins.locked && !this.#lockLifted()) throw this.#pins.failure as KeyManagerError;
      if (this.#ready && this.#readyEpoch !== this.#o.module.epoch) {
        // the module was re-initialised (by another pool or behind our back): sessions and login are gone
        this.#lostReason = "module re-initialised";
        this.#invalidate(this.#generation, true, this.#lostReason);
      }
      if (!this.#ready) {
        this.#connecting ??= this.#connect().finally(() => {
          this.#connecting = undefined;
        });
        await this.#connecting;
        continue;
      }
      while (this.#idle.length > 0) {
        const session = this.#idle.pop() as PooledSession;
        if (this.#isCurrent(session)) return session;
        this.#drop(session);
      }
      if (this.#open < this.#o.size) {
        this.#open += 1;
        try {
          return this.#openSession();
        } catch (error) {
          this.#open -= 1;
          throw error;
        }
      }
      const handed = await new Promise<PooledSession | undefined>((resolve) => {
        this.#waiters.push({ give: resolve, retry: () => resolve(undefined) });
      });
      if (handed) return handed;
    }
  }

  #release(session: PooledSession): void {
    if (this.#closed) {
      this.#closeSession(session);
      return;
    }
    if (!this.#isCurrent(session)) {
      this.#drop(session);
      return;
    }
    const waiter = this.#waiters.shift();
    if (waiter) waiter.give(session);
    else this.#idle.push(session);
  }

  /** Lets go of a stale session; one still counted in this generation frees its place in the pool. */
  #drop(session: PooledSession): void {
    if (this.#closeStale) this.#closeSession(session);
    else this.#forget(session);
    if (session.generation === this.#generation) {
      this.#open -= 1;
      this.#waiters.shift()?.retry();
    }
  }

  #isCurrent(session: PooledSession): boolean {
    return session.generation === this.#generation && session.epoch === this.#o.module.epoch;
  }

  /** Drops every session of `generation` (once) and makes the next call reconnect. */
  #invalidate(generation: number, dead: boolean, reason: string): void {
    if (generation !== this.#generation) return;
    this.#generation += 1;
    this.#closeStale = !dead;
    for (const session of this.#idle.splice(0)) {
      if (dead) this.#forget(session);
      else this.#closeSession(session);
    }
    this.#open = 0;
    this.#ready = false;
    this.#recovering = reason !== "reset";
    for (const waiter of this.#waiters.splice(0)) waiter.retry();
  }

  async #connect(): Promise<void> {
    const slot = await this.#locate();
    const module = this.#o.module;
    const binding = module.binding;
    const before = binding.C_GetTokenInfo(slot).flags;
    if (before & ck.CKF_USER_PIN_LOCKED) this.#pinFailure("pin_locked", before, undefined);
    const pin = await this.#o.pinSource(this.#o.token);
    this.#pins.refuseKnownBad(pin);
    const handle = binding.C_OpenSession(slot, sessionFlags);
    module.registerSession(handle);
    const epoch = module.epoch;
    try {
      binding.C_Login(handle, ck.CKU_USER, pin);
    } catch (error) {
      const code = ckrOf(error);
      if (code !== ck.CKR_USER_ALREADY_LOGGED_IN) {
        this.#closeRaw(handle);
        if (code === ck.CKR_PIN_INCORRECT || code === ck.CKR_PIN_LOCKED || code === ck.CKR_PIN_LEN_RANGE) {
          this.#pins.refused(pin);
          const after = safeFlags(() => binding.C_GetTokenInfo(slot).flags);
          const locked =
            code === ck.CKR_PIN_LOCKED || (after !== undefined && (after & ck.CKF_USER_PIN_LOCKED) !== 0);
          this.#pinFailure(locked ? "pin_locked" : "pin_incorrect", after, code);
        }
        throw error;
      }
    }
    this.#pins.loggedIn();
    this.#o.emit("login_ok", undefined, this.#recovering ? { recovery: true } : {});
    this.#slot = slot;
    this.#locator.found();
    this.#readyEpoch = epoch;
    this.#idle.push({ handle, epoch, generation: this.#generation, keys: new Map() });
    this.#open = 1;
    this.#ready = true;
    if (this.#recovering) {
      this.#recovering = false;
      this.#o.emit("session_recovered", undefined, { reason: this.#lostReason });
    }
  }

  /** Finds the token's slot; while it is absent, the next login counts as a recovery. */
  async #locate(): Promise<Handle> {
    try {
      return await this.#locator.locate();
    } catch (error) {
      if (error instanceof KeyManagerError && error.code === "token_not_found") {
        this.#slot = undefined;
        this.#recovering = true;
      }
      throw error;
    }
  }

  /**
   * Whether a PIN lock the token reported is gone from its flags (an officer unblocked the PIN); if
   * so the pool is {@link reset} as an operator would.
   */
  #lockLifted(): boolean {
    const lifted = this.#pins.lockLifted(() => {
      const slot = this.#locator.findSlot();
      return slot === undefined ? undefined : this.#o.module.binding.C_GetTokenInfo(slot).flags;
    });
    if (!lifted) return false;
    this.reset();
    this.#o.emit("pin_unblocked", undefined, { token: this.#o.token });
    return true;
  }

  /** Records a PIN failure, tells the waiting callers (they fail with it too) and throws it. */
  #pinFailure(code: PinFailureCode, flags: number | undefined, ckr: number | undefined): never {
    const failure = this.#pins.fail(code, flags, ckr);
    this.#o.emit("login_failed", code, failure.details as Record<string, string | number | boolean>);
    for (const waiter of this.#waiters.splice(0)) waiter.retry();
    throw failure;
  }

  #openSession(): PooledSession {
    const module = this.#o.module;
    const handle = module.binding.C_OpenSession(this.#slot as Handle, sessionFlags);
    module.registerSession(handle);
    return { handle, epoch: module.epoch, generation: this.#generation, keys: new Map() };
  }

  #closeSession(session: PooledSession): void {
    if (session.epoch === this.#o.module.epoch) this.#closeRaw(session.handle);
  }

  /** Forgets a dead session of the current epoch (its number may be handed out again). */
  #forget(session: PooledSession): void {
    if (session.epoch === this.#o.module.epoch) this.#o.module.forgetSession(session.handle);
  }

  #closeRaw(handle: Handle): void {
    this.#o.module.forgetSession(handle);
    try {
      this.#o.module.binding.C_CloseSession(handle);
    } catch {
      // already gone
    }
  }
}

function safeFlags(read: () => number): number | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}
