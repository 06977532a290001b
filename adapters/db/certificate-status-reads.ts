import Database from "better-sqlite3";
import type pg from "pg";
import type { CertificateRecord, CertificateStatusRecord } from "../../core/pki/ca-repository.ts";

/**
 * Reads the statuses of many serials in one statement: the OCSP responder's read, made for every
 * request (a revocation must show at once, so nothing is cached). Sent on the driver, without
 * Prisma: measured with the OCSP bench, Prisma's query path and the garbage it leaves took about a
 * quarter of the event loop's time per answer with a fresh nonce.
 */
export type CertificateStatusReads = (
  serials: readonly string[],
) => Promise<Map<string, CertificateStatusRecord>>;

const COLUMNS = `"serial", "state", "issuerId", "revokedAt", "revocationReason"`;

/** A status row as the drivers (or Prisma) return it; SQLite gives dates as text. */
export interface StatusRow {
  serial: string;
  state: string;
  issuerId: string;
  revokedAt: Date | string | null;
  revocationReason: number | null;
}

/** The status record of a row. */
export function certificateStatusOf(row: StatusRow): CertificateStatusRecord {
  return {
    serial: row.serial,
    state: row.state as CertificateRecord["state"],
    issuerId: row.issuerId,
    revokedAt: row.revokedAt === null ? undefined : new Date(row.revokedAt),
    revocationReason: row.revocationReason ?? undefined,
  };
}

function bySerial(rows: StatusRow[]): Map<string, CertificateStatusRecord> {
  const out = new Map<string, CertificateStatusRecord>();
  for (const row of rows) out.set(row.serial, certificateStatusOf(row));
  return out;
}

/**
 * On PostgreSQL: one named prepared statement over the pool Prisma runs on (parsed once per
 * connection). The pool's search path is the schema, as for the other raw statements.
 */
export function pgStatusReads(pool: pg.Pool): CertificateStatusReads {
  return async (serials) => {
    const { rows } = await pool.query<StatusRow>({
      name: "mm_certificate_status",
      text: `SELECT ${COLUMNS} FROM "Certificate" WHERE "serial" = ANY($1::text[])`,
      values: [serials],
    });
    return bySerial(rows);
  };
}

/**
 * On SQLite: a read-only connection of its own (WAL mode lets it read beside the writers), opened at
 * the first read and closed by {@link SqliteStatusReads.close}. A read runs synchronously: it takes
 * a few microseconds, less than handing it to another thread would.
 */
export class SqliteStatusReads {
  readonly #file: string;
  #db: Database.Database | undefined;
  #statement: Database.Statement<[string], StatusRow> | undefined;

  constructor(file: string) {
    this.#file = file;
  }

  readonly read: CertificateStatusReads = async (serials) => {
    if (!this.#statement) {
      this.#db = new Database(this.#file, { readonly: true, fileMustExist: true, timeout: 5_000 });
      this.#statement = this.#db.prepare<[string], StatusRow>(
        `SELECT ${COLUMNS} FROM "Certificate" WHERE "serial" IN (SELECT value FROM json_each(?))`,
      );
    }
    return bySerial(this.#statement.all(JSON.stringify(serials)));
  };

  close(): void {
    this.#db?.close();
    this.#db = undefined;
    this.#statement = undefined;
  }
}
