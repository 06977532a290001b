import { execFileSync } from "node:child_process";
import { AsnConvert } from "@peculiar/asn1-schema";
import { Certificate } from "@peculiar/asn1-x509";
import { beforeEach, describe, expect, it } from "vitest";
import { nameDer } from "../../../core/pki/certificate-builder.ts";
import { createCsr } from "../../../core/pki/csr.ts";
import * as der from "../../../core/pki/der.ts";
import { buildName } from "../../../core/pki/distinguished-name.ts";
import type { IssuanceEngine } from "../../../core/pki/issuance-engine.ts";
import { FrozenClock } from "../../../core/ports/clock.ts";
import type { KeyManager, KeyManagerResolver } from "../../../core/ports/key-manager.ts";
import {
  caDatabaseForEachTest,
  expectOpensslVerifies,
  writeCertificatePem,
} from "../../helpers/ca-database.ts";
import { testDialects } from "../../helpers/databases.ts";
import { testEngine } from "../../helpers/test-ca.ts";

describe.each(testDialects)("issuance engine: CSR proof of possession and QSeal on $name", (dialect) => {
  let cardKeys: KeyManager;
  let engine: IssuanceEngine;
  const clock = new FrozenClock("2026-11-20T07:00:00Z");

  const stored = caDatabaseForEachTest(dialect);
  beforeEach(async () => {
    cardKeys = stored.ca.keys;
    const keys: KeyManagerResolver = {
      forUri: (uri) => (uri.startsWith("softkey:card") ? cardKeys : stored.ca.keys),
      close: async () => {},
    };
    engine = testEngine(stored.ca, stored.repository, clock, keys);
  });

  const order = {
    orderId: "MM-7",
    vkn: "3230512384",
    title: "Örnek Bilişim A.Ş.",
    tokenUri: "softkey:card-mm-7",
    actor: "test",
  };

  it("refuses a card whose request signature fails (csr_signature_invalid) and writes nothing", async () => {
    await stored.ca.keys.generateKey({
      uri: order.tokenUri,
      algorithm: { kind: "RSA", modulusLength: 2048 },
    });
    await stored.ca.keys.generateKey({
      uri: "softkey:other",
      algorithm: { kind: "RSA", modulusLength: 2048 },
    });
    // a token that signs with another key than the one it reports
    cardKeys = {
      ...stored.ca.keys,
      getPublicKey: (u) => stored.ca.keys.getPublicKey(u),
      sign: (r) => stored.ca.keys.sign({ ...r, uri: "softkey:other" }),
    } as KeyManager;
    await expect(engine.issueForOrder(order)).rejects.toMatchObject({
      code: "csr_signature_invalid",
      field: "csr",
    });
    expect(await stored.database.db.certificate.count()).toBe(0);
  });

  it("accepts a request made on the token beforehand, refuses one for another key (csr_key_mismatch)", async () => {
    const key = await stored.ca.keys.generateKey({
      uri: order.tokenUri,
      algorithm: { kind: "RSA", modulusLength: 2048 },
    });
    const other = await stored.ca.keys.generateKey({
      uri: "softkey:other",
      algorithm: { kind: "RSA", modulusLength: 2048 },
    });
    const subject = nameDer(buildName([{ type: "commonName", value: "x" }]));
    const foreign = await createCsr(stored.ca.keys, "softkey:other", other, subject);
    await expect(engine.issueForOrder({ ...order, csr: foreign })).rejects.toMatchObject({
      code: "csr_key_mismatch",
    });
    expect(await stored.database.db.certificate.count()).toBe(0);
    const own = await createCsr(stored.ca.keys, order.tokenUri, key, subject);
    const { signing } = await engine.issueForOrder({ ...order, csr: own });
    const row = await stored.repository.bySerial(signing.serial);
    const spki = AsnConvert.serialize(
      AsnConvert.parse(row!.certDer!, Certificate).tbsCertificate.subjectPublicKeyInfo,
    );
    expect(Buffer.from(spki).equals(Buffer.from(key.spki))).toBe(true);
  });

  it("issues the QSeal profile: C, O, organizationIdentifier VATTR-<VKN>, qcStatements; openssl verifies", async () => {
    const { signing, encryption } = await engine.issueForOrder({ ...order, profile: "qseal" });
    expect(signing.profile).toBe("qseal");
    const row = await stored.repository.bySerial(signing.serial);
    const certificate = AsnConvert.parse(row!.certDer!, Certificate);
    const attributes = certificate.tbsCertificate.subject.map((rdn) => {
      const atv = rdn[0]!;
      return [atv.type, atv.value.printableString ?? atv.value.utf8String];
    });
    expect(attributes).toEqual([
      ["2.5.4.6", "TR"],
      ["2.5.4.10", "ÖRNEK BİLİŞİM A.Ş."],
      ["2.5.4.97", "VATTR-3230512384"],
      ["2.5.4.5", "3230512384"],
      ["2.5.4.3", "ÖRNEK BİLİŞİM A.Ş."],
    ]);
    expect(certificate.tbsCertificate.subject[0]![0]!.value.printableString).toBe("TR");
    const qc = certificate.tbsCertificate.extensions?.find((e) => e.extnID === "1.3.6.1.5.5.7.1.3");
    expect(qc?.critical).toBe(false);
    // QCStatements ::= SEQUENCE OF QCStatement { statementId, statementInfo OPTIONAL }
    const value = new Uint8Array(qc!.extnValue.buffer);
    const outer = der.readHeader(value);
    const first = der.element(value, outer.start);
    const second = der.element(value, outer.start + first.length);
    expect(outer.start + first.length + second.length).toBe(value.length);
    expect(Buffer.from(first).equals(Buffer.from(der.sequence(der.oid("0.4.0.1862.1.1"))))).toBe(true);
    const secondId = der.element(second, der.readHeader(second).start);
    const types = der.element(second, der.readHeader(second).start + secondId.length);
    expect(Buffer.from(secondId).equals(Buffer.from(der.oid("0.4.0.1862.1.6")))).toBe(true);
    expect(Buffer.from(types).equals(Buffer.from(der.sequence(der.oid("0.4.0.1862.1.6.2"))))).toBe(true);
    // the encryption certificate has the subject but is not a seal
    const encryptionRow = await stored.repository.bySerial(encryption.serial);
    const encryptionCert = AsnConvert.parse(encryptionRow!.certDer!, Certificate);
    expect(encryptionCert.tbsCertificate.extensions?.some((e) => e.extnID === "1.3.6.1.5.5.7.1.3")).toBe(
      false,
    );
    const file = writeCertificatePem(stored.ca, row!.certDer!, "qseal.pem");
    expectOpensslVerifies(stored.ca, file);
    const text = execFileSync(
      "openssl",
      ["x509", "-in", file, "-noout", "-subject", "-nameopt", "utf8,sep_comma_plus"],
      {
        encoding: "utf8",
      },
    );
    expect(text).toContain("organizationIdentifier=VATTR-3230512384");
  });
});
