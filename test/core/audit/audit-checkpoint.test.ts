import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { PrismaAuditStore } from "../../../adapters/db/audit-store.ts";
import { verifyAnchoredChain } from "../../../core/audit/anchored-verification.ts";
import {
  AuditLog,
  canonicalEntry,
  GENESIS_HASH,
  sha256Hex,
  verifyChain,
} from "../../../core/audit/audit-log.ts";
import { FrozenClock } from "../../../core/ports/clock.ts";
import { freshDatabase, testDialects } from "../../helpers/databases.ts";

const key = new Uint8Array(Buffer.from("audit-key-for-tests-only-32-bytes!"));

describe.each(testDialects)("keyed audit checkpoints on $name", (dialect) => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let store: PrismaAuditStore;
  let log: AuditLog;

  const verdict = async (withKey = key) =>
    verifyAnchoredChain(await store.all(), await store.checkpoints(), withKey);

  beforeEach(async () => {
    database = await freshDatabase(dialect);
    store = new PrismaAuditStore(database.db, database.dialect);
    log = new AuditLog(store, new FrozenClock("2026-11-25T07:00:00Z"), { key, store, every: 4 });
    for (let i = 1; i <= 6; i += 1)
      await log.append({ actor: "operator", action: "certificate_issued", subject: `s${i}` });
    await log.checkpoint();
  });
  afterEach(() => database.dispose());

  it("anchors every N-th entry and, on demand, the newest", async () => {
    expect((await store.checkpoints()).map((c) => c.seq)).toEqual([4, 6]);
    expect(await log.checkpoint()).toBeUndefined(); // already anchored
    expect(await verdict()).toEqual({ ok: true, entries: 6, checkpoints: 2, unanchored: 0 });
    await log.append({ actor: "operator", action: "crl_signed", subject: "x" });
    expect(await verdict()).toMatchObject({ ok: true, entries: 7, unanchored: 1 });
  });

  it("reports a deleted last entry (the plain chain accepts it)", async () => {
    await database.db.auditEntry.delete({ where: { seq: 6 } });
    expect(await verifyChain(await store.all())).toMatchObject({ ok: true });
    expect(await verdict()).toMatchObject({ ok: false, seq: 6, problem: "truncated" });
  });

  it("reports an emptied log when checkpoints exist", async () => {
    await database.db.auditEntry.deleteMany({});
    expect(await verifyChain([])).toMatchObject({ ok: true });
    expect(await verdict()).toMatchObject({ ok: false, entries: 0, seq: 4, problem: "truncated" });
  });

  it("reports entries edited and hashed again", async () => {
    // the attacker rewrites entry 3 and re-hashes everything after it: a valid chain again
    let prev = GENESIS_HASH;
    for (const r of await store.all()) {
      const entry = { ...r, subject: r.seq === 3 ? "someone-else" : r.subject, prevHash: prev };
      const hash = await sha256Hex(canonicalEntry(entry));
      await database.db.auditEntry.update({
        where: { seq: r.seq },
        data: { subject: entry.subject, prevHash: prev, hash: `tmp${r.seq}` },
      });
      await database.db.auditEntry.update({ where: { seq: r.seq }, data: { hash } });
      prev = hash;
    }
    expect(await verifyChain(await store.all())).toMatchObject({ ok: true });
    expect(await verdict()).toMatchObject({ ok: false, seq: 4, problem: "rewritten" });
  });

  it("reports a deleted middle entry and a forged checkpoint", async () => {
    await database.db.auditEntry.delete({ where: { seq: 2 } });
    expect(await verdict()).toMatchObject({ ok: false, seq: 3, problem: "deleted_before" });
    await database.db.auditCheckpoint.update({ where: { seq: 4 }, data: { hash: "0".repeat(64) } });
    expect(await verifyAnchoredChain([], await store.checkpoints(), key)).toMatchObject({
      ok: false,
      seq: 4,
      problem: "checkpoint_forged",
    });
  });

  it("refuses checkpoints made under another key", async () => {
    expect(await verdict(new Uint8Array(32))).toMatchObject({ ok: false, problem: "checkpoint_forged" });
  });
});
