import { scrypt } from "node:crypto";
import { readFileSync } from "node:fs";
import { KeyManagerError } from "../../core/errors/domain-error.ts";

/**
 * The passphrase of the software key store: `MM_KEY_PASSPHRASE`, or `MM_KEY_PASSPHRASE_SOURCE` =
 * `env:VARIABLE` / `file:path` (first line), as for the PKCS#11 PIN. Undefined when none is set.
 */
export function keyPassphraseFrom(env: {
  MM_KEY_PASSPHRASE?: string | undefined;
  MM_KEY_PASSPHRASE_SOURCE?: string | undefined;
}): string | undefined {
  if (env.MM_KEY_PASSPHRASE) return env.MM_KEY_PASSPHRASE;
  const spec = env.MM_KEY_PASSPHRASE_SOURCE;
  if (!spec) return undefined;
  if (spec.startsWith("env:")) {
    const value = process.env[spec.slice(4)];
    if (!value)
      throw new KeyManagerError("key_passphrase_missing", `no key passphrase: set ${spec.slice(4)}`);
    return value;
  }
  if (spec.startsWith("file:")) {
    let text: string;
    try {
      text = readFileSync(spec.slice(5), "utf8");
    } catch {
      throw new KeyManagerError("key_passphrase_missing", "the key passphrase file cannot be read");
    }
    const value = text.split(/\r?\n/)[0] ?? "";
    if (!value) throw new KeyManagerError("key_passphrase_missing", "the key passphrase file is empty");
    return value;
  }
  throw new KeyManagerError("invalid_passphrase_source", "a passphrase source is env:VARIABLE or file:path");
}

/** scrypt cost of the key store's master key (N = 2^15, r = 8, p = 1: 32 MiB, ~0.1 s). */
export const scryptCost = { N: 1 << 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 };

/** Derives 32 bytes from a passphrase and a salt with scrypt (node:crypto, off the event loop). */
export function deriveKey(passphrase: string, salt: Uint8Array, cost = scryptCost): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(passphrase.normalize("NFC"), salt, 32, cost, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}
