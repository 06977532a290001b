import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { PrismaCaRepository } from "../../../adapters/db/pki-ca-repository.ts";
import { SqliteWriterThread } from "../../../adapters/db/sqlite-writer-thread.ts";
import type { PendingCertificateRecord } from "../../../core/pki/ca-repository.ts";
import { freshDatabase, testDialects } from "../../helpers/databases.ts";
import { pendingCertificate } from "../../helpers/pending-certificate.ts";

const sqlite = testDialects.find((d) => d.name === "sqlite")!;
const crashOnce = new URL("../../helpers/crash-once-writer-worker.mjs", import.meta.url);

function pending(n: number): PendingCertificateRecord {
  return pendingCertificate({
    id: `row-${n}`,
    serial: `7f0${n}`,
    issuanceKey: `O-${n}:sign`,
    orderId: `O-${n}`,
    tbsDer: Uint8Array.of(0x30, 0x03, 0x02, 0x01, n),
  });
}

describe("the SQLite writer thread", () => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let thread: SqliteWriterThread;
  let repository: PrismaCaRepository;
  const events: string[] = [];

  beforeEach(async () => {
    events.length = 0;
    database = await freshDatabase(sqlite);
    if (database.location.dialect !== "sqlite") throw new Error("expected SQLite");
    thread = new SqliteWriterThread(database.location.file, 5_000, {
      workerUrl: crashOnce,
      // counted from the stop: a slow worker start on a loaded machine does not shorten it
      restartIntervalMs: 2_000,
      events: {
        onStopped: (error) => events.push(`stopped: ${(error as { code?: string }).code}`),
        onRestarted: () => events.push("restarted"),
      },
    });
    repository = new PrismaCaRepository(database.db, database.dialect, { writerThread: thread });
  });
  afterEach(async () => {
    await thread.close();
    await database.dispose();
  });

  it("refuses the batch in flight when its worker dies, and starts a new worker for a later write", async () => {
    await expect(repository.insertPendingOrGet(pending(1))).rejects.toMatchObject({
      code: "sqlite_writer_stopped",
    });
    expect(events).toEqual(["stopped: sqlite_writer_stopped"]);
    // right after the stop, writes fail fast instead of starting worker after worker
    await expect(repository.insertPendingOrGet(pending(2))).rejects.toMatchObject({
      code: "sqlite_writer_stopped",
    });
    expect(events).toEqual(["stopped: sqlite_writer_stopped"]);
    await new Promise((resolve) => setTimeout(resolve, 2_100));
    // the retry of the refused order and a new one are both stored by the new worker
    const [retried, fresh] = await Promise.all([
      repository.insertPendingOrGet(pending(1)),
      repository.insertPendingOrGet(pending(3)),
    ]);
    expect(events).toEqual(["stopped: sqlite_writer_stopped", "restarted"]);
    expect(retried.id).toBe("row-1");
    expect(fresh.id).toBe("row-3");
    await repository.markIssued("row-1", Uint8Array.of(0x30, 0x00));
    expect(await repository.bySerial("7f01")).toMatchObject({ state: "issued", id: "row-1" });
    expect(await repository.bySerial("7f02")).toBeUndefined();
  });

  it("refuses writes after close with its own code", async () => {
    await thread.close();
    await expect(repository.insertPendingOrGet(pending(4))).rejects.toMatchObject({
      code: "sqlite_writer_closed",
    });
    expect(events).toEqual([]);
  });
});
