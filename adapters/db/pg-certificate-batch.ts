/**
 * The issuance engine's grouped certificate writes on PostgreSQL, sent with the `pg` driver itself
 * rather than through Prisma: a whole batch (its pending inserts and its `markIssued` updates) is
 * ONE prepared statement in autocommit, so one round trip and one commit serve it, and the server
 * parses and plans the statement once per connection. The rows travel as arrays (one per column, in
 * the binary wire format: pg-binary-arrays.ts) that the statement unnests, so its text is the same
 * whatever the batch size.
 *
 * Why: measured with `npm run bench -- pg` and `--cpu-prof` (docs/decisions/0005-pg-certificate-batch.md),
 * Prisma's interactive transaction (BEGIN, INSERT, UPDATE, COMMIT, each parsed anew with up to
 * 1 920 parameters and run through the query interpreter) cost more CPU per certificate, in Node
 * and in PostgreSQL, than the rest of the engine apart from the signature.
 */

import type pg from "pg";
import type { PendingCertificateRecord } from "../../core/pki/ca-repository.ts";
import { byteaArray, textArray, timestampArray } from "./pg-binary-arrays.ts";
import { CERTIFICATE_INSERT_COLUMNS } from "./sqlite-writer-protocol.ts";

type InsertColumn = (typeof CERTIFICATE_INSERT_COLUMNS)[number];

/** Each inserted column's PostgreSQL type (prisma/migrations/postgresql/…_init). */
const COLUMN_TYPES: Record<InsertColumn, string> = {
  id: "text",
  serial: "text",
  issuanceKey: "text",
  orderId: "text",
  vkn: "text",
  subjectCn: "text",
  kind: "text",
  profile: "text",
  issuerId: "text",
  tbsDer: "bytea",
  state: "text",
  notBefore: "timestamp(3)",
  notAfter: "timestamp(3)",
  tokenUri: "text",
  createdAt: "timestamp(3)",
};

const COLUMNS = CERTIFICATE_INSERT_COLUMNS.map((c) => `"${c}"`).join(", ");
const UNNEST = CERTIFICATE_INSERT_COLUMNS.map((c, i) => `$${i + 1}::${COLUMN_TYPES[c]}[]`).join(", ");
const UPDATE_IDS = CERTIFICATE_INSERT_COLUMNS.length + 1;

/**
 * Both parts in one statement. They cannot meet: a row is updated only after the batch that
 * inserted it committed (the engine signs between the two). Of a batch's rows that share a unique
 * key, ON CONFLICT DO NOTHING keeps the first.
 */
const BATCH_SQL = `WITH ins AS (
  INSERT INTO "Certificate" (${COLUMNS}) SELECT * FROM unnest(${UNNEST})
  ON CONFLICT DO NOTHING RETURNING "id"
), upd AS (
  UPDATE "Certificate" AS c SET "state" = 'issued', "certDer" = v.der, "tbsDer" = NULL
  FROM unnest($${UPDATE_IDS}::text[], $${UPDATE_IDS + 1}::bytea[]) AS v(id, der)
  WHERE c."id" = v.id AND c."state" = 'pending' RETURNING c."id"
)
SELECT true AS inserted, "id" FROM ins UNION ALL SELECT false AS inserted, "id" FROM upd`;

/** The prepared statement's name (one per connection, prepared on its first use there). */
const STATEMENT = "mm_certificate_batch";

/** A `markIssued` update: the row and its signed DER. */
export interface IssuedWrite {
  id: string;
  certDer: Uint8Array;
}

/**
 * What a batch did: the ids it inserted (an insert missing here found its unique key taken), the
 * ids it moved from pending to issued, and the writes refused for their own data, by their index
 * in the batch's `inserts` and `updates`.
 */
export interface BatchResult {
  inserted: Set<string>;
  updated: Set<string>;
  failedInserts: Map<number, Error>;
  failedUpdates: Map<number, Error>;
}

/**
 * SQLSTATE classes 22 (data exception) and 23 (integrity constraint violation): an error one row's
 * values can cause. Any other (connection lost, server shutting down) concerns the whole batch.
 */
function isRowError(error: unknown): boolean {
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" && /^2[23]/.test(code);
}

/** Sends the certificate batches of {@link CertificateWrites} to PostgreSQL over a `pg` pool. */
export class PgCertificateBatch {
  constructor(private readonly pool: pg.Pool) {}

  /**
   * Writes a batch in one statement (one transaction). When a row's own data makes it fail, each
   * write is retried alone, so that only the faulty ones fail; any other error rejects the batch.
   */
  async write(
    inserts: PendingCertificateRecord[],
    updates: IssuedWrite[],
    createdAt: Date,
  ): Promise<BatchResult> {
    const result: BatchResult = {
      inserted: new Set(),
      updated: new Set(),
      failedInserts: new Map(),
      failedUpdates: new Map(),
    };
    try {
      await this.#run(inserts, updates, createdAt, result);
      return result;
    } catch (error) {
      if (inserts.length + updates.length < 2 || !isRowError(error)) throw error;
    }
    for (const [i, record] of inserts.entries()) {
      await this.#run([record], [], createdAt, result).catch((error: unknown) => {
        if (!isRowError(error)) throw error;
        result.failedInserts.set(i, error as Error);
      });
    }
    for (const [i, update] of updates.entries()) {
      await this.#run([], [update], createdAt, result).catch((error: unknown) => {
        if (!isRowError(error)) throw error;
        result.failedUpdates.set(i, error as Error);
      });
    }
    return result;
  }

  async #run(
    inserts: PendingCertificateRecord[],
    updates: IssuedWrite[],
    createdAt: Date,
    into: BatchResult,
  ): Promise<void> {
    const { rows } = await this.pool.query<{ inserted: boolean; id: string }>({
      name: STATEMENT,
      text: BATCH_SQL,
      values: [
        ...columnsOf(inserts, createdAt),
        textArray(updates.map((u) => u.id)),
        byteaArray(updates.map((u) => u.certDer)),
      ],
    });
    for (const row of rows) (row.inserted ? into.inserted : into.updated).add(row.id);
  }
}

/** The pending rows as one binary array per column, in {@link CERTIFICATE_INSERT_COLUMNS} order. */
function columnsOf(records: PendingCertificateRecord[], createdAt: Date): Buffer[] {
  const values: Record<InsertColumn, Buffer> = {
    id: textArray(records.map((r) => r.id)),
    serial: textArray(records.map((r) => r.serial)),
    issuanceKey: textArray(records.map((r) => r.issuanceKey)),
    orderId: textArray(records.map((r) => r.orderId ?? null)),
    vkn: textArray(records.map((r) => r.vkn)),
    subjectCn: textArray(records.map((r) => r.subjectCn)),
    kind: textArray(records.map((r) => r.kind)),
    profile: textArray(records.map((r) => r.profile)),
    issuerId: textArray(records.map((r) => r.issuerId)),
    tbsDer: byteaArray(records.map((r) => r.tbsDer)),
    state: textArray(records.map((r) => r.state)),
    // timestamp(3) keeps the UTC fields, as Prisma stores them
    notBefore: timestampArray(records.map((r) => r.notBefore)),
    notAfter: timestampArray(records.map((r) => r.notAfter)),
    tokenUri: textArray(records.map((r) => r.tokenUri ?? null)),
    createdAt: timestampArray(records.map(() => createdAt)),
  };
  return CERTIFICATE_INSERT_COLUMNS.map((c) => values[c]);
}
