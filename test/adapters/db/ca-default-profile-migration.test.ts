import Database from "better-sqlite3";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "../../../adapters/db/database.ts";
import { loadMigrations, migrate } from "../../../adapters/db/migrator.ts";
import type { StorageLocation } from "../../../adapters/db/storage-location.ts";
import { assertPostgresReachable, freshDatabase, testDialects } from "../../helpers/databases.ts";

const NAME = "20261126090000_ca_default_profile";

/** Runs SQL on a location without Prisma (whose client expects the new column). */
async function execute(location: StorageLocation, sql: string): Promise<void> {
  if (location.dialect === "sqlite") {
    const db = new Database(location.file);
    try {
      db.exec(sql);
    } finally {
      db.close();
    }
    return;
  }
  const client = new pg.Client({ connectionString: location.url });
  await client.connect();
  try {
    await client.query(`SET search_path TO "${location.schema}"`);
    await client.query(sql);
  } finally {
    await client.end();
  }
}

describe.each(testDialects)("migration ca_default_profile on $name", (dialect) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0).reverse()) await c();
  });

  it("is committed for the dialect and adds the nullable CaKey.defaultProfile on a fresh database", async () => {
    const migration = loadMigrations(dialect.name).find((m) => m.name === NAME);
    expect(migration?.sql).toMatch(/ALTER TABLE "CaKey" ADD COLUMN "defaultProfile" TEXT;/);
    const database = await freshDatabase(dialect);
    cleanups.push(database.dispose);
    expect(database.migration.applied).toContain(NAME);
    const base = {
      role: "issuing",
      keyUri: "softkey:x",
      certDer: new Uint8Array([1]),
      subject: "CN=x",
      serial: "0a",
      notBefore: new Date(0),
      notAfter: new Date(0),
    };
    await database.db.caKey.create({ data: { ...base, id: "a" } });
    await database.db.caKey.create({ data: { ...base, id: "b", defaultProfile: "qseal" } });
    const rows = await database.db.caKey.findMany({
      orderBy: { id: "asc" },
      select: { defaultProfile: true },
    });
    expect(rows).toEqual([{ defaultProfile: null }, { defaultProfile: "qseal" }]);
  });

  it("applies to an existing database, keeps its CA rows (default: none) and lets start-up open it", async () => {
    const { location, drop } = await dialect.fresh();
    cleanups.push(drop);
    if (dialect.name === "postgresql") await assertPostgresReachable();
    const all = loadMigrations(dialect.name);
    const earlier = all.filter((m) => m.name < NAME);
    expect(earlier.length).toBeLessThan(all.length);
    await migrate(location, earlier);
    const bytes = dialect.name === "sqlite" ? "X'0102'" : "decode('0102', 'hex')";
    const time = dialect.name === "sqlite" ? "1764054000000" : "now()";
    await execute(
      location,
      `INSERT INTO "CaKey" ("id", "role", "keyUri", "certDer", "subject", "serial", "notBefore", "notAfter")
       VALUES ('old-issuing', 'issuing', 'softkey:issuing-ca', ${bytes}, 'CN=old', '0b', ${time}, ${time})`,
    );
    const report = await migrate(location);
    expect(report.applied).toEqual(all.filter((m) => m.name >= NAME).map((m) => m.name));
    expect(report.applied).toContain(NAME);
    const database = await openDatabase(location);
    cleanups.push(() => database.close());
    const row = await database.db.caKey.findUniqueOrThrow({
      where: { id: "old-issuing" },
      select: { keyUri: true, defaultProfile: true },
    });
    expect(row).toEqual({ keyUri: "softkey:issuing-ca", defaultProfile: null });
    await database.db.caKey.update({ where: { id: "old-issuing" }, data: { defaultProfile: "qseal" } });
    expect((await database.db.caKey.findUniqueOrThrow({ where: { id: "old-issuing" } })).defaultProfile).toBe(
      "qseal",
    );
  });
});
