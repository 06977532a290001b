/**
 * Finding a token again, part of a pool's recovery: the slot holding the token by label, the module
 * re-initialised when the slot list itself is broken (as after a SoftHSM token was removed) or, for a
 * token that stays absent, at most once a second (a token created or put back after C_Initialize is
 * only seen after a re-initialisation). An absent token is `token_not_found`, reported once as a
 * `token_removed` event until the token is found again.
 */
import { KeyManagerError } from "../../core/errors/domain-error.ts";
import type { Handle, Pkcs11Module } from "./binding.ts";
import { isSessionLost } from "./errors.ts";
import type { TokenEventType } from "./token-events.ts";

const minReinitIntervalMs = 1_000;

/** Finds one token's slot by its label. */
export class TokenLocator {
  readonly #module: Pkcs11Module;
  readonly #token: string;
  readonly #emit: (type: TokenEventType, code?: string) => void;
  #absenceReported = false;
  #lastReinitAttempt = Number.NEGATIVE_INFINITY;

  constructor(module: Pkcs11Module, token: string, emit: (type: TokenEventType, code?: string) => void) {
    this.#module = module;
    this.#token = token;
    this.#emit = emit;
  }

  /** The slot holding the token, re-initialising the module once when needed; `token_not_found` else. */
  async locate(): Promise<Handle> {
    const module = this.#module;
    let slot: Handle | undefined;
    let broken = false;
    try {
      slot = this.findSlot();
    } catch (error) {
      if (!isSessionLost(error)) throw error;
      broken = true;
    }
    if (!slot && (broken || performance.now() - this.#lastReinitAttempt >= minReinitIntervalMs)) {
      this.#lastReinitAttempt = performance.now();
      await module.reinitialize(module.epoch);
      try {
        slot = this.findSlot();
      } catch (error) {
        if (!isSessionLost(error)) throw error;
      }
    }
    if (!slot) {
      const error = new KeyManagerError(
        "token_not_found",
        `no token labelled "${this.#token}" is present`,
        "uri",
        {
          token: this.#token,
        },
      );
      if (!this.#absenceReported) this.#emit("token_removed", error.code);
      this.#absenceReported = true;
      throw error;
    }
    return slot;
  }

  /** The token is in use again: its next absence is reported anew. */
  found(): void {
    this.#absenceReported = false;
  }

  /** The slot holding the token now, without re-initialising; throws what the slot list throws. */
  findSlot(): Handle | undefined {
    const binding = this.#module.binding;
    for (const slot of binding.C_GetSlotList(true)) {
      const info = binding.C_GetTokenInfo(slot);
      if (info.label.trimEnd() === this.#token) return slot;
    }
    return undefined;
  }
}
