import { KeyManagerError } from "../../core/errors/domain-error.ts";
import { loadDataFolderSecret } from "./data-folder-secret.ts";
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
  return {
    key: loadDataFolderSecret({ dataDir: options.dataDir, name: "audit.key" }),
    source: "development",
  };
}
