/**
 * The PKCS#11 binding seen by this adapter: the part of pkcs11js's `PKCS11` class it calls. Tests
 * inject a double (test/helpers/token-double.ts) that wraps the real binding to report PIN flags
 * SoftHSM never sets. The pkcs11js constants are re-exported as `ck` (pkcs11js is CommonJS: its
 * constants are only reachable through the default import under ESM).
 */
import pkcs11js from "pkcs11js";
import { KeyManagerError } from "../../core/errors/domain-error.ts";

/** pkcs11js constants and classes (CKA_*, CKM_*, CKR_*, CKF_*, Pkcs11Error, PKCS11). */
export const ck = pkcs11js;

/** A PKCS#11 handle (session, slot, object) as pkcs11js represents it. */
export type Handle = Buffer;

/** The calls of the pkcs11js `PKCS11` class this adapter uses. */
export type Pkcs11Binding = Pick<
  pkcs11js.PKCS11,
  | "C_Initialize"
  | "C_Finalize"
  | "C_GetSlotList"
  | "C_GetTokenInfo"
  | "C_GetMechanismInfo"
  | "C_GetMechanismList"
  | "C_GetSessionInfo"
  | "C_OpenSession"
  | "C_CloseSession"
  | "C_Login"
  | "C_FindObjectsInit"
  | "C_FindObjects"
  | "C_FindObjectsFinal"
  | "C_GetAttributeValue"
  | "C_SetAttributeValue"
  | "C_CreateObject"
  | "C_DestroyObject"
  | "C_GenerateKeyPair"
  | "C_SignInit"
  | "C_Sign"
>;

/** pkcs11js template types. */
export type Template = pkcs11js.Template;
/** A pkcs11js mechanism. */
export type Mechanism = pkcs11js.Mechanism;

/** The default module: SoftHSM2 as installed by the Debian package. */
export const defaultModulePath = "/usr/lib/softhsm/libsofthsm2.so";

/**
 * Initialises Cryptoki with `CKF_OS_LOCKING_OK` (without it, concurrent asynchronous calls crash
 * SoftHSM); `CKR_CRYPTOKI_ALREADY_INITIALIZED` counts as success.
 */
export function initializeCryptoki(binding: Pkcs11Binding): void {
  try {
    binding.C_Initialize({ flags: ck.CKF_OS_LOCKING_OK });
  } catch (error) {
    if (ckrOf(error) !== ck.CKR_CRYPTOKI_ALREADY_INITIALIZED) throw error;
  }
}

/** The CKR_* code of a pkcs11js error, or undefined for anything else. */
export function ckrOf(error: unknown): number | undefined {
  if (error instanceof ck.Pkcs11Error) return error.code;
  if (error && typeof error === "object" && "code" in error && typeof error.code === "number") {
    const name = (error as { message?: unknown }).message;
    if (typeof name === "string" && name.startsWith("CKR_")) return error.code;
  }
  return undefined;
}

/** The CKR_* name of a code (e.g. `CKR_PIN_INCORRECT`), for messages and audit details. */
export function ckrName(code: number): string {
  for (const [key, value] of Object.entries(ck)) if (key.startsWith("CKR_") && value === code) return key;
  return `CKR_0x${code.toString(16)}`;
}

/**
 * A loaded PKCS#11 module shared by every key manager of the process that names the same library
 * path (a library can be initialised once per process). `epoch` increases at each re-initialisation:
 * session handles of an older epoch are dead and must never be closed (their numbers are reused).
 */
export class Pkcs11Module {
  #epoch = 0;
  #users = 0;
  #gate: Promise<void> | undefined;
  #inFlight = 0;
  #live = new Set<string>();
  #drained: Array<() => void> = [];

  constructor(
    readonly binding: Pkcs11Binding,
    readonly path: string,
    private readonly owned: boolean,
  ) {
    initializeCryptoki(binding);
  }

  /** Increases at every re-initialisation. */
  get epoch(): number {
    return this.#epoch;
  }

  /** Registers one more user of the module. */
  retain(): void {
    this.#users += 1;
  }

  /**
   * Marks an operation on a session as running; a re-initialisation waits until none runs
   * (finalising under an asynchronous C_Sign would free memory the module still uses).
   */
  async enter(): Promise<void> {
    while (this.#gate) await this.#gate;
    this.#inFlight += 1;
  }

  /** Ends an operation started with {@link enter}. */
  leave(): void {
    this.#inFlight -= 1;
    if (this.#inFlight === 0) for (const wake of this.#drained.splice(0)) wake();
  }

  /**
   * Records a newly opened session handle. When the module hands out a handle this process still
   * holds, someone finalised and initialised the module behind our back (handle numbers restart):
   * every session of the current epoch is then dead, so the epoch moves on.
   */
  registerSession(handle: Handle): void {
    const key = handle.toString("hex");
    if (this.#live.has(key)) {
      this.#epoch += 1;
      this.#live.clear();
    }
    this.#live.add(key);
  }

  /** Forgets a session handle that was closed or found dead. */
  forgetSession(handle: Handle): void {
    this.#live.delete(handle.toString("hex"));
  }

  /**
   * `C_Finalize` then `C_Initialize` again, once no operation runs: the only way SoftHSM (and many
   * drivers) see a token that was created, removed or put back after initialisation. Concurrent
   * callers of the same epoch share one re-initialisation; every session of older epochs is dead.
   */
  async reinitialize(seenEpoch: number): Promise<void> {
    if (seenEpoch !== this.#epoch) return;
    if (!this.#gate) {
      this.#gate = (async () => {
        if (this.#inFlight > 0) await new Promise<void>((resolve) => this.#drained.push(resolve));
        try {
          this.binding.C_Finalize();
        } catch {
          // already finalised (e.g. by someone else): initialising again is what matters
        }
        initializeCryptoki(this.binding);
        this.#epoch += 1;
        this.#live.clear();
      })().finally(() => {
        this.#gate = undefined;
      });
    }
    await this.#gate;
  }

  /** Drops one user; the last one finalises a module this process loaded itself. */
  release(): void {
    this.#users -= 1;
    if (this.#users > 0) return;
    loaded.delete(this.path);
    if (!this.owned) return;
    try {
      this.binding.C_Finalize();
    } catch {
      // nothing left to release
    }
    try {
      (this.binding as pkcs11js.PKCS11).close();
    } catch {
      // the library is unloaded at exit anyway
    }
  }
}

const loaded = new Map<string, Pkcs11Module>();

/**
 * Opens the module at `path` (loading and initialising it once per process), or wraps an injected
 * binding. The caller must `release()` it.
 */
export function openModule(path: string, binding?: Pkcs11Binding): Pkcs11Module {
  if (binding) {
    const module = new Pkcs11Module(binding, path, false);
    module.retain();
    return module;
  }
  let module = loaded.get(path);
  if (!module) {
    const library = new ck.PKCS11();
    try {
      library.load(path);
    } catch (error) {
      throw new ModuleLoadError(path, error);
    }
    module = new Pkcs11Module(library, path, true);
    loaded.set(path, module);
  }
  module.retain();
  return module;
}

/** `module_not_found`: the library could not be loaded (missing file, not a PKCS#11 module). */
export class ModuleLoadError extends KeyManagerError {
  constructor(path: string, cause: unknown) {
    super(
      "module_not_found",
      `cannot load the PKCS#11 module ${path}: ${cause instanceof Error ? cause.message : String(cause)}`,
      undefined,
      { module: path },
    );
  }
}
