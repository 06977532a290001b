import pg from "pg";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { type OpenDatabase, openDatabase, pgPoolOf } from "../../../adapters/db/database.ts";
import { PgCertificateBatch } from "../../../adapters/db/pg-certificate-batch.ts";
import { PrismaCaRepository } from "../../../adapters/db/pki-ca-repository.ts";
import type { PendingCertificateRecord } from "../../../core/pki/ca-repository.ts";
import { freshDatabase, testDialects, testPostgresUrl } from "../../helpers/databases.ts";
import { pendingCertificate } from "../../helpers/pending-certificate.ts";

/** Quotes, braces and a backslash in the unvan, milliseconds in a date: the binary arrays keep them. */
function pending(overrides: Partial<PendingCertificateRecord> = {}): PendingCertificateRecord {
  return pendingCertificate({
    subjectCn: 'ÖRNEK "TİCARET" A.Ş. {1,2} \\',
    notBefore: new Date("2026-11-25T08:00:00.123Z"),
    ...overrides,
  });
}

const postgresql = testDialects.find((d) => d.name === "postgresql")!;

describe("PostgreSQL certificate batches over the pg driver", () => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let repository: PrismaCaRepository;
  /** Statements the repository's pool was asked to run. */
  let queries: number;

  beforeEach(async () => {
    database = await freshDatabase(postgresql);
    const pool = pgPoolOf(database.db)!;
    const query = pool.query.bind(pool);
    queries = 0;
    pool.query = ((...args: Parameters<typeof query>) => {
      queries += 1;
      return query(...args);
    }) as typeof pool.query;
    repository = new PrismaCaRepository(database.db, database.dialect);
  });
  afterEach(async () => {
    await database.dispose();
  });
  const schemaOf = () => (database.location.dialect === "postgresql" ? database.location.schema : undefined);

  it("is used by the repository on a client opened by openDatabase: 300 inserts in a few statements", async () => {
    const records = Array.from({ length: 300 }, (_, i) => pending({ orderId: `O-${i}` }));
    const stored = await Promise.all(records.map((r) => repository.insertPendingOrGet(r)));
    expect(stored.map((r) => r.id)).toEqual(records.map((r) => r.id));
    // 128 rows a statement at most: 3 batches, and no read-back (nothing was skipped)
    expect(queries).toBe(3);
    const back = await repository.bySerial(records[42]!.serial);
    expect(back).toMatchObject({
      id: records[42]!.id,
      issuanceKey: records[42]!.issuanceKey,
      orderId: "O-42",
      subjectCn: records[42]!.subjectCn,
      state: "pending",
      notBefore: records[42]!.notBefore,
      notAfter: records[42]!.notAfter,
      tokenUri: "softkey:card-1",
    });
    expect(back!.orderId).toBe("O-42");
    expect([...back!.tbsDer!]).toEqual([...records[42]!.tbsDer]);
  });

  it("gives each caller its own outcome when inserts and updates of many callers interleave", async () => {
    const records = Array.from({ length: 200 }, (_, i) =>
      pending({ tbsDer: Uint8Array.of(0x30, 0x02, i >> 8, i & 0xff) }),
    );
    // each update is queued as soon as its own insert resolved, while other inserts are still queued
    const moved = await Promise.all(
      records.map(async (r, i) => {
        const row = await repository.insertPendingOrGet(r);
        return repository.markIssued(row.id, Uint8Array.of(0x30, 0x01, i & 0xff, i >> 8));
      }),
    );
    expect(moved.every(Boolean)).toBe(true);
    for (const i of [0, 77, 199]) {
      const row = await repository.bySerial(records[i]!.serial);
      expect(row?.state).toBe("issued");
      expect([...row!.certDer!]).toEqual([0x30, 0x01, i & 0xff, i >> 8]);
      // the row's own TBS went with the update to issued
      expect(row!.tbsDer).toBeUndefined();
    }
    expect(await database.db.certificate.count({ where: { state: "issued" } })).toBe(200);
  });

  it("fails only the row whose own data is refused; the rest of its batch is committed", async () => {
    const ok = pending();
    await repository.insertPendingOrGet(ok);
    const before = queries;
    const fine = Array.from({ length: 5 }, () => pending());
    // NOT NULL violated (SQLSTATE 23502) in the middle of a batch that also holds an update
    const broken = pending({ vkn: null as unknown as string });
    const results = await Promise.allSettled([
      repository.insertPendingOrGet(fine[0]!),
      repository.insertPendingOrGet(fine[1]!),
      repository.insertPendingOrGet(broken),
      repository.markIssued(ok.id, Uint8Array.of(0x30, 0x00)),
      ...fine.slice(2).map((r) => repository.insertPendingOrGet(r)),
    ]);
    expect(results.map((r) => r.status)).toEqual([
      "fulfilled",
      "fulfilled",
      "rejected",
      "fulfilled",
      "fulfilled",
      "fulfilled",
      "fulfilled",
    ]);
    expect((results[2] as PromiseRejectedResult).reason).toMatchObject({ code: "23502" });
    expect((results[3] as PromiseFulfilledResult<boolean>).value).toBe(true);
    // the batch, then each of its 7 writes alone
    expect(queries - before).toBe(8);
    expect((await repository.bySerial(ok.serial))?.state).toBe("issued");
    for (const r of fine) expect((await repository.bySerial(r.serial))?.id).toBe(r.id);
    expect(await repository.bySerial(broken.serial)).toBeUndefined();
    expect(await database.db.certificate.count()).toBe(6);
  });

  it("rejects the whole batch on an error no row caused (a missing table), each caller told", async () => {
    const batch = new PgCertificateBatch(pgPoolOf(database.db)!);
    const [a, b] = [pending(), pending()];
    const done = await batch.write([a, b], [], new Date());
    expect([...done.inserted].sort()).toEqual([a.id, b.id].sort());
    expect(done.failedInserts.size).toBe(0);
    // the server cannot run the statement for a reason no row caused: the table is gone
    await database.db.$executeRawUnsafe('ALTER TABLE "Certificate" RENAME TO "Gone"');
    const writes = [pending(), pending(), pending()].map((r) => repository.insertPendingOrGet(r));
    const results = await Promise.allSettled(writes);
    expect(results.every((r) => r.status === "rejected")).toBe(true);
    expect((results[0] as PromiseRejectedResult).reason).toMatchObject({ code: "42P01" });
    await database.db.$executeRawUnsafe('ALTER TABLE "Gone" RENAME TO "Certificate"');
  });

  it("commits a later batch while an earlier one waits (on a row lock here), then the earlier one", async () => {
    const locked = pending();
    await repository.insertPendingOrGet(locked);
    const holder = new pg.Client({
      connectionString: testPostgresUrl,
      options: `-c search_path="${schemaOf()}"`,
    });
    await holder.connect();
    try {
      await holder.query("BEGIN");
      await holder.query('SELECT 1 FROM "Certificate" WHERE "id" = $1 FOR UPDATE', [locked.id]);
      const blocked = repository.markIssued(locked.id, Uint8Array.of(0x30, 0x00));
      let blockedDone = false;
      void blocked.then(() => {
        blockedDone = true;
      });
      await new Promise((resolve) => setTimeout(resolve, 100));
      // the batch holding the update waits for the lock; a new insert goes in another batch
      const later = pending();
      const stored = await repository.insertPendingOrGet(later);
      expect(stored.id).toBe(later.id);
      expect(blockedDone).toBe(false);
      await holder.query("COMMIT");
      expect(await blocked).toBe(true);
      expect((await repository.bySerial(locked.serial))?.state).toBe("issued");
    } finally {
      await holder.end();
    }
  });

  describe("two instances on one database", () => {
    let second: OpenDatabase;
    let other: PrismaCaRepository;

    beforeEach(async () => {
      second = await openDatabase(database.location);
      other = new PrismaCaRepository(second.db, second.dialect);
    });
    afterEach(async () => {
      await second.close();
    });

    it("store one row per issuance key and tell exactly one caller its update moved it", async () => {
      const keys = Array.from({ length: 60 }, (_, i) => `O-${i}:sign`);
      const [mine, theirs] = await Promise.all([
        Promise.all(keys.map((k) => repository.insertPendingOrGet(pending({ issuanceKey: k })))),
        Promise.all(keys.map((k) => other.insertPendingOrGet(pending({ issuanceKey: k })))),
      ]);
      expect(theirs.map((r) => r.id)).toEqual(mine.map((r) => r.id));
      expect(await database.db.certificate.count()).toBe(60);
      const moved = await Promise.all(
        mine.flatMap((row, i) => [
          repository.markIssued(row.id, Uint8Array.of(0x30, 0x00, 1, i)),
          other.markIssued(row.id, Uint8Array.of(0x30, 0x00, 2, i)),
        ]),
      );
      for (let i = 0; i < keys.length; i++) {
        expect([moved[2 * i], moved[2 * i + 1]].filter(Boolean)).toHaveLength(1);
      }
    });
  });
});
