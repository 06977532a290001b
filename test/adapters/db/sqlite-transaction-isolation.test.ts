/**
 * Hostile tester (concurrent requests on SQLite): Prisma's better-sqlite3 adapter runs every
 * statement on one connection and guards only the start of a transaction. A statement sent outside
 * any transaction while another request's interactive transaction was open (awaiting between its
 * statements: the conversation store's group commit, a retention sweep) ran inside that
 * transaction: it saw the transaction's uncommitted rows, and when the transaction rolled back (one
 * write of a group commit hitting a unique key, a timeout) a write that had been answered as done
 * was undone with it. Statements outside a transaction now wait until the open transaction ends.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type OpenDatabase, openDatabase } from "../../../adapters/db/database.ts";

const dir = mkdtempSync(join(tmpdir(), "mm-sqlite-isolation-"));
let database: OpenDatabase;

beforeAll(async () => {
  database = await openDatabase({ dialect: "sqlite", file: join(dir, "mm.db") });
  await database.db.$executeRawUnsafe(`CREATE TABLE "Isolation" ("v" TEXT NOT NULL)`);
});

afterAll(async () => {
  await database?.close();
  rmSync(dir, { recursive: true, force: true });
});

const values = async () =>
  (await database.db.$queryRawUnsafe<{ v: string }[]>(`SELECT "v" FROM "Isolation" ORDER BY rowid`)).map(
    (r) => r.v,
  );

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("a statement sent while another caller's transaction is open", () => {
  it("is not undone when that transaction rolls back", async () => {
    let inside!: () => void;
    const opened = new Promise<void>((resolve) => {
      inside = resolve;
    });
    const rolledBack = database.db
      .$transaction(async (tx) => {
        await tx.$executeRawUnsafe(`INSERT INTO "Isolation" VALUES ('rolled back')`);
        inside();
        await pause(150);
        throw new Error("this transaction fails");
      })
      .catch((error: Error) => error.message);
    await opened;
    const written = await database.db.$executeRawUnsafe(
      `INSERT INTO "Isolation" VALUES ('answered as written')`,
    );
    expect(written).toBe(1);
    expect(await rolledBack).toBe("this transaction fails");
    expect(await values()).toEqual(["answered as written"]);
  });

  it("does not see the other transaction's uncommitted rows", async () => {
    await database.db.$executeRawUnsafe(`DELETE FROM "Isolation"`);
    let inside!: () => void;
    const opened = new Promise<void>((resolve) => {
      inside = resolve;
    });
    const committed = database.db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe(`INSERT INTO "Isolation" VALUES ('uncommitted')`);
      inside();
      await pause(100);
      throw new Error("rolled back");
    });
    await opened;
    const seen = await values();
    await committed.catch(() => {});
    expect(seen).toEqual([]);
  });
});
