/**
 * Where a token PIN comes from. It is read at login time (and, after the token refused a PIN, again
 * at every call, so a fixed file or variable takes effect without a restart), handed to `C_Login` and
 * forgotten: never stored in clear (a refused PIN is remembered only as a salted hash, see
 * refused-pins.ts), never logged, never in a key URI.
 */
import { readFileSync } from "node:fs";
import { KeyManagerError } from "../../core/errors/domain-error.ts";

/** Returns the user PIN of a token (by label). */
export type PinSource = (token: string) => string | Promise<string>;

/** The default source: `MM_PKCS11_PIN` from the environment, read at each login. */
export const environmentPinSource: PinSource = () => fromEnvironment("MM_PKCS11_PIN");

/**
 * A PIN source from a spec: `env:VAR` (an environment variable) or `file:path` (the first line of a
 * file, e.g. a secret mounted by the orchestrator). Fails with `invalid_pin_source`.
 */
export function pinSourceFromSpec(spec: string): PinSource {
  if (spec.startsWith("env:")) {
    const variable = spec.slice(4);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(variable))
      throw new KeyManagerError("invalid_pin_source", `"${variable}" is not an environment variable name`);
    return () => fromEnvironment(variable);
  }
  if (spec.startsWith("file:")) {
    const path = spec.slice(5);
    return () => {
      let text: string;
      try {
        text = readFileSync(path, "utf8");
      } catch {
        throw new KeyManagerError("pin_missing", `the PIN file ${path} cannot be read`);
      }
      const pin = text.split(/\r?\n/)[0] ?? "";
      if (!pin) throw new KeyManagerError("pin_missing", `the PIN file ${path} is empty`);
      return pin;
    };
  }
  throw new KeyManagerError("invalid_pin_source", "a PIN source is env:VARIABLE or file:path");
}

function fromEnvironment(variable: string): string {
  const pin = process.env[variable];
  if (!pin) throw new KeyManagerError("pin_missing", `no PIN: set ${variable}`);
  return pin;
}
