import { createHash, randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import Database from "better-sqlite3";
import pg from "pg";
import type { Dialect, StorageLocation } from "./storage-location.ts";

/** One migration folder: `prisma/migrations/<dialect>/<name>/migration.sql`. */
export interface Migration {
  name: string;
  sql: string;
  checksum: string;
}

/** The result of a migration run. */
export interface MigrationReport {
  applied: string[];
  alreadyApplied: number;
}

const projectRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..");

/** The committed migrations of a dialect, in order. */
export function loadMigrations(
  dialect: Dialect,
  root = join(projectRoot, "prisma", "migrations", dialect),
): Migration[] {
  if (!existsSync(root)) throw new Error(`no migrations folder for ${dialect}: ${root}`);
  return readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort()
    .map((name) => {
      const sql = readFileSync(join(root, name, "migration.sql"), "utf8");
      return { name, sql, checksum: createHash("sha256").update(sql).digest("hex") };
    });
}

const sqliteLedger = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" TEXT PRIMARY KEY NOT NULL, "checksum" TEXT NOT NULL, "finished_at" DATETIME,
  "migration_name" TEXT NOT NULL, "logs" TEXT, "rolled_back_at" DATETIME,
  "started_at" DATETIME NOT NULL DEFAULT current_timestamp, "applied_steps_count" INTEGER UNSIGNED NOT NULL DEFAULT 0)`;
const pgLedger = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL, "checksum" VARCHAR(64) NOT NULL, "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL, "logs" TEXT, "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(), "applied_steps_count" INTEGER NOT NULL DEFAULT 0)`;

function checkRecorded(recorded: Map<string, string>, migration: Migration): boolean {
  const checksum = recorded.get(migration.name);
  if (checksum === undefined) return false;
  if (checksum !== migration.checksum) {
    throw new Error(`migration ${migration.name} was changed after it was applied (checksum differs)`);
  }
  return true;
}

/**
 * Applies the committed SQL migrations that are not yet recorded, each in its own transaction, and
 * records them in `_prisma_migrations` the way `prisma migrate deploy` does, so both agree.
 * Safe when two processes start at once (SQLite write lock; PostgreSQL advisory lock).
 */
export async function migrate(location: StorageLocation, migrations = loadMigrations(location.dialect)) {
  return location.dialect === "sqlite"
    ? migrateSqlite(location.file, migrations)
    : migratePostgres(location, migrations);
}

function migrateSqlite(file: string, migrations: Migration[]): MigrationReport {
  const db = new Database(file, { timeout: 10_000 });
  try {
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = FULL");
    db.exec(sqliteLedger);
    const report: MigrationReport = { applied: [], alreadyApplied: 0 };
    const apply = db.transaction((m: Migration) => {
      const rows = db
        .prepare(`SELECT migration_name, checksum FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`)
        .all() as { migration_name: string; checksum: string }[];
      if (checkRecorded(new Map(rows.map((r) => [r.migration_name, r.checksum])), m)) {
        report.alreadyApplied++;
        return;
      }
      db.exec(m.sql);
      db.prepare(
        `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count)
         VALUES (?, ?, current_timestamp, ?, current_timestamp, 1)`,
      ).run(randomUUID(), m.checksum, m.name);
      report.applied.push(m.name);
    });
    for (const m of migrations) apply.immediate(m);
    return report;
  } finally {
    db.close();
  }
}

async function migratePostgres(
  location: Extract<StorageLocation, { dialect: "postgresql" }>,
  migrations: Migration[],
): Promise<MigrationReport> {
  const client = new pg.Client({ connectionString: location.url });
  await client.connect();
  try {
    const schema = `"${location.schema.replaceAll('"', '""')}"`;
    await client.query(`SELECT pg_advisory_lock(hashtext('mm-migrate:' || $1))`, [location.schema]);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await client.query(`SET search_path TO ${schema}`);
    await client.query(pgLedger);
    const { rows } = await client.query<{ migration_name: string; checksum: string }>(
      `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE rolled_back_at IS NULL`,
    );
    const recorded = new Map(rows.map((r) => [r.migration_name, r.checksum]));
    const report: MigrationReport = { applied: [], alreadyApplied: 0 };
    for (const m of migrations) {
      if (checkRecorded(recorded, m)) {
        report.alreadyApplied++;
        continue;
      }
      await client.query("BEGIN");
      try {
        await client.query(m.sql);
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, started_at, applied_steps_count)
           VALUES ($1, $2, now(), $3, now(), 1)`,
          [randomUUID(), m.checksum, m.name],
        );
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK");
        throw error;
      }
      report.applied.push(m.name);
    }
    return report;
  } finally {
    await client
      .query(`SELECT pg_advisory_unlock(hashtext('mm-migrate:' || $1))`, [location.schema])
      .catch(() => {});
    await client.end();
  }
}
