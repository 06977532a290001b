import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { PrismaAuditStore } from "../../../adapters/db/audit-store.ts";
import { AuditLog, verifyChain } from "../../../core/audit/audit-log.ts";
import { FrozenClock } from "../../../core/ports/clock.ts";
import { freshDatabase, testDialects } from "../../helpers/databases.ts";

describe.each(testDialects)("audit hash chain on $name", (dialect) => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let store: PrismaAuditStore;
  let log: AuditLog;

  beforeEach(async () => {
    database = await freshDatabase(dialect);
    store = new PrismaAuditStore(database.db, database.dialect);
    log = new AuditLog(store, new FrozenClock("2026-11-25T07:00:00Z"));
    for (const action of [
      "key_generated",
      "certificate_issued",
      "certificate_revoked",
      "crl_signed",
      "login_failed",
    ]) {
      await log.append({ actor: "operator", action, subject: "issuing-ca", details: { n: 1 } });
    }
  });
  afterEach(() => database.dispose());

  it("verifies an untouched chain", async () => {
    expect(await verifyChain(await store.all())).toEqual({ ok: true, entries: 5 });
  });

  it("reads a long chain in pages, each one statement of at most the page size, in order", async () => {
    // a chain of millions read in one statement would outlast PostgreSQL's statement timeout
    const paged = new PrismaAuditStore(database.db, database.dialect, 2);
    const takes: unknown[] = [];
    const findMany = database.db.auditEntry.findMany.bind(database.db.auditEntry);
    database.db.auditEntry.findMany = ((args: { take?: number }) => {
      takes.push(args?.take);
      return findMany(args as never);
    }) as never;
    const records = await paged.all();
    expect(records.map((r) => r.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(takes).toEqual([2, 2, 2]);
    expect(await verifyChain(records)).toEqual({ ok: true, entries: 5 });
  });

  it("detects a changed entry", async () => {
    await database.db.auditEntry.update({ where: { seq: 3 }, data: { subject: "someone-else" } });
    expect(await verifyChain(await store.all())).toMatchObject({ ok: false, seq: 3, problem: "changed" });
  });

  it("detects a deleted entry", async () => {
    await database.db.auditEntry.delete({ where: { seq: 2 } });
    expect(await verifyChain(await store.all())).toMatchObject({
      ok: false,
      seq: 3,
      problem: "deleted_before",
    });
  });

  it("keeps one chain under concurrent appends", async () => {
    await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        log.append({ actor: "a", action: "ocsp_signed", subject: `s${i}` }),
      ),
    );
    expect(await verifyChain(await store.all())).toEqual({ ok: true, entries: 25 });
  });
});
