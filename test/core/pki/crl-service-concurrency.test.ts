import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { PrismaAuditStore } from "../../../adapters/db/audit-store.ts";
import { type OpenDatabase, openDatabase } from "../../../adapters/db/database.ts";
import { PrismaCaRepository } from "../../../adapters/db/pki-ca-repository.ts";
import { createKeyManagerResolver } from "../../../adapters/keys/key-manager-resolver.ts";
import { AuditLog, verifyChain } from "../../../core/audit/audit-log.ts";
import { setUpCa } from "../../../core/pki/ca-setup.ts";
import { CrlService, isCrlNumberConflict } from "../../../core/pki/crl-service.ts";
import { FrozenClock } from "../../../core/ports/clock.ts";
import { cryptoRandom } from "../../../core/ports/random.ts";
import { freshDatabase, testDialects } from "../../helpers/databases.ts";

describe.each(testDialects)("concurrent CRL issuance on $name", (dialect) => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let second: OpenDatabase;
  let dir: string;
  const clock = new FrozenClock("2026-11-20T07:00:00Z");

  beforeEach(async () => {
    database = await freshDatabase(dialect);
    second = await openDatabase(database.location);
    dir = mkdtempSync(join(tmpdir(), "mm-crl-race-"));
  });
  afterEach(async () => {
    await second.close();
    await database.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  /** One service instance over its own connection (as a second process would have). */
  const instance = (open: OpenDatabase) => {
    const repository = new PrismaCaRepository(open.db, open.dialect);
    const keys = createKeyManagerResolver({ dataDir: dir });
    const audit = new AuditLog(new PrismaAuditStore(open.db, open.dialect), clock);
    return { repository, keys, crl: new CrlService({ repository, keys, clock, audit }) };
  };

  it("gives every one of parallel issue() calls on two instances its own increasing CRLNumber, each audited", async () => {
    const a = instance(database);
    const b = instance(second);
    await setUpCa(
      { ...a, clock, random: cryptoRandom, newId: randomUUID },
      { rootKeyUri: "softkey:r", issuingKeyUri: "softkey:i", rootName: "Kök", issuingName: "Ara" },
    );
    try {
      const crls = await Promise.all([
        a.crl.issue(),
        b.crl.issue(),
        a.crl.issue(),
        b.crl.issue(),
        a.crl.issue(),
        b.crl.issue(),
      ]);
      expect(crls.map((c) => c.number).sort((x, y) => x - y)).toEqual([1, 2, 3, 4, 5, 6]);
      const stored = await database.db.crlIssue.findMany({ orderBy: { number: "asc" } });
      expect(stored.map((c) => c.number)).toEqual([1, 2, 3, 4, 5, 6]);
      // each stored CRL is the one signed with its number
      for (const crl of crls)
        expect(Buffer.from(stored[crl.number - 1]!.der).equals(Buffer.from(crl.der))).toBe(true);
      const entries = await database.db.auditEntry.findMany({ orderBy: { seq: "asc" } });
      const issued = entries.filter((e) => e.action === "crl_issued");
      expect(issued.map((e) => Number(e.subject)).sort((x, y) => x - y)).toEqual([1, 2, 3, 4, 5, 6]);
      expect(JSON.parse(issued[0]!.details)).toMatchObject({ entries: 0 });
      expect(await verifyChain(entries)).toEqual({ ok: true, entries: entries.length });
    } finally {
      await a.keys.close();
      await b.keys.close();
    }
  }, 120_000);
});

describe("CRL number conflicts", () => {
  it("are the storage's unique conflict or the repository's ordering check, nothing else", () => {
    expect(isCrlNumberConflict(Object.assign(new Error("Unique constraint failed"), { code: "P2002" }))).toBe(
      true,
    );
    expect(isCrlNumberConflict(new Error("CRL number 3 is not above the last one (3)"))).toBe(true);
    expect(isCrlNumberConflict(Object.assign(new Error("x"), { code: "pin_incorrect" }))).toBe(false);
    expect(isCrlNumberConflict(new Error("connection refused"))).toBe(false);
    expect(isCrlNumberConflict(undefined)).toBe(false);
  });
});
