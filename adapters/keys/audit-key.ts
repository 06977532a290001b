import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { KeyManagerError } from "../../core/errors/domain-error.ts";
import { deriveKey } from "./key-passphrase.ts";

/** Where the audit checkpoints' key came from. */
export type AuditKeySource = "MM_AUDIT_KEY" | "passphrase" | "development";

const passphraseSalt = new TextEncoder().encode("mm-audit-checkpoint-key-v1");

/**
 * The HMAC key of the audit chain's checkpoints (core/audit/audit-checkpoint.ts), never kept in the
 * database: `MM_AUDIT_KEY`, else derived with scrypt from the key passphrase, else (development
 * only) a random key in `<data>/secrets/audit.key` (mode 0600). In production one of the first two
 * is required (`audit_key_missing`).
 */
export async function loadAuditKey(options: {
  auditKey?: string | undefined;
  passphrase?: string | undefined;
  production: boolean;
  dataDir: string;
}): Promise<{ key: Uint8Array; source: AuditKeySource }> {
  if (options.auditKey) return { key: new TextEncoder().encode(options.auditKey), source: "MM_AUDIT_KEY" };
  if (options.passphrase !== undefined)
    return { key: new Uint8Array(await deriveKey(options.passphrase, passphraseSalt)), source: "passphrase" };
  if (options.production)
    throw new KeyManagerError(
      "audit_key_missing",
      "NODE_ENV=production needs MM_AUDIT_KEY or a key passphrase (MM_KEY_PASSPHRASE / MM_KEY_PASSPHRASE_SOURCE) for the audit checkpoints",
    );
  const file = join(options.dataDir, "secrets", "audit.key");
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    try {
      writeFileSync(file, randomBytes(32).toString("hex"), { flag: "wx", mode: 0o600 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }
  }
  chmodSync(file, 0o600);
  return {
    key: new Uint8Array(Buffer.from(readFileSync(file, "utf8").trim(), "hex")),
    source: "development",
  };
}
