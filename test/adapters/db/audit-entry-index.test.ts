/**
 * Hostile tester (second round): RecoveryLedger.audited and auditDetails (adapters/db/recovery-ledger.ts),
 * asked on every repeated submission, payment notice, contact update and issuance, read the audit
 * chain by action and subject without an index, a scan of the whole chain (millions of entries in
 * years). The index AuditEntry(action, subject) serves them: checked with each dialect's own plan
 * (SQLite EXPLAIN QUERY PLAN, PostgreSQL EXPLAIN after ANALYZE) over a chain of 20 000 entries.
 */
import { afterEach, describe, expect, it } from "vitest";
import { freshDatabase, testDialects } from "../../helpers/databases.ts";

/** The statements the ledger's look-ups issue (Prisma's shape), with literal values. */
const lookups = {
  "an entry since an instant (audited)": `SELECT "seq" FROM "AuditEntry" WHERE "action" = 'payment_recorded' AND "subject" = 'ORD-77' AND "at" >= '2026-11-25 07:00:00' LIMIT 1`,
  "the entries' details (auditDetails)": `SELECT "details" FROM "AuditEntry" WHERE "action" = 'payment_recorded' AND "subject" = 'ORD-77' ORDER BY "seq" ASC`,
};

/** 20 000 entries over 4 actions and 2 000 subjects, as a chain in use holds them. */
const fill = {
  sqlite: `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000)
    INSERT INTO "AuditEntry" ("at", "actor", "action", "subject", "details", "prevHash", "hash")
    SELECT '2026-11-25 07:00:00', 't',
      CASE i % 4 WHEN 0 THEN 'payment_recorded' WHEN 1 THEN 'application_submitted' WHEN 2 THEN 'contact_updated' ELSE 'certificate_issued' END,
      'ORD-' || (i % 2000), '{}', '0', 'h' || i FROM n`,
  postgresql: `INSERT INTO "AuditEntry" ("at", "actor", "action", "subject", "details", "prevHash", "hash")
    SELECT TIMESTAMP '2026-11-25 07:00:00', 't',
      CASE i % 4 WHEN 0 THEN 'payment_recorded' WHEN 1 THEN 'application_submitted' WHEN 2 THEN 'contact_updated' ELSE 'certificate_issued' END,
      'ORD-' || (i % 2000), '{}', '0', 'h' || i FROM generate_series(1, 20000) AS i`,
};

describe.each(testDialects)("the audit chain's look-up by action and subject on $name", (dialect) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0)) await c();
  });

  it("uses the index AuditEntry(action, subject), not a scan of the chain", async () => {
    const database = await freshDatabase(dialect);
    cleanups.push(database.dispose);
    await database.db.$executeRawUnsafe(fill[dialect.name]);
    await database.db.$executeRawUnsafe(`ANALYZE "AuditEntry"`);
    for (const [what, sql] of Object.entries(lookups)) {
      const plan =
        dialect.name === "sqlite"
          ? (await database.db.$queryRawUnsafe<{ detail: string }[]>(`EXPLAIN QUERY PLAN ${sql}`))
              .map((row) => row.detail)
              .join("\n")
          : (await database.db.$queryRawUnsafe<{ "QUERY PLAN": string }[]>(`EXPLAIN ${sql}`))
              .map((row) => row["QUERY PLAN"])
              .join("\n");
      expect(plan, what).toContain("AuditEntry_action_subject_idx");
    }
  });
});
