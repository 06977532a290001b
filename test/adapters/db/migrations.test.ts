import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "../../../adapters/db/database.ts";
import { loadMigrations, migrate } from "../../../adapters/db/migrator.ts";
import { expectedColumnsOf, missingColumns } from "../../../adapters/db/schema-check.ts";
import { assertPostgresReachable, freshDatabase, testDialects } from "../../helpers/databases.ts";

describe.each(testDialects)("migrations on $name", (dialect) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0)) await c();
  });

  it("creates every model and field of the generated client", async () => {
    const database = await freshDatabase(dialect);
    cleanups.push(database.dispose);
    const expected = expectedColumnsOf(database.db);
    expect(Object.keys(expected).length).toBeGreaterThanOrEqual(15);
    expect(expected.Certificate).toContain("tbsDer");
    expect(database.migration.applied).toEqual(loadMigrations(dialect.name).map((m) => m.name));
    expect(await missingColumns(database.location, expected)).toEqual([]);
  });

  it("round-trips a record of every column type through Prisma", async () => {
    const database = await freshDatabase(dialect);
    cleanups.push(database.dispose);
    const now = new Date("2026-11-25T07:00:00.000Z");
    await database.db.caKey.create({
      data: {
        id: "root",
        role: "root",
        keyUri: "softkey:root",
        certDer: new Uint8Array([1, 2, 3]),
        subject: "CN=Test",
        serial: "0a",
        notBefore: now,
        notAfter: now,
      },
    });
    const row = await database.db.caKey.findUniqueOrThrow({ where: { id: "root" } });
    expect([...row.certDer]).toEqual([1, 2, 3]);
    expect(row.notBefore.toISOString()).toBe(now.toISOString());
    expect(row.active).toBe(true);
    const entry = await database.db.auditEntry.create({
      data: { at: now, actor: "t", action: "a", subject: "s", details: "{}", prevHash: "0", hash: "h1" },
    });
    expect(entry.seq).toBe(1);
  });

  it("is idempotent: a second start applies nothing", async () => {
    const { location, drop } = await dialect.fresh();
    cleanups.push(drop);
    if (dialect.name === "postgresql") await assertPostgresReachable();
    const first = await migrate(location);
    const second = await migrate(location);
    expect(first.applied.length).toBeGreaterThan(0);
    expect(second).toEqual({ applied: [], alreadyApplied: first.applied.length });
  });

  it("detects a migration that misses a schema field, and start-up refuses it", async () => {
    const { location, drop } = await dialect.fresh();
    cleanups.push(drop);
    if (dialect.name === "postgresql") await assertPostgresReachable();
    // the CRL table's last column, created by the first migration only
    const broken = loadMigrations(dialect.name).map((m) => ({
      ...m,
      sql: m.sql.replace(/,\n\s*"entries" INTEGER NOT NULL/, ""),
    }));
    expect(broken[0]!.sql).not.toContain('"entries"');
    await migrate(location, broken);
    const reference = await freshDatabase(dialect);
    cleanups.push(reference.dispose);
    expect(await missingColumns(location, expectedColumnsOf(reference.db))).toEqual(["CrlIssue.entries"]);
    await expect(openDatabase(location)).rejects.toThrow(/missing columns: CrlIssue\.entries/);
  });

  it("refuses a committed migration that was changed after it was applied", async () => {
    const { location, drop } = await dialect.fresh();
    cleanups.push(drop);
    if (dialect.name === "postgresql") await assertPostgresReachable();
    await migrate(location);
    const edited = loadMigrations(dialect.name).map((m) => ({ ...m, checksum: "0".repeat(64) }));
    await expect(migrate(location, edited)).rejects.toThrow(/changed after it was applied/);
  });
});

describe("SQLite durability settings", () => {
  // no busy timeout: SQLite's busy handler would wait on the event loop; a locked file is waited
  // for on a timer instead (sqlite-locked-file.test.ts)
  it("runs in WAL mode with synchronous=FULL and no busy timeout on the main connection", async () => {
    const database = await freshDatabase(testDialects[0]!);
    try {
      const mode = await database.db.$queryRawUnsafe<{ journal_mode: string }[]>("PRAGMA journal_mode");
      const sync =
        await database.db.$queryRawUnsafe<{ synchronous: bigint | number }[]>("PRAGMA synchronous");
      const busy = await database.db.$queryRawUnsafe<{ timeout: bigint | number }[]>("PRAGMA busy_timeout");
      expect(mode[0]!.journal_mode).toBe("wal");
      expect(Number(sync[0]!.synchronous)).toBe(2);
      expect(Number(busy[0]!.timeout)).toBe(0);
    } finally {
      await database.dispose();
    }
  });
});
