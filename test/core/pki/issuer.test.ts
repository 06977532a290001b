import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaCaRepository } from "../../../adapters/db/pki-ca-repository.ts";
import { CrlService } from "../../../core/pki/crl-service.ts";
import type { IssuanceEngine } from "../../../core/pki/issuance-engine.ts";
import { issuerKey, issuerOf, keyAlgorithmOf, signatureAlgorithmFor } from "../../../core/pki/issuer.ts";
import { OcspResponder } from "../../../core/pki/ocsp-responder.ts";
import { ensureOcspSigner } from "../../../core/pki/ocsp-signer.ts";
import { FrozenClock } from "../../../core/ports/clock.ts";
import { cryptoRandom } from "../../../core/ports/random.ts";
import {
  type CaDatabase,
  createCaDatabase,
  expectOpensslVerifies,
  writeCertificatePem,
} from "../../helpers/ca-database.ts";
import { testDialects } from "../../helpers/databases.ts";
import { ocspRequest } from "../../helpers/ocsp-request.ts";
import { createTestCa, issuingCaRecord, type TestCa, testEngine } from "../../helpers/test-ca.ts";

const openssl = (args: string[]) => {
  const run = spawnSync("openssl", args, { encoding: "utf8" });
  return `${run.stdout}${run.stderr}`;
};

describe("the Issuer value: key URI and signature algorithm read from the CA record", () => {
  it("names the algorithm the CA key calls for", async () => {
    expect(signatureAlgorithmFor({ kind: "RSA", modulusLength: 4096 })).toBe("RSA-SHA256");
    expect(signatureAlgorithmFor({ kind: "EC", namedCurve: "P-256" })).toBe("ECDSA-SHA256");
    expect(signatureAlgorithmFor({ kind: "EC", namedCurve: "P-384" })).toBe("ECDSA-SHA384");
    expect(issuerKey("softkey:root", { kind: "EC", namedCurve: "P-384" })).toEqual({
      keyUri: "softkey:root",
      signatureAlgorithm: "ECDSA-SHA384",
    });
    const rsa = await createTestCa();
    try {
      const issuer = await issuerOf(issuingCaRecord(rsa));
      expect(issuer).toMatchObject({
        keyUri: "softkey:issuing",
        signatureAlgorithm: "RSA-SHA256",
        keyAlgorithm: { kind: "RSA", modulusLength: 2048 },
      });
      expect(Buffer.from(issuer.keyId)).toEqual(Buffer.from(rsa.issuingKeyId));
    } finally {
      rsa.dispose();
    }
  });

  it("refuses a key it cannot sign with", () => {
    const ed25519 = Buffer.from("302a300506032b6570032100" + "11".repeat(32), "hex");
    expect(() => keyAlgorithmOf(ed25519)).toThrow(/unsupported CA key/);
  });
});

describe("an EC P-384 issuing CA (ecdsa-with-SHA384, as Kamu SM Sürüm 3) on SQLite", () => {
  let ca: TestCa;
  let repository: PrismaCaRepository;
  let engine: IssuanceEngine;
  let leafPem: string;
  let stored: CaDatabase;
  let serial: string;
  const clock = new FrozenClock(new Date().toISOString());

  beforeAll(async () => {
    stored = await createCaDatabase(testDialects[0]!, { kind: "EC", namedCurve: "P-384" });
    ({ ca, repository } = stored);
    engine = testEngine(ca, repository, clock);
    const { signing } = await engine.issueForOrder({
      orderId: "MM-EC",
      vkn: "3230512384",
      title: "Örnek Bilişim A.Ş.",
      tokenUri: "softkey:card-mm-ec",
      actor: "test",
    });
    serial = signing.serial;
    leafPem = writeCertificatePem(ca, (await repository.bySerial(serial))!.certDer!, "leaf-ec.pem");
  });
  afterAll(async () => stored?.dispose());

  it("issues certificates openssl verifies, signed with ecdsa-with-SHA384", () => {
    expectOpensslVerifies(ca, leafPem);
    expect(openssl(["x509", "-in", leafPem, "-noout", "-text"])).toMatch(
      /Signature Algorithm: ecdsa-with-SHA384/,
    );
  });

  it("signs a CRL openssl verifies with the issuing CA's key and algorithm", async () => {
    await engine.revoke({ serial, reason: "keyCompromise", actor: "test" });
    const crl = await new CrlService({
      repository,
      keys: { forUri: () => ca.keys, close: async () => {} },
      clock,
    }).issue();
    const file = join(ca.dir, "ec.crl");
    writeFileSync(file, crl.der);
    const out = openssl(["crl", "-inform", "DER", "-in", file, "-noout", "-text", "-CAfile", ca.issuingPem]);
    expect(out).toContain("verify OK");
    expect(out).toMatch(/Signature Algorithm: ecdsa-with-SHA384/);
    expect(out).toContain(`Serial Number: ${serial.toUpperCase()}`);
  });

  it("answers OCSP with an EC P-384 signer that openssl verifies", async () => {
    const keys = { forUri: () => ca.keys, close: async () => {} };
    const issuing = issuingCaRecord(ca);
    const signer = await ensureOcspSigner(
      { repository, keys, clock, random: cryptoRandom, newId: randomUUID },
      issuing,
    );
    expect((await issuerOf(signer)).keyAlgorithm).toEqual({ kind: "EC", namedCurve: "P-384" });
    const responder = new OcspResponder({ repository, keys, clock, issuing, signer });
    const answer = await responder.respond(ocspRequest(ca.issuing, [serial]));
    const file = join(ca.dir, "ocsp-ec.der");
    writeFileSync(file, answer);
    const out = openssl([
      "ocsp",
      "-respin",
      file,
      "-issuer",
      ca.issuingPem,
      "-cert",
      leafPem,
      "-CAfile",
      ca.rootPem,
      "-no_nonce",
      "-resp_text",
    ]);
    expect(out).toContain("Response verify OK");
    expect(out).toMatch(/: revoked/);
    expect(out).toMatch(/Signature Algorithm: ecdsa-with-SHA384/);
  });
});
