/**
 * Hostile tester (SQLite file locked by another process: a backup tool or the sqlite3 shell holding
 * `BEGIN EXCLUSIVE`). The service's main connection waited for the lock inside SQLite's busy
 * handler, on the event loop, for up to 5 s per statement: every request of the process waited,
 * `/healthz` included. Now a statement that finds the file locked gives the event loop back and
 * tries again a little later, up to a deadline, then fails with an error told apart as storage
 * busy (503 `storage_busy`); once the lock goes, the next statement succeeds by itself.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type OpenDatabase, openDatabase, SQLITE_LOCK_WAIT_MS } from "../../../adapters/db/database.ts";
import { isStorageBusy, isStorageUnavailable } from "../../../adapters/db/storage-errors.ts";
import { holdSqliteLock, watchEventLoop } from "../../helpers/sqlite-lock-holder.ts";

const dir = mkdtempSync(join(tmpdir(), "mm-sqlite-locked-"));
const file = join(dir, "mm.db");
let database: OpenDatabase;

beforeAll(async () => {
  database = await openDatabase({ dialect: "sqlite", file });
  await database.db.$executeRawUnsafe(`CREATE TABLE "LockProbe" ("v" TEXT NOT NULL)`);
});

afterAll(async () => {
  await database?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** How long the work took, its error if it failed, and the longest the event loop was held meanwhile. */
async function measured(
  work: () => Promise<unknown>,
): Promise<{ ms: number; loopMs: number; error?: unknown }> {
  const loop = watchEventLoop();
  const started = performance.now();
  try {
    await work();
    return { ms: performance.now() - started, loopMs: loop.longestDelayMs() };
  } catch (error) {
    return { ms: performance.now() - started, loopMs: loop.longestDelayMs(), error };
  } finally {
    loop.stop();
  }
}

const rows = async () =>
  (await database.db.$queryRawUnsafe<{ v: string }[]>(`SELECT "v" FROM "LockProbe" ORDER BY rowid`)).map(
    (r) => r.v,
  );

describe("a SQLite file whose write lock another process holds", () => {
  it("keeps the event loop free while a write waits, fails it as storage busy, and recovers once the lock goes", async () => {
    const holder = await holdSqliteLock(file);
    try {
      const write = await measured(() =>
        database.db.$executeRawUnsafe(`INSERT INTO "LockProbe" VALUES ('during')`),
      );
      expect(write.error, "the write cannot succeed while the lock is held").toBeDefined();
      expect(isStorageBusy(write.error)).toBe(true);
      // still an unavailable storage for every caller that only knows that (503, OCSP tryLater, Telegram retry)
      expect(isStorageUnavailable(write.error)).toBe(true);
      expect(write.ms).toBeGreaterThanOrEqual(SQLITE_LOCK_WAIT_MS - 100);
      expect(write.ms).toBeLessThan(SQLITE_LOCK_WAIT_MS + 2_000);
      expect(write.loopMs, "the event loop was held while the write waited").toBeLessThan(250);

      const tx = await measured(() =>
        database.db.$transaction(async (t) => {
          await t.$executeRawUnsafe(`INSERT INTO "LockProbe" VALUES ('during, in a transaction')`);
        }),
      );
      expect(isStorageBusy(tx.error)).toBe(true);
      expect(tx.loopMs, "the event loop was held while the transaction waited").toBeLessThan(250);

      // reads go on beside the lock (WAL), without waiting
      const read = await measured(rows);
      expect(read.error).toBeUndefined();
      expect(read.ms).toBeLessThan(500);
    } finally {
      await holder.release();
    }
    await database.db.$executeRawUnsafe(`INSERT INTO "LockProbe" VALUES ('after')`);
    expect(await rows()).toEqual(["after"]);
  }, 30_000);

  it("a write that starts while the file is locked succeeds as soon as the lock goes, within the deadline", async () => {
    const holder = await holdSqliteLock(file);
    const loop = watchEventLoop();
    const started = performance.now();
    const write = database.db.$executeRawUnsafe(`INSERT INTO "LockProbe" VALUES ('waited')`);
    await new Promise((resolve) => setTimeout(resolve, 600));
    await holder.release();
    await write;
    const ms = performance.now() - started;
    loop.stop();
    expect(ms).toBeLessThan(SQLITE_LOCK_WAIT_MS);
    expect(loop.longestDelayMs()).toBeLessThan(250);
    expect(await rows()).toContain("waited");
  }, 30_000);

  it("the storage check says busy while the lock is held and free after", async () => {
    expect(await database.storageState?.()).toBe("ok");
    const holder = await holdSqliteLock(file);
    try {
      const loop = watchEventLoop();
      const started = performance.now();
      expect(await database.storageState?.()).toBe("busy");
      expect(performance.now() - started).toBeLessThan(500);
      loop.stop();
      expect(loop.longestDelayMs()).toBeLessThan(250);
    } finally {
      await holder.release();
    }
    expect(await database.storageState?.()).toBe("ok");
  }, 30_000);
});
