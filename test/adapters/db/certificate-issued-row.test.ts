import { randomBytes } from "node:crypto";
import Database from "better-sqlite3";
import pg from "pg";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "../../../adapters/db/database.ts";
import { PrismaCaRepository } from "../../../adapters/db/pki-ca-repository.ts";
import * as der from "../../../core/pki/der.ts";
import { freshDatabase, testDialects, testPostgresUrl } from "../../helpers/databases.ts";
import { pendingCertificate } from "../../helpers/pending-certificate.ts";

/** A TBS-sized SEQUENCE (about as long as a real subscriber TBS) and a certificate around it. */
function signedPair(): { tbsDer: Uint8Array; certDer: Uint8Array } {
  const tbsDer = der.sequence(der.octetString(randomBytes(1_000)));
  const algorithm = der.sequence(der.oid("1.2.840.113549.1.1.11"), Uint8Array.of(0x05, 0x00));
  return { tbsDer, certDer: der.sequence(tbsDer, algorithm, der.bitString(randomBytes(256))) };
}

const pending = (tbsDer: Uint8Array) => pendingCertificate({ tbsDer });

describe.each(testDialects)("an issued certificate's row on $name", (dialect) => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const c of cleanups.splice(0)) await c();
  });

  it("no longer stores the TBS once issued (the certificate holds it)", async () => {
    const database = await freshDatabase(dialect);
    cleanups.push(database.dispose);
    const repository = new PrismaCaRepository(database.db, database.dialect);
    const { tbsDer, certDer } = signedPair();
    const row = await repository.insertPendingOrGet(pending(tbsDer));
    expect((await repository.bySerial(row.serial))?.tbsDer).toEqual(tbsDer);
    expect(await repository.markIssued(row.id, certDer)).toBe(true);
    const stored = await database.db.certificate.findUniqueOrThrow({ where: { id: row.id } });
    expect(stored.tbsDer).toBeNull();
    const back = await repository.bySerial(row.serial);
    expect(back?.state).toBe("issued");
    expect(back?.tbsDer).toBeUndefined();
    expect(Buffer.from(back!.certDer!).equals(Buffer.from(certDer))).toBe(true);
  });

  it("keeps only revoked rows in the revocation index", async () => {
    const database = await freshDatabase(dialect);
    cleanups.push(database.dispose);
    const location = database.location;
    let definition: string;
    if (location.dialect === "sqlite") {
      const db = new Database(location.file, { readonly: true });
      try {
        definition = (
          db
            .prepare(
              `SELECT sql FROM sqlite_master WHERE type = 'index' AND name = 'Certificate_revokedAt_idx'`,
            )
            .get() as { sql: string }
        ).sql;
      } finally {
        db.close();
      }
    } else {
      const rows = await database.db.$queryRawUnsafe<{ indexdef: string }[]>(
        `SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema() AND indexname = 'Certificate_revokedAt_idx'`,
      );
      definition = rows[0]?.indexdef ?? "";
    }
    expect(definition).toMatch(/WHERE \(?"?revokedAt"? IS NOT NULL\)?/);
  });
});

describe("an issued certificate's row on PostgreSQL", () => {
  it("is marked issued by HOT updates: no index is touched and the TBS is not TOASTed", async () => {
    const postgresql = testDialects.find((d) => d.name === "postgresql")!;
    const { location, drop } = await postgresql.fresh();
    try {
      const database = await openDatabase(location);
      const repository = new PrismaCaRepository(database.db, database.dialect);
      const pairs = Array.from({ length: 400 }, signedPair);
      const rows = await Promise.all(pairs.map((p) => repository.insertPendingOrGet(pending(p.tbsDer))));
      const done = await Promise.all(rows.map((r, i) => repository.markIssued(r.id, pairs[i]!.certDer)));
      expect(done.every(Boolean)).toBe(true);
      // the backends report their counts when they end
      await database.close();
      const schema = location.dialect === "postgresql" ? location.schema : "";
      const client = new pg.Client({ connectionString: testPostgresUrl });
      await client.connect();
      try {
        let counts = { upd: 0, hot: 0, fillfactor: "" };
        for (let i = 0; i < 50 && counts.upd < rows.length; i++) {
          const { rows: stats } = await client.query<{ upd: string; hot: string; options: string[] | null }>(
            `SELECT n_tup_upd AS upd, n_tup_hot_upd AS hot, c.reloptions AS options
               FROM pg_stat_user_tables s JOIN pg_class c ON c.oid = s.relid
              WHERE s.schemaname = $1 AND s.relname = 'Certificate'`,
            [schema],
          );
          counts = {
            upd: Number(stats[0]?.upd ?? 0),
            hot: Number(stats[0]?.hot ?? 0),
            fillfactor: (stats[0]?.options ?? []).join(","),
          };
          if (counts.upd < rows.length) await new Promise((r) => setTimeout(r, 200));
        }
        expect(counts.fillfactor).toContain("fillfactor=60");
        expect(counts.upd).toBe(rows.length);
        // before the migration: a 2.3 kB row, TOASTed, on a full page: no HOT update at all
        console.log("HOT", counts);
        expect(counts.hot / counts.upd).toBeGreaterThan(0.5);
      } finally {
        await client.end();
      }
    } finally {
      await drop();
    }
  });
});
