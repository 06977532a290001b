/**
 * A pool of sessions on one token (found by label): sessions are opened lazily up to `size`, the
 * user logs in once (login is per application), callers get a session each and wait in a queue when
 * all are busy. When a call fails because the sessions or the token went away, the pool drops every
 * session, finds the slot again by label (re-initialising the module when the slot list itself is
 * broken, as after a SoftHSM token was removed), reopens, logs in again and retries the call once.
 * A wrong PIN is never sent twice: after a refusal every call reads the PIN source again and fails at
 * once with the stored error while it yields a PIN the token refused (only salted hashes of those are
 * kept); a changed PIN is tried, so a fixed PIN file or variable takes effect without a restart. A
 * locked PIN stays a failure, whatever the PIN source says, until `reset()` or, when the token itself
 * reported the lock (CKF_USER_PIN_LOCKED), until the token stops reporting it: the officer unblocked
 * the PIN with the SO PIN. That is checked at most once a second, and the configured PIN is then
 * tried once more, as after `reset()`.
 */
import { KeyManagerError } from "../../core/errors/domain-error.ts";
import { ck, ckrName, ckrOf, type Handle, type Pkcs11Module } from "./binding.ts";
import { areSessionsDead, isSessionLost, toKeyManagerError } from "./errors.ts";
import type { PinSource } from "./pin-source.ts";
import { RefusedPins } from "./refused-pins.ts";
import type { TokenEventType } from "./token-events.ts";

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
const minReinitIntervalMs = 1_000;
const lockCheckIntervalMs = 1_000;

/** A session pool on one token. */
export class TokenSessionPool {
  readonly #o: SessionPoolOptions;
  #slot: Handle | undefined;
  #ready = false;
  #readyEpoch = -1;
  #absenceReported = false;
  #lastReinitAttempt = Number.NEGATIVE_INFINITY;
  #connecting: Promise<void> | undefined;
  #idle: PooledSession[] = [];
  #open = 0;
  #waiters: Waiter[] = [];
  #generation = 0;
  #failure: KeyManagerError | undefined;
  readonly #refused = new RefusedPins();
  #recovering = false;
  #lostReason = "";
  #closeStale = false;
  #closed = false;
  /** The token's own flags showed the lock, so the pool can see it lifted. */
  #lockShownByToken = false;
  #lastLockCheck = Number.NEGATIVE_INFINITY;

  constructor(options: SessionPoolOptions) {
    this.#o = options;
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
    this.#failure = undefined;
    this.#refused.clear();
    this.#lockShownByToken = false;
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
      if (this.#failure?.code === "pin_locked" && !this.#lockLifted()) throw this.#failure;
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
    const failure = this.#failure;
    if (failure && this.#refused.has(pin)) throw failure;
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
          this.#refused.add(pin);
          const after = safeFlags(() => binding.C_GetTokenInfo(slot).flags);
          const locked =
            code === ck.CKR_PIN_LOCKED || (after !== undefined && (after & ck.CKF_USER_PIN_LOCKED) !== 0);
          this.#pinFailure(locked ? "pin_locked" : "pin_incorrect", after, code);
        }
        throw error;
      }
    }
    this.#failure = undefined;
    this.#refused.clear();
    this.#o.emit("login_ok", undefined, this.#recovering ? { recovery: true } : {});
    this.#slot = slot;
    this.#absenceReported = false;
    this.#readyEpoch = epoch;
    this.#idle.push({ handle, epoch, generation: this.#generation, keys: new Map() });
    this.#open = 1;
    this.#ready = true;
    if (this.#recovering) {
      this.#recovering = false;
      this.#o.emit("session_recovered", undefined, { reason: this.#lostReason });
    }
  }

  /** Finds the slot holding the token by label, re-initialising the module once when needed. */
  async #locate(): Promise<Handle> {
    const module = this.#o.module;
    let slot: Handle | undefined;
    let broken = false;
    try {
      slot = this.#findSlot();
    } catch (error) {
      if (!isSessionLost(error)) throw error;
      broken = true;
    }
    // a token created or put back after C_Initialize is only seen after a re-initialisation (SoftHSM);
    // for a token that stays absent, at most once a second per token
    if (!slot && (broken || performance.now() - this.#lastReinitAttempt >= minReinitIntervalMs)) {
      this.#lastReinitAttempt = performance.now();
      await module.reinitialize(module.epoch);
      try {
        slot = this.#findSlot();
      } catch (error) {
        if (!isSessionLost(error)) throw error;
      }
    }
    if (!slot) {
      this.#slot = undefined;
      this.#recovering = true;
      const error = new KeyManagerError(
        "token_not_found",
        `no token labelled "${this.#o.token}" is present`,
        "uri",
        {
          token: this.#o.token,
        },
      );
      if (!this.#absenceReported) this.#o.emit("token_removed", error.code);
      this.#absenceReported = true;
      throw error;
    }
    return slot;
  }

  /**
   * Whether a PIN lock the token reported is gone from its flags (an officer unblocked the PIN); if
   * so the pool is {@link reset} as an operator would. Asks the token at most once a second.
   */
  #lockLifted(): boolean {
    const now = performance.now();
    if (!this.#lockShownByToken || now - this.#lastLockCheck < lockCheckIntervalMs) return false;
    this.#lastLockCheck = now;
    let flags: number | undefined;
    try {
      const slot = this.#findSlot();
      if (slot !== undefined) flags = this.#o.module.binding.C_GetTokenInfo(slot).flags;
    } catch {
      return false;
    }
    if (flags === undefined || (flags & ck.CKF_USER_PIN_LOCKED) !== 0) return false;
    this.reset();
    this.#o.emit("pin_unblocked", undefined, { token: this.#o.token });
    return true;
  }

  #findSlot(): Handle | undefined {
    const binding = this.#o.module.binding;
    for (const slot of binding.C_GetSlotList(true)) {
      const info = binding.C_GetTokenInfo(slot);
      if (info.label.trimEnd() === this.#o.token) return slot;
    }
    return undefined;
  }

  #pinFailure(
    code: "pin_incorrect" | "pin_locked",
    flags: number | undefined,
    ckr: number | undefined,
  ): never {
    const details: Record<string, string | number | boolean> = {
      token: this.#o.token,
      pinCountLow: flags !== undefined && (flags & ck.CKF_USER_PIN_COUNT_LOW) !== 0,
      pinFinalTry: flags !== undefined && (flags & ck.CKF_USER_PIN_FINAL_TRY) !== 0,
      pinLocked: flags !== undefined && (flags & ck.CKF_USER_PIN_LOCKED) !== 0,
    };
    if (ckr !== undefined) details.ckr = ckrName(ckr);
    const message =
      code === "pin_locked"
        ? `the user PIN of token "${this.#o.token}" is locked; unblock it with the SO PIN, then reconfigure`
        : `the user PIN of token "${this.#o.token}" is incorrect; it is not retried: fix the PIN source (it is read again at the next call)` +
          (details.pinFinalTry
            ? " (one attempt left before the PIN locks)"
            : details.pinCountLow
              ? " (few attempts left)"
              : "");
    const failure = new KeyManagerError(code, message, undefined, details as Record<string, string | number>);
    this.#failure = failure;
    this.#lockShownByToken = code === "pin_locked" && details.pinLocked === true;
    this.#lastLockCheck = performance.now();
    this.#o.emit("login_failed", code, details);
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
