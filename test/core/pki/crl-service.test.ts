import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase } from "../../../adapters/db/database.ts";
import { PrismaCaRepository } from "../../../adapters/db/pki-ca-repository.ts";
import { createKeyManagerResolver } from "../../../adapters/keys/key-manager-resolver.ts";
import { setUpCa } from "../../../core/pki/ca-setup.ts";
import { CrlService } from "../../../core/pki/crl-service.ts";
import { FrozenClock } from "../../../core/ports/clock.ts";
import { cryptoRandom } from "../../../core/ports/random.ts";
import { freshDatabase, testDialects } from "../../helpers/databases.ts";

describe.each(testDialects)("CRL numbers on $name", (dialect) => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let dir: string;
  beforeEach(async () => {
    database = await freshDatabase(dialect);
    dir = mkdtempSync(join(tmpdir(), "mm-crl-"));
  });
  afterEach(async () => {
    await database.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it("increase strictly, also across a restart of the process (new connection, new service)", async () => {
    const clock = new FrozenClock("2026-11-20T07:00:00Z");
    const build = (db: typeof database.db) => {
      const repository = new PrismaCaRepository(db, dialect.name);
      const keys = createKeyManagerResolver({ dataDir: dir });
      return { repository, keys, crl: new CrlService({ repository, keys, clock }) };
    };
    const first = build(database.db);
    await setUpCa(
      { ...first, clock, random: cryptoRandom, newId: randomUUID },
      { rootKeyUri: "softkey:r", issuingKeyUri: "softkey:i", rootName: "Kök", issuingName: "Ara" },
    );
    expect((await first.crl.issue()).number).toBe(1);
    expect((await first.crl.issue()).number).toBe(2);
    // restart: a new connection to the same storage and a new service
    const reopened = await openDatabase(database.location);
    try {
      const second = build(reopened.db);
      clock.advance(60_000);
      expect((await second.crl.issue()).number).toBe(3);
      const latest = await second.repository.latestCrl((await second.repository.activeCa("issuing"))!.id);
      expect(latest!.number).toBe(3);
      await expect(second.repository.saveCrl({ ...latest!, number: 2 })).rejects.toThrow(/not above/);
    } finally {
      await reopened.close();
    }
  });
});
