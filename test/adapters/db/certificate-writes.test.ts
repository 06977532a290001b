import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SerialCollisionError } from "../../../adapters/db/certificate-writes.ts";
import { PrismaCaRepository } from "../../../adapters/db/pki-ca-repository.ts";
import { SqliteWriterThread } from "../../../adapters/db/sqlite-writer-thread.ts";
import { freshDatabase, testDialects } from "../../helpers/databases.ts";
import { pendingCertificate } from "../../helpers/pending-certificate.ts";

const pending = pendingCertificate;

/** Every way the writes run: each dialect on its client's connection, and SQLite on the writer thread. */
const writers = [
  ...testDialects.map((dialect) => ({
    name: `${dialect.name}, on the client's connection`,
    dialect,
    thread: false,
  })),
  {
    name: "sqlite, on the writer thread",
    dialect: testDialects.find((d) => d.name === "sqlite")!,
    thread: true,
  },
];

describe.each(writers)("grouped certificate writes: $name", ({ dialect, thread }) => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let repository: PrismaCaRepository;
  let writerThread: SqliteWriterThread | undefined;

  beforeEach(async () => {
    database = await freshDatabase(dialect);
    const { location } = database;
    writerThread =
      thread && location.dialect === "sqlite" ? new SqliteWriterThread(location.file, 5_000) : undefined;
    repository = new PrismaCaRepository(database.db, database.dialect, { writerThread });
  });
  afterEach(async () => {
    await writerThread?.close();
    await database.dispose();
  });

  it("stores a batch of pending rows with every field as given, readable through the model API", async () => {
    const records = Array.from({ length: 150 }, (_, i) => pending({ orderId: `O-${i}` }));
    const stored = await Promise.all(records.map((r) => repository.insertPendingOrGet(r)));
    expect(stored.map((r) => r.id)).toEqual(records.map((r) => r.id));
    const back = await repository.bySerial(records[42]!.serial);
    expect(back).toMatchObject({
      id: records[42]!.id,
      issuanceKey: records[42]!.issuanceKey,
      orderId: "O-42",
      subjectCn: "ÖRNEK A.Ş.",
      state: "pending",
      notBefore: records[42]!.notBefore,
      notAfter: records[42]!.notAfter,
      tokenUri: "softkey:card-1",
    });
    expect([...back!.tbsDer!]).toEqual([...records[42]!.tbsDer]);
  });

  it("answers a second insert of the same issuance key, even in the same batch, with the first row", async () => {
    const first = pending();
    const retry = pending({ issuanceKey: first.issuanceKey });
    const [a, b] = await Promise.all([
      repository.insertPendingOrGet(first),
      repository.insertPendingOrGet(retry),
    ]);
    expect(a.id).toBe(first.id);
    expect(b.id).toBe(first.id);
    expect(b.serial).toBe(first.serial);
    const later = await repository.insertPendingOrGet(pending({ issuanceKey: first.issuanceKey }));
    expect(later.id).toBe(first.id);
    expect(await database.db.certificate.count()).toBe(1);
  });

  it("refuses a serial taken by another order without failing the rest of its batch", async () => {
    const taken = pending();
    await repository.insertPendingOrGet(taken);
    const clash = pending({ serial: taken.serial });
    const fine = pending();
    const [clashed, stored] = await Promise.allSettled([
      repository.insertPendingOrGet(clash),
      repository.insertPendingOrGet(fine),
    ]);
    expect(clashed.status).toBe("rejected");
    expect((clashed as PromiseRejectedResult).reason).toBeInstanceOf(SerialCollisionError);
    expect(stored.status).toBe("fulfilled");
    expect(await database.db.certificate.count()).toBe(2);
  });

  it("marks pending rows issued in one batch and never overwrites an issued certificate", async () => {
    const records = Array.from({ length: 70 }, () => pending());
    await Promise.all(records.map((r) => repository.insertPendingOrGet(r)));
    await Promise.all(records.map((r, i) => repository.markIssued(r.id, Uint8Array.of(0x30, 0x01, i))));
    await repository.markIssued(records[5]!.id, Uint8Array.of(0xff));
    const fifth = await repository.bySerial(records[5]!.serial);
    expect(fifth?.state).toBe("issued");
    expect([...fifth!.certDer!]).toEqual([0x30, 0x01, 5]);
    const issued = await database.db.certificate.count({ where: { state: "issued" } });
    expect(issued).toBe(70);
  });

  it("tells exactly one caller that its update moved the row, in one batch and across batches", async () => {
    const [one, two] = [pending(), pending()];
    await Promise.all([repository.insertPendingOrGet(one), repository.insertPendingOrGet(two)]);
    // the same row twice in one batch, and a second repository (another instance) at the same time
    const other = new PrismaCaRepository(database.db, database.dialect);
    const same = await Promise.all([
      repository.markIssued(one.id, Uint8Array.of(0x30, 0x00, 1)),
      repository.markIssued(one.id, Uint8Array.of(0x30, 0x00, 2)),
      other.markIssued(one.id, Uint8Array.of(0x30, 0x00, 3)),
      repository.markIssued(two.id, Uint8Array.of(0x30, 0x00, 4)),
    ]);
    expect(same.slice(0, 3).filter(Boolean)).toHaveLength(1);
    expect(same[3]).toBe(true);
    expect(await repository.markIssued(two.id, Uint8Array.of(0x30, 0x00, 5))).toBe(false);
    const stored = await repository.bySerial(two.serial);
    expect([...stored!.certDer!]).toEqual([0x30, 0x00, 4]);
  });
});

describe("SQLite writer thread", () => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let writerThread: SqliteWriterThread;
  let repository: PrismaCaRepository;

  beforeEach(async () => {
    database = await freshDatabase(testDialects.find((d) => d.name === "sqlite")!);
    const { location } = database;
    if (location.dialect !== "sqlite") throw new Error("expected SQLite");
    writerThread = new SqliteWriterThread(location.file, 5_000);
    repository = new PrismaCaRepository(database.db, database.dialect, { writerThread });
  });
  afterEach(async () => {
    await writerThread.close();
    await database.dispose();
  });

  it("fails the waiting writes with a clear error once the thread is closed, writing nothing", async () => {
    await writerThread.close();
    await expect(repository.insertPendingOrGet(pending())).rejects.toThrow(/writer thread is closed/);
    expect(await database.db.certificate.count()).toBe(0);
  });

  it("rolls a whole batch back when one statement fails, and keeps serving later batches", async () => {
    const ok = pending();
    // a NOT NULL column left empty fails the INSERT, and with it the update queued in the same batch
    const broken = pending({ vkn: null as unknown as string });
    await repository.insertPendingOrGet(ok);
    const results = await Promise.allSettled([
      repository.insertPendingOrGet(broken),
      repository.markIssued(ok.id, Uint8Array.of(0x30, 0x00)),
    ]);
    expect(results.map((r) => r.status)).toEqual(["rejected", "rejected"]);
    expect((await repository.bySerial(ok.serial))?.state).toBe("pending");
    await repository.markIssued(ok.id, Uint8Array.of(0x30, 0x00));
    expect((await repository.bySerial(ok.serial))?.state).toBe("issued");
    expect(await database.db.certificate.count()).toBe(1);
  });
});
