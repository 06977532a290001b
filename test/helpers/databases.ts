import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { type OpenDatabase, openDatabase } from "../../adapters/db/database.ts";
import type { StorageLocation } from "../../adapters/db/storage-location.ts";

/** The machine's PostgreSQL (trust auth, database `test`); override with MM_TEST_POSTGRES_URL. */
export const testPostgresUrl = process.env.MM_TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/test";

/** A dialect the storage tests run on, with a factory for a fresh, empty, isolated location. */
export interface TestDialect {
  name: "sqlite" | "postgresql";
  /** A fresh location (a new SQLite file, or a new PostgreSQL schema) and how to drop it. */
  fresh(): Promise<{ location: StorageLocation; drop(): Promise<void> }>;
}

const sqlite: TestDialect = {
  name: "sqlite",
  async fresh() {
    const dir = mkdtempSync(join(tmpdir(), "mm-test-"));
    return {
      location: { dialect: "sqlite", file: join(dir, "mm.db") },
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  },
};

const postgresql: TestDialect = {
  name: "postgresql",
  async fresh() {
    const schema = `t_${randomBytes(6).toString("hex")}`;
    return {
      location: { dialect: "postgresql", url: testPostgresUrl, schema },
      drop: async () => {
        const client = new pg.Client({ connectionString: testPostgresUrl });
        await client.connect();
        await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
        await client.end();
      },
    };
  },
};

/**
 * Both dialects. PostgreSQL is a required component: when it does not answer, the suite fails with
 * a clear message instead of skipping (see {@link assertPostgresReachable}).
 */
export const testDialects: TestDialect[] = [sqlite, postgresql];

/** Fails with a clear message when the test PostgreSQL does not answer. */
export async function assertPostgresReachable(): Promise<void> {
  const client = new pg.Client({ connectionString: testPostgresUrl, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    throw new Error(
      `PostgreSQL is required for the storage tests and did not answer at ${testPostgresUrl}: ${(error as Error).message}`,
    );
  } finally {
    await client.end().catch(() => {});
  }
}

/** Opens a fresh, migrated database of the dialect; call `dispose` in afterEach/afterAll. */
export async function freshDatabase(
  dialect: TestDialect,
): Promise<OpenDatabase & { dispose(): Promise<void> }> {
  if (dialect.name === "postgresql") await assertPostgresReachable();
  const { location, drop } = await dialect.fresh();
  const database = await openDatabase(location);
  return {
    ...database,
    dispose: async () => {
      await database.close();
      await drop();
    },
  };
}
