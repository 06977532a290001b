/**
 * The issuance engine's two hot writes, grouped: every pending insert and every `markIssued` queued
 * during one event-loop turn are committed together in one transaction of at most three SQL
 * statements (one multi-row INSERT, one SELECT for the rows that already existed, one multi-row
 * UPDATE), so one fsync and a handful of Prisma calls serve a whole batch. On SQLite the service
 * runs the batch on a writer thread (sqlite-writer-thread.ts), so the main thread never waits on it;
 * on PostgreSQL the batch is one prepared statement sent with the `pg` driver (pg-certificate-batch.ts).
 *
 * Why raw SQL rather than the model API: measured in `npm run bench -- pki.bench`, the Prisma
 * client and its SQLite adapter took about half of the main thread at ~500 certificates/s with one
 * model call per write (the adapter prepares a statement per call, and each call runs the query
 * interpreter). One statement per batch removes that per-certificate cost.
 */

import type { CertificateRecord, PendingCertificateRecord } from "../../core/pki/ca-repository.ts";
import { Prisma } from "../../generated/prisma-sqlite/client.ts";
import { certificateRecordOf } from "./certificate-row.ts";
import type { Db } from "./database.ts";
import type { PgCertificateBatch } from "./pg-certificate-batch.ts";
import { CERTIFICATE_INSERT_COLUMNS, type SqlValue, sqliteDate } from "./sqlite-writer-protocol.ts";
import type { SqliteWriterThread } from "./sqlite-writer-thread.ts";
import type { Dialect } from "./storage-location.ts";

/** Rows per statement: 128 rows × 15 parameters stays far below SQLite's and PostgreSQL's limits. */
const MAX_BATCH = 128;

/**
 * Least time between two commits' starts: under load the writes of a few milliseconds share one
 * commit, while a write arriving after a quiet spell is committed at once. Measured with `pki.bench`
 * (64 orders in flight, SQLite on the writer thread): 2 ms → ~2 500, 4 → ~2 650, 8 → ~2 470,
 * 16 → ~2 870 certificates/s; on the main thread 16 ms was best as well (~2 100).
 */
const MIN_COMMIT_INTERVAL_MS = 16;

/**
 * Batches committing at once on PostgreSQL (one, on SQLite: one writer). When a commit takes longer
 * than the interval (the server's WAL flush shared with other clients), the next batch starts on
 * another pooled connection instead of waiting, so signing is not starved of rows. Concurrent batches
 * cannot reorder a caller's writes: an update is queued only after its row's insert committed, and
 * the conditional UPDATE and ON CONFLICT wait for each other's row locks.
 */
const PG_MAX_IN_FLIGHT = 3;

interface PendingInsert {
  record: PendingCertificateRecord;
  resolve: (row: CertificateRecord) => void;
  reject: (error: unknown) => void;
}

interface IssuedUpdate {
  id: string;
  certDer: Uint8Array;
  /** `true` for the one update that moved the row from pending to issued. */
  resolve: (moved: boolean) => void;
  reject: (error: unknown) => void;
}

/** What a committed batch did: each insert's row or error, the ids moved to issued, updates refused by id. */
interface BatchOutcome {
  outcome: Map<PendingInsert, CertificateRecord | Error>;
  moved: Set<string>;
  refused?: Map<string, Error>;
}

type TxClient = Pick<Db, "$executeRaw" | "$queryRaw" | "certificate">;

const INSERT_COLUMN_LIST = CERTIFICATE_INSERT_COLUMNS.map((c) => `"${c}"`).join(", ");

/**
 * A pending row's values in {@link CERTIFICATE_INSERT_COLUMNS} order; `date` writes the dates as the
 * path needs them (Date objects for Prisma, text for the SQLite writer thread).
 */
function insertValues<D>(
  r: PendingCertificateRecord,
  createdAt: Date,
  date: (d: Date) => D,
): (SqlValue | D)[] {
  return [
    r.id,
    r.serial,
    r.issuanceKey,
    r.orderId ?? null,
    r.vkn,
    r.subjectCn,
    r.kind,
    r.profile,
    r.issuerId,
    r.tbsDer,
    r.state,
    date(r.notBefore),
    date(r.notAfter),
    r.tokenUri ?? null,
    date(createdAt),
  ];
}

/** Thrown when a new certificate's serial is already taken by another order's certificate. */
export class SerialCollisionError extends Error {
  constructor(serial: string) {
    super(`serial ${serial} is already used by another certificate`);
  }
}

/** Groups the engine's certificate inserts and updates into shared transactions. */
export class CertificateWrites {
  #inserts: PendingInsert[] = [];
  #updates: IssuedUpdate[] = [];
  #timer: ReturnType<typeof setTimeout> | undefined;
  #inFlight = 0;
  #lastCommitAt = Number.NEGATIVE_INFINITY;

  /**
   * @param thread SQLite only: run the batches on this writer thread instead of the main thread's
   *   Prisma connection (see sqlite-writer-thread.ts).
   * @param pgBatch PostgreSQL only: send the batches as one `pg` statement (pg-certificate-batch.ts)
   *   instead of a Prisma transaction.
   */
  constructor(
    private readonly db: Db,
    private readonly dialect: Dialect,
    private readonly thread?: SqliteWriterThread,
    private readonly pgBatch?: PgCertificateBatch,
  ) {}

  /** Inserts a pending certificate; resolves with it, or with the row already stored under its issuance key. */
  insertPendingOrGet(record: PendingCertificateRecord): Promise<CertificateRecord> {
    return new Promise((resolve, reject) => {
      this.#inserts.push({ record, resolve, reject });
      this.#schedule();
    });
  }

  /**
   * Marks a pending certificate issued with its signed DER; a certificate issued already stays as it
   * is. Resolves `true` only for the caller whose update moved the row (by the conditional UPDATE's
   * returned rows, so across instances on one database too), `false` for every other.
   */
  markIssued(id: string, certDer: Uint8Array): Promise<boolean> {
    return new Promise((resolve, reject) => {
      this.#updates.push({ id, certDer, resolve, reject });
      this.#schedule();
    });
  }

  #schedule(): void {
    if (this.#inFlight >= (this.pgBatch ? PG_MAX_IN_FLIGHT : 1)) return;
    const full = this.#inserts.length >= MAX_BATCH || this.#updates.length >= MAX_BATCH;
    if (this.#timer && !full) return;
    clearTimeout(this.#timer);
    const wait = full ? 0 : this.#lastCommitAt + MIN_COMMIT_INTERVAL_MS - performance.now();
    // A timer, never an immediate: even "now" (Node's 1 ms) lets this turn's I/O callbacks queue
    // their writes into the batch; measured, an immediate flush gave smaller batches and ~15% fewer
    // certificates/s on SQLite.
    this.#timer = setTimeout(
      () => {
        this.#timer = undefined;
        void this.#flush();
      },
      Math.max(0, wait),
    );
  }

  async #flush(): Promise<void> {
    this.#inFlight += 1;
    try {
      this.#lastCommitAt = performance.now();
      const inserts = this.#inserts.splice(0, MAX_BATCH);
      const updates = this.#updates.splice(0, MAX_BATCH);
      await this.#commit(inserts, updates);
    } finally {
      this.#inFlight -= 1;
    }
    // The next batch is timed from this one's start (see MIN_COMMIT_INTERVAL_MS).
    if (this.#inserts.length > 0 || this.#updates.length > 0) this.#schedule();
  }

  async #commit(inserts: PendingInsert[], updates: IssuedUpdate[]): Promise<void> {
    // one UPDATE row per id: of two updates of one row in a batch, the first is the one that moves it
    const firstOf = new Map<string, IssuedUpdate>();
    for (const write of updates) if (!firstOf.has(write.id)) firstOf.set(write.id, write);
    const distinct = [...firstOf.values()];
    let committed: BatchOutcome;
    try {
      committed = this.thread
        ? await this.#commitOnThread(this.thread, inserts, distinct)
        : this.pgBatch
          ? await this.#commitOnPg(this.pgBatch, inserts, distinct)
          : await this.db.$transaction(async (tx) => {
              const result = inserts.length > 0 ? await this.#insert(tx, inserts) : new Map();
              const updated =
                distinct.length > 0 ? await tx.$queryRaw<{ id: string }[]>(this.#updateSql(distinct)) : [];
              return { outcome: result, moved: new Set(updated.map((row) => row.id)) };
            });
    } catch (error) {
      for (const write of [...inserts, ...updates]) write.reject(error);
      return;
    }
    const { outcome, moved, refused } = committed;
    for (const write of inserts) {
      const row = outcome.get(write)!;
      if (row instanceof Error) write.reject(row);
      else write.resolve(row);
    }
    for (const write of updates) {
      const error = refused?.get(write.id);
      if (error) write.reject(error);
      else write.resolve(firstOf.get(write.id) === write && moved.has(write.id));
    }
  }

  /**
   * The batch as one `pg` statement. A write refused for its own data fails alone (`refused` holds
   * the updates' errors by id); rows the INSERT skipped are read back after the commit, as on the
   * writer thread.
   */
  async #commitOnPg(
    batch: PgCertificateBatch,
    inserts: PendingInsert[],
    updates: IssuedUpdate[],
  ): Promise<BatchOutcome> {
    const result = await batch.write(
      inserts.map((w) => w.record),
      updates,
      new Date(),
    );
    const kept = inserts.filter((_, i) => !result.failedInserts.has(i));
    const outcome = await this.#settleInserts(this.db, kept, result.inserted);
    for (const [i, error] of result.failedInserts) outcome.set(inserts[i]!, error);
    const refused = new Map([...result.failedUpdates].map(([i, error]) => [updates[i]!.id, error]));
    return { outcome, moved: result.updated, refused };
  }

  /**
   * The batch as one transaction on the writer thread. Rows the INSERT skipped are read back after
   * the commit: a row stored under an issuance key is never deleted, so the read sees it.
   */
  async #commitOnThread(
    thread: SqliteWriterThread,
    inserts: PendingInsert[],
    updates: IssuedUpdate[],
  ): Promise<BatchOutcome> {
    const createdAt = new Date();
    const rows = inserts.map(({ record }) => insertValues(record, createdAt, sqliteDate));
    const { inserted, updated } = await thread.write(
      rows,
      updates.map((u) => [u.id, u.certDer]),
    );
    return {
      outcome: await this.#settleInserts(this.db, inserts, new Set(inserted)),
      moved: new Set(updated),
    };
  }

  /** One INSERT … ON CONFLICT DO NOTHING; the rows it skipped are read back by issuance key. */
  async #insert(
    tx: TxClient,
    inserts: PendingInsert[],
  ): Promise<Map<PendingInsert, CertificateRecord | Error>> {
    const createdAt = new Date();
    const values = inserts.map(
      ({ record }) =>
        Prisma.sql`(${Prisma.join(insertValues(record, createdAt, (d) => d).map((v) => (v instanceof Uint8Array ? this.#bytes(v) : v)))})`,
    );
    const inserted = await tx.$queryRaw<
      { id: string }[]
    >`INSERT INTO "Certificate" (${Prisma.raw(INSERT_COLUMN_LIST)}) VALUES ${Prisma.join(values)} ON CONFLICT DO NOTHING RETURNING "id"`;
    return this.#settleInserts(tx, inserts, new Set(inserted.map((row) => row.id)));
  }

  /** Each insert's outcome: its own row, the row stored earlier under its issuance key, or a serial collision. */
  async #settleInserts(
    tx: Pick<TxClient, "certificate">,
    inserts: PendingInsert[],
    insertedIds: Set<string>,
  ): Promise<Map<PendingInsert, CertificateRecord | Error>> {
    const result = new Map<PendingInsert, CertificateRecord | Error>();
    const skipped: PendingInsert[] = [];
    for (const write of inserts) {
      if (insertedIds.has(write.record.id)) result.set(write, write.record);
      else skipped.push(write);
    }
    if (skipped.length > 0) {
      const keys = skipped.map((w) => w.record.issuanceKey);
      const rows = await tx.certificate.findMany({ where: { issuanceKey: { in: keys } } });
      const byKey = new Map(rows.map((row) => [row.issuanceKey, certificateRecordOf(row)]));
      for (const write of skipped) {
        result.set(
          write,
          byKey.get(write.record.issuanceKey) ?? new SerialCollisionError(write.record.serial),
        );
      }
    }
    return result;
  }

  /** One UPDATE … FROM (VALUES …) setting the state and DER of every row still pending, returning their ids. */
  #updateSql(updates: IssuedUpdate[]): Prisma.Sql {
    if (this.dialect === "postgresql") {
      const values = updates.map((u) => Prisma.sql`(${u.id}::text, ${this.#bytes(u.certDer)}::bytea)`);
      return Prisma.sql`UPDATE "Certificate" AS c SET "state" = 'issued', "certDer" = v.der, "tbsDer" = NULL FROM (VALUES ${Prisma.join(values)}) AS v(id, der) WHERE c."id" = v.id AND c."state" = 'pending' RETURNING c."id"`;
    }
    const values = updates.map((u) => Prisma.sql`(${u.id}, ${this.#bytes(u.certDer)})`);
    return Prisma.sql`UPDATE "Certificate" SET "state" = 'issued', "certDer" = v.column2, "tbsDer" = NULL FROM (VALUES ${Prisma.join(values)}) AS v WHERE "Certificate"."id" = v.column1 AND "Certificate"."state" = 'pending' RETURNING "id"`;
  }

  /** Prisma wants bytes backed by a plain ArrayBuffer. */
  #bytes(value: Uint8Array): Uint8Array<ArrayBuffer> {
    return value.buffer instanceof ArrayBuffer ? (value as Uint8Array<ArrayBuffer>) : new Uint8Array(value);
  }
}
