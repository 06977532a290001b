import { AsnConvert } from "@peculiar/asn1-schema";
import { Certificate } from "@peculiar/asn1-x509";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { PrismaCaRepository } from "../../../adapters/db/pki-ca-repository.ts";
import type { AuditEvent } from "../../../core/audit/audit-log.ts";
import { setCaDefaultProfile } from "../../../core/pki/ca-default-profile.ts";
import type { IssuanceEngine } from "../../../core/pki/issuance-engine.ts";
import { FrozenClock } from "../../../core/ports/clock.ts";
import { type CaDatabase, createCaDatabase } from "../../helpers/ca-database.ts";
import { type freshDatabase, testDialects } from "../../helpers/databases.ts";
import { issuingCaRecord, type TestCa, testEngine } from "../../helpers/test-ca.ts";

const ORGANIZATION_IDENTIFIER = "2.5.4.97";
const QC_STATEMENTS = "1.3.6.1.5.5.7.1.3";

describe.each(testDialects)("the issuing CA's default certificate profile on $name", (dialect) => {
  let ca: TestCa;
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let repository: PrismaCaRepository;
  let engine: IssuanceEngine;
  let stored: CaDatabase;
  let audited: AuditEvent[];
  const audit = {
    append: async (event: AuditEvent) => {
      audited.push(event);
    },
  };

  beforeEach(async () => {
    audited = [];
    stored = await createCaDatabase(dialect);
    ({ ca, database, repository } = stored);
    engine = testEngine(ca, repository, new FrozenClock("2026-11-20T07:00:00Z"));
  });
  afterEach(() => stored.dispose());

  const order = (orderId: string) => ({
    orderId,
    vkn: "3230512384",
    title: "Örnek Bilişim A.Ş.",
    tokenUri: `softkey:card-${orderId.toLowerCase()}`,
    actor: "test",
  });

  /** The subject attribute OIDs and values of a stored certificate, and whether it has qcStatements. */
  async function issued(serial: string) {
    const row = await repository.bySerial(serial);
    const tbs = AsnConvert.parse(row!.certDer!, Certificate).tbsCertificate;
    return {
      subject: tbs.subject.map((rdn) => [rdn[0]!.type, rdn[0]!.value.toString()]),
      qc: tbs.extensions?.some((e) => e.extnID === QC_STATEMENTS) ?? false,
    };
  }

  it("a request without a profile gets the CA's default; an explicit profile in the request wins", async () => {
    const before = await engine.issueForOrder(order("MM-1"));
    expect(before.signing.profile).toBe("kamusm");
    expect((await issued(before.signing.serial)).qc).toBe(false);

    const change = await setCaDefaultProfile({ repository, audit }, "qseal", "test");
    expect(change).toEqual({ caId: "issuing-1", from: "kamusm", to: "qseal", changed: true });

    const byDefault = await engine.issueForOrder(order("MM-2"));
    expect(byDefault.signing.profile).toBe("qseal");
    expect(byDefault.encryption.profile).toBe("qseal");
    const seal = await issued(byDefault.signing.serial);
    expect(seal.subject).toContainEqual([ORGANIZATION_IDENTIFIER, "VATTR-3230512384"]);
    expect(seal.qc).toBe(true);

    const explicit = await engine.issueForOrder({ ...order("MM-3"), profile: "kamusm" });
    expect(explicit.signing.profile).toBe("kamusm");
    const plain = await issued(explicit.signing.serial);
    expect(plain.subject.map(([type]) => type)).toEqual(["2.5.4.5", "2.5.4.3"]);
    expect(plain.qc).toBe(false);

    // persisted with the CA, not only in this repository's cache
    const reopened = new PrismaCaRepository(database.db, database.dialect);
    expect((await reopened.activeCa("issuing"))?.defaultProfile).toBe("qseal");
  });

  it("records a change in the audit log once; the same default again writes nothing", async () => {
    await setCaDefaultProfile({ repository, audit }, "qseal", "cli");
    expect(audited).toEqual([
      {
        actor: "cli",
        action: "ca_default_profile_changed",
        subject: "issuing-1",
        details: { from: "kamusm", to: "qseal" },
      },
    ]);
    const again = await setCaDefaultProfile({ repository, audit }, "qseal", "cli");
    expect(again.changed).toBe(false);
    expect(audited).toHaveLength(1);
    const back = await setCaDefaultProfile({ repository, audit }, "kamusm", "cli");
    expect(back).toMatchObject({ from: "qseal", to: "kamusm", changed: true });
    expect(audited.at(-1)?.details).toEqual({ from: "qseal", to: "kamusm" });
    const row = await database.db.caKey.findUniqueOrThrow({ where: { id: "issuing-1" } });
    expect(row.defaultProfile).toBe("kamusm");
  });

  it("an unknown profile is unsupported_profile, names the allowed values and changes nothing", async () => {
    await setCaDefaultProfile({ repository, audit }, "qseal", "cli");
    await expect(setCaDefaultProfile({ repository, audit }, "foo", "cli")).rejects.toMatchObject({
      code: "unsupported_profile",
      message: expect.stringContaining("kamusm, qseal"),
    });
    expect(audited).toHaveLength(1);
    const row = await database.db.caKey.findUniqueOrThrow({ where: { id: "issuing-1" } });
    expect(row.defaultProfile).toBe("qseal");
    const { signing } = await engine.issueForOrder(order("MM-4"));
    expect(signing.profile).toBe("qseal");
  });

  it("a CA record saved with a default keeps it (a new CA)", async () => {
    expect((await repository.activeCa("issuing"))?.defaultProfile).toBeUndefined();
    await repository.saveCa({ ...issuingCaRecord(ca), id: "issuing-2", defaultProfile: "qseal" });
    const row = await database.db.caKey.findUniqueOrThrow({ where: { id: "issuing-2" } });
    expect(row.defaultProfile).toBe("qseal");
    const { signing } = await engine.issueForOrder(order("MM-5"));
    expect(signing.profile).toBe("qseal");
  });
});
