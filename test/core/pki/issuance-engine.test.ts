import { AsnConvert } from "@peculiar/asn1-schema";
import { Certificate } from "@peculiar/asn1-x509";
import { beforeEach, describe, expect, it } from "vitest";
import { ConflictError, NotFoundError, ValidationError } from "../../../core/errors/domain-error.ts";
import type { IssuanceEngine } from "../../../core/pki/issuance-engine.ts";
import { FrozenClock } from "../../../core/ports/clock.ts";
import {
  caDatabaseForEachTest,
  expectOpensslVerifies,
  writeCertificatePem,
} from "../../helpers/ca-database.ts";
import { testDialects } from "../../helpers/databases.ts";
import { testEngine } from "../../helpers/test-ca.ts";

describe.each(testDialects)("issuance engine on $name", (dialect) => {
  let engine: IssuanceEngine;
  const clock = new FrozenClock("2026-11-20T07:00:00Z");

  const stored = caDatabaseForEachTest(dialect);
  beforeEach(async () => {
    engine = testEngine(stored.ca, stored.repository, clock);
  });

  const order = {
    orderId: "MM-1",
    vkn: "3230512384",
    title: "Örnek Bilişim A.Ş.",
    tokenUri: "softkey:card-mm-1",
    actor: "test",
  };

  it("issues the signing and encryption certificates of an order onto the card token; openssl verifies them", async () => {
    const { signing, encryption } = await engine.issueForOrder(order);
    expect(signing.status).toBe("valid");
    expect(signing.subjectCn).toBe("ÖRNEK BİLİŞİM A.Ş.");
    expect(encryption.kind).toBe("encr");
    expect(signing.notAfter.toISOString()).toBe("2029-11-20T07:00:00.000Z");
    const row = await stored.repository.bySerial(signing.serial);
    expectOpensslVerifies(stored.ca, writeCertificatePem(stored.ca, row!.certDer!, "leaf.pem"));
  });

  it("yields one certificate per order and kind however often it is retried", async () => {
    const first = await engine.issueForOrder(order);
    const again = await engine.issueForOrder(order);
    const concurrent = await Promise.all([engine.issueForOrder(order), engine.issueForOrder(order)]);
    for (const r of [again, ...concurrent]) {
      expect(r.signing.serial).toBe(first.signing.serial);
      expect(r.encryption.serial).toBe(first.encryption.serial);
    }
    expect(await stored.database.db.certificate.count()).toBe(2);
  });

  it("after a crash between persisting and signing, a retry signs the persisted TBS (same serial)", async () => {
    const { signing } = await engine.issueForOrder(order);
    const row = await stored.repository.bySerial(signing.serial);
    // simulate the crash: the row as it was before the update, pending with its TBS, no certificate
    const tbs = new Uint8Array(
      AsnConvert.serialize(AsnConvert.parse(row!.certDer!, Certificate).tbsCertificate),
    );
    await stored.database.db.certificate.update({
      where: { id: row!.id },
      data: { state: "pending", certDer: null, tbsDer: tbs },
    });
    const retried = await engine.issueForOrder(order);
    expect(retried.signing.serial).toBe(signing.serial);
    const after = await stored.repository.bySerial(signing.serial);
    expect(after!.state).toBe("issued");
    const tbsOfCert = AsnConvert.serialize(AsnConvert.parse(after!.certDer!, Certificate).tbsCertificate);
    expect(Buffer.from(tbsOfCert).equals(Buffer.from(tbs))).toBe(true);
    // issued again: the TBS is no longer kept beside the certificate
    expect(after!.tbsDer).toBeUndefined();
  });

  it("revokes at the current time, once, and reports the status by serial and by VKN", async () => {
    const { signing } = await engine.issueForOrder(order);
    clock.advance(60_000);
    const revoked = await engine.revoke({
      serial: signing.serial.toUpperCase(),
      reason: "keyCompromise",
      actor: "t",
    });
    expect(revoked.status).toBe("revoked");
    expect(revoked.revokedAt!.toISOString()).toBe(clock.now().toISOString());
    await expect(
      engine.revoke({ serial: signing.serial, reason: "keyCompromise", actor: "t" }),
    ).rejects.toBeInstanceOf(ConflictError);
    expect((await engine.findBySerial(signing.serial))!.revocationReason).toBe("keyCompromise");
    const byVkn = await engine.findByVkn("3230512384");
    expect(byVkn.map((c) => c.status).sort()).toEqual(["revoked", "valid"]);
    expect(await stored.repository.revokedUnexpired("issuing-1", clock.now())).toHaveLength(1);
  });

  it("answers bad input with coded errors and writes nothing", async () => {
    await expect(engine.issueForOrder({ ...order, vkn: "4540536921" })).rejects.toMatchObject({
      code: "invalid_vkn",
    });
    await expect(engine.issueForOrder({ ...order, vkn: "4540536921" })).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(engine.revoke({ serial: "zz", reason: "keyCompromise", actor: "t" })).rejects.toMatchObject({
      code: "invalid_serial",
    });
    await expect(
      engine.revoke({ serial: "0a0b", reason: "keyCompromise", actor: "t" }),
    ).rejects.toBeInstanceOf(NotFoundError);
    expect(await stored.database.db.certificate.count()).toBe(0);
  });
});
