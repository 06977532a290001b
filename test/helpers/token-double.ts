/**
 * A token double: wraps a real PKCS#11 binding (SoftHSM) and lets a test set what SoftHSM never
 * reports — the CKF_USER_PIN_COUNT_LOW / FINAL_TRY / LOCKED flags of C_GetTokenInfo and the return
 * value of C_Login — while counting C_Login calls. Everything else goes to the real module.
 */
import { ckrName } from "../../adapters/pkcs11/binding.ts";
import { ck, type Pkcs11Binding } from "../../adapters/pkcs11/index.ts";

/** What the double reports; change it between calls. */
export interface TokenDoubleState {
  /** Flags OR-ed into every C_GetTokenInfo answer. */
  pinFlags: number;
  /** When set, C_Login fails with this CKR_* value (e.g. ck.CKR_PIN_INCORRECT) instead of logging in. */
  loginFails?: number;
  /** Like a card on its final try: a failed C_Login turns CKF_USER_PIN_LOCKED on. */
  lockOnFailedLogin?: boolean;
}

/** The double, its state and the number of C_Login calls it saw. */
export interface TokenDouble {
  binding: Pkcs11Binding;
  state: TokenDoubleState;
  readonly loginCalls: number;
}

/** Wraps `inner`. */
export function createTokenDouble(
  inner: Pkcs11Binding,
  state: TokenDoubleState = { pinFlags: 0 },
): TokenDouble {
  let loginCalls = 0;
  const binding = new Proxy(inner, {
    get(target, property, receiver) {
      if (property === "C_GetTokenInfo")
        return (slot: Buffer) => {
          const info = target.C_GetTokenInfo(slot);
          return { ...info, flags: info.flags | state.pinFlags };
        };
      if (property === "C_Login")
        return (session: Buffer, userType: number, pin?: string) => {
          loginCalls += 1;
          if (state.loginFails !== undefined)
            throw new ck.Pkcs11Error(
              `${ckrName(state.loginFails)}:${state.loginFails}`,
              state.loginFails,
              "C_Login",
            );
          try {
            return target.C_Login(session, userType, pin);
          } catch (error) {
            if (state.lockOnFailedLogin) state.pinFlags |= ck.CKF_USER_PIN_LOCKED;
            throw error;
          }
        };
      const value = Reflect.get(target, property, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  return {
    binding,
    state,
    get loginCalls() {
      return loginCalls;
    },
  };
}

/** Loads the real module at `path` (initialised with OS locking) for wrapping. */
export function loadRealBinding(path: string): Pkcs11Binding {
  const library = new ck.PKCS11();
  library.load(path);
  library.C_Initialize({ flags: ck.CKF_OS_LOCKING_OK });
  return library;
}
