import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { PrismaAuditStore } from "../../../adapters/db/audit-store.ts";
import { PrismaCaRepository } from "../../../adapters/db/pki-ca-repository.ts";
import { createKeyManagerResolver } from "../../../adapters/keys/key-manager-resolver.ts";
import { AuditLog, verifyChain } from "../../../core/audit/audit-log.ts";
import { setUpCa } from "../../../core/pki/ca-setup.ts";
import { ensureOcspSigner, OCSP_SIGNER_DAYS, OCSP_SIGNER_RENEW_DAYS } from "../../../core/pki/ocsp-signer.ts";
import { FrozenClock } from "../../../core/ports/clock.ts";
import { cryptoRandom } from "../../../core/ports/random.ts";
import { freshDatabase, testDialects } from "../../helpers/databases.ts";

describe.each(testDialects)("OCSP signer in the audit log on $name", (dialect) => {
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let dir: string;
  beforeEach(async () => {
    database = await freshDatabase(dialect);
    dir = mkdtempSync(join(tmpdir(), "mm-ocsp-signer-"));
  });
  afterEach(async () => {
    await database.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it("records ocsp_signer_created, nothing while it is fresh, then ocsp_signer_renewed naming the one replaced", async () => {
    const clock = new FrozenClock("2026-11-20T07:00:00Z");
    const keys = createKeyManagerResolver({ dataDir: dir });
    const audit = new AuditLog(new PrismaAuditStore(database.db, database.dialect), clock);
    const deps = {
      repository: new PrismaCaRepository(database.db, database.dialect),
      keys,
      clock,
      random: cryptoRandom,
      newId: randomUUID,
      audit,
    };
    try {
      const { issuing } = await setUpCa(deps, {
        rootKeyUri: "softkey:r",
        issuingKeyUri: "softkey:i",
        rootName: "Kök",
        issuingName: "Ara",
      });
      const first = await ensureOcspSigner(deps, issuing);
      clock.advance(24 * 3600_000);
      expect((await ensureOcspSigner(deps, issuing)).serial).toBe(first.serial);
      clock.advance((OCSP_SIGNER_DAYS - OCSP_SIGNER_RENEW_DAYS) * 86400_000);
      const renewed = await ensureOcspSigner(deps, issuing);
      expect(renewed.serial).not.toBe(first.serial);

      const entries = await database.db.auditEntry.findMany({ orderBy: { seq: "asc" } });
      const signer = entries.filter((e) => e.action.startsWith("ocsp_signer_"));
      expect(signer.map((e) => [e.action, e.subject])).toEqual([
        ["ocsp_signer_created", first.serial],
        ["ocsp_signer_renewed", renewed.serial],
      ]);
      expect(JSON.parse(signer[1]!.details)).toMatchObject({
        replaces: first.serial,
        keyUri: renewed.keyUri,
        notAfter: renewed.notAfter.toISOString(),
      });
      expect(await verifyChain(entries)).toEqual({ ok: true, entries: entries.length });
    } finally {
      await keys.close();
    }
  }, 60_000);
});
