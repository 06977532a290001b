import { describe, expect, it } from "vitest";
import { isStorageBusy, isStorageFull, isStorageUnavailable } from "../../../adapters/db/storage-errors.ts";

describe("isStorageUnavailable", () => {
  it("recognises an unreachable or restarting database through Prisma codes, adapter kinds and causes", () => {
    expect(isStorageUnavailable({ code: "P1001", message: "Can't reach database server" })).toBe(true);
    expect(isStorageUnavailable({ code: "P1017" })).toBe(true);
    expect(
      isStorageUnavailable({
        code: "P2010",
        meta: { driverAdapterError: { cause: { kind: "ConnectionClosed" } } },
      }),
    ).toBe(true);
    expect(isStorageUnavailable(new Error("wrapped", { cause: { code: "ECONNREFUSED" } }))).toBe(true);
    expect(isStorageUnavailable({ cause: { originalCode: "57P01" } })).toBe(true);
    expect(isStorageUnavailable(new Error("Connection terminated unexpectedly"))).toBe(true);
    // PostgreSQL out of memory (53200): a fault of the server, retried later; the disk has room
    const outOfMemory = { code: "P2010", meta: { driverAdapterError: { cause: { originalCode: "53200" } } } };
    expect(isStorageUnavailable(outOfMemory)).toBe(true);
    expect(isStorageFull(outOfMemory)).toBe(false);
  });

  it("leaves other errors alone", () => {
    expect(isStorageUnavailable({ code: "P2002", meta: { target: ["serial"] } })).toBe(false);
    expect(isStorageUnavailable(new Error("CRL number 3 is not above the last one (3)"))).toBe(false);
    expect(isStorageUnavailable(undefined)).toBe(false);
    const loop: { cause?: unknown } = {};
    loop.cause = loop;
    expect(isStorageUnavailable(loop)).toBe(false);
  });
});

describe("isStorageFull and isStorageBusy", () => {
  it("recognise a full disk on SQLite, PostgreSQL and the file system, and a locked SQLite file", () => {
    const sqliteFull = {
      code: "P2010",
      meta: {
        driverAdapterError: {
          cause: { originalCode: "SQLITE_FULL", originalMessage: "database or disk is full" },
        },
      },
    };
    expect(isStorageFull(sqliteFull)).toBe(true);
    expect(isStorageFull({ cause: { code: "53100", message: "could not extend file" } })).toBe(true);
    expect(isStorageFull(new Error("write failed", { cause: { code: "ENOSPC" } }))).toBe(true);
    expect(isStorageUnavailable(sqliteFull)).toBe(true);
    expect(isStorageBusy({ code: "SQLITE_BUSY", message: "database is locked" })).toBe(true);
    expect(isStorageBusy(sqliteFull)).toBe(false);
    expect(isStorageFull({ code: "SQLITE_BUSY" })).toBe(false);
    expect(isStorageFull({ code: "P2002" })).toBe(false);
  });
});
