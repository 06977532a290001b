import type { Logger } from "pino";
import { AuditLog } from "../../core/audit/audit-log.ts";
import type { Clock } from "../../core/ports/clock.ts";
import { PrismaAuditStore } from "../db/audit-store.ts";
import type { Db } from "../db/database.ts";
import { loadAuditKey } from "../keys/audit-key.ts";
import { type TokenAuditSink, tokenAuditSink } from "../keys/token-audit.ts";

/** How often the audit chain's newest entry is checkpointed (besides every 100 entries and at close). */
export const AUDIT_CHECKPOINT_MS = 5 * 60 * 1000;

/** The PKI's audit log and the sink that writes token events into it. */
export interface PkiAudit {
  audit: AuditLog;
  /** Token events of the PKCS#11 key manager, appended to the audit log (flush before closing). */
  tokenAudit: TokenAuditSink;
}

/**
 * Opens the audit log over storage with its checkpoint key (`auditKey`, else
 * adapters/keys/audit-key.ts from the passphrase or, in development, the data folder).
 */
export async function openPkiAudit(options: {
  db: Db;
  dialect: "sqlite" | "postgresql";
  clock: Clock;
  logger: Logger;
  dataDir: string;
  production: boolean;
  auditKey?: Uint8Array | undefined;
  passphrase?: string | undefined;
}): Promise<PkiAudit> {
  const store = new PrismaAuditStore(options.db, options.dialect);
  const key =
    options.auditKey ??
    (
      await loadAuditKey({
        passphrase: options.passphrase,
        production: options.production,
        dataDir: options.dataDir,
      })
    ).key;
  const audit = new AuditLog(store, options.clock, { key, store });
  const tokenAudit = tokenAuditSink(audit, (error, event) =>
    options.logger.error({ err: error, tokenEvent: event.type }, "token event not written to the audit log"),
  );
  return { audit, tokenAudit };
}

/** The checkpoint timer of the audit chain. */
export interface AuditCheckpoints {
  /** Writes a keyed checkpoint of the newest entry now; a failure is logged, never thrown. */
  checkpoint(): Promise<void>;
  /** Stops the timer and writes a last checkpoint. */
  close(): Promise<void>;
}

/** Checkpoints the audit chain every `intervalMs` (no timer when 0) and at close. */
export function startAuditCheckpoints(audit: AuditLog, logger: Logger, intervalMs: number): AuditCheckpoints {
  const checkpoint = async () => {
    try {
      await audit.checkpoint();
    } catch (error) {
      logger.error({ err: error }, "audit checkpoint not written");
    }
  };
  const timer = intervalMs > 0 ? setInterval(checkpoint, intervalMs) : undefined;
  timer?.unref();
  return {
    checkpoint,
    close: async () => {
      clearInterval(timer);
      await checkpoint();
    },
  };
}
