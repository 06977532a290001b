import type { AuditCheckpoint, AuditCheckpointStore } from "../../core/audit/audit-checkpoint.ts";
import type { AuditStore } from "../../core/audit/audit-log.ts";
import type { AuditRecord } from "../../core/audit/audit-record.ts";
import type { Db, OpenDatabase } from "./database.ts";

/**
 * The audit chain in the AuditEntry table. Appends run in a transaction that first takes a lock
 * (SQLite: the write lock of the transaction, taken by an update; PostgreSQL: a transaction-level
 * advisory lock), so two writers, also in two processes, never fork the chain; the unique hash
 * column is a last guard. Keyed checkpoints of the chain live in the AuditCheckpoint table.
 */
export class PrismaAuditStore implements AuditStore, AuditCheckpointStore {
  /**
   * @param pageSize rows read per statement by {@link all}: a chain of millions of entries is read in
   * pages, so that no one statement outlasts PostgreSQL's statement timeout (adapters/db/database.ts).
   */
  constructor(
    private readonly db: Db,
    private readonly dialect: OpenDatabase["dialect"],
    private readonly pageSize = 10_000,
  ) {}

  async appendAfterLast(
    write: (last: AuditRecord | undefined) => Promise<Omit<AuditRecord, "seq">>,
  ): Promise<AuditRecord> {
    return this.db.$transaction(
      async (tx) => {
        if (this.dialect === "postgresql")
          await tx.$queryRawUnsafe("SELECT pg_advisory_xact_lock(hashtext('mm-audit'))::text AS locked");
        else await tx.$executeRawUnsafe(`UPDATE "AuditEntry" SET "seq" = "seq" WHERE 0`);
        const last = await tx.auditEntry.findFirst({ orderBy: { seq: "desc" } });
        const next = await write(last ?? undefined);
        return tx.auditEntry.create({ data: next });
      },
      { timeout: 10_000 },
    );
  }

  async all(): Promise<AuditRecord[]> {
    const records: AuditRecord[] = [];
    for (;;) {
      const after = records.at(-1)?.seq;
      const page = await this.db.auditEntry.findMany({
        ...(after === undefined ? {} : { where: { seq: { gt: after } } }),
        orderBy: { seq: "asc" },
        take: this.pageSize,
      });
      records.push(...page);
      if (page.length < this.pageSize) return records;
    }
  }

  async last(): Promise<AuditRecord | undefined> {
    return (await this.db.auditEntry.findFirst({ orderBy: { seq: "desc" } })) ?? undefined;
  }

  async addCheckpoint(checkpoint: AuditCheckpoint): Promise<void> {
    await this.db.auditCheckpoint.upsert({
      where: { seq: checkpoint.seq },
      create: checkpoint,
      update: {},
    });
  }

  async checkpoints(): Promise<AuditCheckpoint[]> {
    return this.db.auditCheckpoint.findMany({ orderBy: { seq: "asc" } });
  }
}
