import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient as PgPrismaClient } from "../../generated/prisma-pg/client.ts";
import { PrismaClient as SqlitePrismaClient } from "../../generated/prisma-sqlite/client.ts";
import { type CertificateStatusReads, pgStatusReads, SqliteStatusReads } from "./certificate-status-reads.ts";
import { type MigrationReport, migrate } from "./migrator.ts";
import { fullWatchingClient } from "./pg-full-watch.ts";
import { expectedColumnsOf, missingColumns } from "./schema-check.ts";
import { LockWaitingSqlite, type StorageState } from "./sqlite-lock-wait.ts";
import { FullWatch } from "./storage-full-watch.ts";
import { type Dialect, restrictSqliteFiles, type StorageLocation } from "./storage-location.ts";

/**
 * The Prisma client type the repositories are written against. Both generated clients come from
 * the same schema source, so their model APIs are identical; the SQLite one names the type.
 */
export type Db = InstanceType<typeof SqlitePrismaClient>;

/** An open database with its dialect. */
export interface OpenDatabase {
  db: Db;
  dialect: Dialect;
  location: StorageLocation;
  migration: MigrationReport;
  /**
   * `full` since a write failed for lack of room until one succeeds (SQLite and PostgreSQL), on
   * SQLite `busy` while another process holds the file's write lock (checked without waiting), else
   * `ok` (the storage health check's `storage_busy` and `storage_full`).
   */
  storageState?: () => Promise<StorageState>;
  close(): Promise<void>;
}

/** The `pg` pool under each PostgreSQL client this module opened (see {@link pgPoolOf}). */
const pgPools = new WeakMap<object, pg.Pool>();

/**
 * The `pg` pool a PostgreSQL client opened by {@link openDatabase} runs on, for the few hot writes
 * sent without Prisma (adapters/db/pg-certificate-batch.ts); `undefined` for any other client.
 * Looked up by client so that every repository built from `database.db` finds it.
 */
export function pgPoolOf(db: object): pg.Pool | undefined {
  return pgPools.get(db);
}

/** The status reads of each client this module opened (see {@link statusReadsOf}). */
const statusReads = new WeakMap<object, CertificateStatusReads>();

/**
 * The driver-level status reads (adapters/db/certificate-status-reads.ts) of a client opened by
 * {@link openDatabase}, for the OCSP responder's read per request; `undefined` for any other client.
 */
export function statusReadsOf(db: object): CertificateStatusReads | undefined {
  return statusReads.get(db);
}

/**
 * Milliseconds a SQLite connection off the event loop (the writer thread, the backup command)
 * waits for the lock before failing, in SQLite's busy handler.
 */
export const SQLITE_BUSY_TIMEOUT_MS = 5_000;

/**
 * Milliseconds a statement of the service's main SQLite connection waits for a locked file before
 * failing with 503 `storage_busy`: retried on a timer, never in SQLite's busy handler, so the event
 * loop stays free meanwhile (adapters/db/sqlite-lock-wait.ts).
 */
export const SQLITE_LOCK_WAIT_MS = 5_000;

/** PostgreSQL: longest a statement may run or wait for a lock before the server cancels it (503). */
export const PG_STATEMENT_TIMEOUT_MS = 10_000;
/** PostgreSQL: longest the pool waits for a new connection (or a free one) before it fails (503). */
export const PG_CONNECT_TIMEOUT_MS = 5_000;

/**
 * Opens the storage: creates the SQLite file's folder when needed, applies pending migrations and
 * returns a Prisma client over the matching driver adapter. SQLite runs in WAL mode with
 * `synchronous=FULL` (a committed CA record survives power loss) and no busy timeout: a locked file
 * is waited for on a timer, up to {@link SQLITE_LOCK_WAIT_MS} (adapters/db/sqlite-lock-wait.ts).
 * Refuses to start when the migrated tables lack a field the generated client expects.
 */
export async function openDatabase(location: StorageLocation): Promise<OpenDatabase> {
  // a folder created here is the service's own: 0700 (adapters/db/storage-location.ts)
  if (location.dialect === "sqlite") mkdirSync(dirname(location.file), { recursive: true, mode: 0o700 });
  const migration = await migrate(location);
  if (location.dialect === "sqlite") {
    // no busy timeout: SQLite's busy handler would wait on the event loop
    const adapter = new LockWaitingSqlite(
      new PrismaBetterSqlite3({ url: `file:${location.file}`, timeout: 0 }),
      SQLITE_LOCK_WAIT_MS,
    );
    // a transaction may wait for the lock as long as a statement does before Prisma gives up on it
    const db = new SqlitePrismaClient({
      adapter,
      transactionOptions: { maxWait: SQLITE_LOCK_WAIT_MS + 2_000 },
    });
    await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
    await db.$queryRawUnsafe("PRAGMA synchronous = FULL");
    await db.$queryRawUnsafe("PRAGMA busy_timeout = 0");
    await assertSchemaCovered(location, db);
    restrictSqliteFiles(location.file);
    const reads = new SqliteStatusReads(location.file);
    statusReads.set(db, reads.read);
    const close = async () => {
      reads.close();
      await db.$disconnect();
    };
    return { db, dialect: "sqlite", location, migration, storageState: () => adapter.storageState(), close };
  }
  // The schema is also the search path, so that raw SQL (adapters/db/certificate-writes.ts) finds
  // the same tables as the model API, which qualifies them itself.
  // A statement (a lock wait included) is cancelled by the server after PG_STATEMENT_TIMEOUT_MS.
  const settings = [
    ...(location.schema ? [`-c search_path="${location.schema}"`] : []),
    `-c statement_timeout=${PG_STATEMENT_TIMEOUT_MS}`,
  ];
  // One pool for Prisma and for the raw certificate batches; idle connections do not hold the process.
  // A database that stops answering (a black hole: nothing closed, nothing answered) fails a query
  // within the timeouts, as storage unavailable (503), instead of holding the request for ever; a
  // connection that timed out is dropped from the pool, which reconnects once the server answers.
  // every statement on the pool is watched for PostgreSQL's disk_full (the health check's storage_full)
  const full = new FullWatch();
  const pool = new pg.Pool({
    Client: fullWatchingClient(full),
    connectionString: location.url,
    max: 10,
    allowExitOnIdle: true,
    options: settings.join(" "),
    connectionTimeoutMillis: PG_CONNECT_TIMEOUT_MS,
    query_timeout: PG_STATEMENT_TIMEOUT_MS + 2_000,
    keepAlive: true,
  });
  const adapter = new PrismaPg(pool, { schema: location.schema });
  // an idle connection dropped by the server (a restart) is replaced on the next query; without a
  // listener its error would end the process
  pool.on("error", () => {});
  const db = new PgPrismaClient({ adapter }) as unknown as Db;
  pgPools.set(db, pool);
  statusReads.set(db, pgStatusReads(pool));
  await assertSchemaCovered(location, db).catch(async (error: unknown) => {
    await pool.end();
    throw error;
  });
  const close = async () => {
    await db.$disconnect();
    await pool.end();
  };
  const storageState = async (): Promise<StorageState> => (full.full ? "full" : "ok");
  return { db, dialect: "postgresql", location, migration, storageState, close };
}

async function assertSchemaCovered(location: StorageLocation, db: object): Promise<void> {
  const missing = await missingColumns(location, expectedColumnsOf(db));
  if (missing.length > 0) {
    await (db as { $disconnect(): Promise<void> }).$disconnect();
    throw new Error(`the migrations do not cover the schema; missing columns: ${missing.join(", ")}`);
  }
}
