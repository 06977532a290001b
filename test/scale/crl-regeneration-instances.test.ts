import { AsnConvert } from "@peculiar/asn1-schema";
import { CertificateList } from "@peculiar/asn1-x509";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DomainError } from "../../core/errors/domain-error.ts";
import type { CrlRecord } from "../../core/pki/ca-repository.ts";
import { CRL_NUMBER_ATTEMPTS } from "../../core/pki/crl-service.ts";
import { type InProcessInstances, startInProcessInstances } from "./in-process-instances.ts";

/**
 * Three instances on one PostgreSQL schema all find, at the same moment, that the stored CRL misses a
 * revocation and want a new one (three CRL downloads after a revocation, one per instance, each
 * several times). Every CRL signed takes one CRLNumber; the racing instances agree on one new CRL
 * instead of each signing its own; a CRLNumber conflict is retried a bounded number of times with
 * growing pauses, then reported with a clear, coded error.
 */
let group: InProcessInstances;

beforeAll(async () => {
  group = await startInProcessInstances(3);
}, 240_000);
afterAll(async () => {
  await group?.close();
}, 60_000);

/** Counts each instance's attempts to store a CRL and the ones refused for a taken number. */
function countSaves(): { attempts: number; conflicts: number; restore(): void } {
  const counts = { attempts: 0, conflicts: 0 };
  const restores = group.instances.map(({ pki }) => {
    const repository = pki.repository;
    const original = repository.saveCrl.bind(repository);
    repository.saveCrl = async (record: CrlRecord) => {
      counts.attempts++;
      try {
        await original(record);
      } catch (error) {
        counts.conflicts++;
        throw error;
      }
    };
    return () => {
      repository.saveCrl = original;
    };
  });
  return {
    get attempts() {
      return counts.attempts;
    },
    get conflicts() {
      return counts.conflicts;
    },
    restore: () => {
      for (const restore of restores) restore();
    },
  };
}

/** The serials a DER CRL lists, as hex. */
function revokedSerials(der: Uint8Array): string[] {
  const crl = AsnConvert.parse(der, CertificateList);
  return (crl.tbsCertList.revokedCertificates ?? []).map((r) =>
    Buffer.from(r.userCertificate).toString("hex").replace(/^0+/, ""),
  );
}

describe("three instances regenerating the CRL after a revocation, all at once", () => {
  it("sign one new CRL between them, with the next CRLNumber, that every caller serves", async () => {
    const [a] = group.instances;
    const issued = await a!.pki.engine.issueForOrder({
      orderId: "MM-SCALE-CRL-RACE",
      vkn: "3230512384",
      title: "Örnek Bilişim A.Ş.",
      tokenUri: "softkey:card-mm-scale-crl-race",
      actor: "test",
    });
    const before = await a!.pki.crl.current();
    await a!.pki.engine.revoke({ serial: issued.signing.serial, reason: "keyCompromise", actor: "agent" });

    const saves = countSaves();
    let served: CrlRecord[];
    try {
      served = await Promise.all(
        group.instances.flatMap((instance) => [0, 1, 2].map(() => instance.pki.crl.current())),
      );
    } finally {
      saves.restore();
    }

    const stored = await a!.database.db.crlIssue.findMany({ orderBy: { number: "asc" } });
    const after = stored.filter((s) => s.number > before.number);
    // one regeneration between the three instances: one CRL, one number, the next one
    expect(after.map((s) => s.number)).toEqual([before.number + 1]);
    expect(new Set(served.map((crl) => crl.number))).toEqual(new Set([before.number + 1]));
    const serial = issued.signing.serial.toLowerCase().replace(/^0+/, "");
    for (const crl of served) expect(revokedSerials(crl.der)).toContain(serial);
    // no retry storm: at most one store per instance, the losers' conflicts at most one each
    expect(saves.attempts).toBeLessThanOrEqual(group.instances.length);
    expect(saves.conflicts).toBeLessThanOrEqual(group.instances.length - 1);
    const audited = await a!.database.db.auditEntry.count({
      where: { action: "crl_issued", subject: String(before.number + 1) },
    });
    expect(audited).toBe(1);

    // explicit new CRLs (`mm crl issue` on every instance at once) each take their own, increasing number
    const explicit = await Promise.all(group.instances.map((instance) => instance.pki.crl.issue()));
    expect(explicit.map((crl) => crl.number).sort((x, y) => x - y)).toEqual([
      before.number + 2,
      before.number + 3,
      before.number + 4,
    ]);
  }, 120_000);

  it("retries a CRLNumber conflict a bounded number of times with growing pauses, then fails with crl_number_conflict", async () => {
    const [, b] = group.instances;
    const repository = b!.pki.repository;
    const { saveCrl, latestCrl } = repository;
    const refused: number[] = [];
    const started: number[] = [];
    // every number this instance picks is taken by the time it stores it
    repository.saveCrl = async (record: CrlRecord) => {
      refused.push(performance.now());
      throw new Error(`CRL number ${record.number} is not above the last one (${record.number})`);
    };
    // each attempt starts by reading the newest CRL: the pause is from a refusal to the next read
    repository.latestCrl = async (issuerId: string) => {
      started.push(performance.now());
      return latestCrl.call(repository, issuerId);
    };
    const storedBefore = await b!.database.db.crlIssue.count();
    let failure: unknown;
    try {
      await b!.pki.crl.issue();
    } catch (error) {
      failure = error;
    } finally {
      repository.saveCrl = saveCrl;
      repository.latestCrl = latestCrl;
    }
    expect(failure).toBeInstanceOf(DomainError);
    expect(failure).toMatchObject({ code: "crl_number_conflict" });
    expect((failure as Error).message).toMatch(/CRLNumber/);
    expect((failure as Error).message).toContain(String(CRL_NUMBER_ATTEMPTS));
    expect(refused).toHaveLength(CRL_NUMBER_ATTEMPTS);
    expect(started).toHaveLength(CRL_NUMBER_ATTEMPTS);
    // a pause before every retry, the later pauses longer than the first
    const pauses = started.slice(1).map((t, i) => t - refused[i]!);
    expect(Math.min(...pauses)).toBeGreaterThan(4);
    expect(pauses.at(-1)!).toBeGreaterThan(pauses[0]! * 2);
    expect(await b!.database.db.crlIssue.count()).toBe(storedBefore);
  }, 60_000);
});
