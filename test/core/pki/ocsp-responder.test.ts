import { randomUUID } from "node:crypto";
import { BasicOCSPResponse, OCSPResponse } from "@peculiar/asn1-ocsp";
import { AsnConvert } from "@peculiar/asn1-schema";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { PrismaCaRepository } from "../../../adapters/db/pki-ca-repository.ts";
import type { CaRecord } from "../../../core/pki/ca-repository.ts";
import { IssuanceEngine } from "../../../core/pki/issuance-engine.ts";
import { OcspResponder } from "../../../core/pki/ocsp-responder.ts";
import { ensureOcspSigner } from "../../../core/pki/ocsp-signer.ts";
import { defaultProfileConfig } from "../../../core/pki/profile-config.ts";
import { FrozenClock } from "../../../core/ports/clock.ts";
import type { KeyManagerResolver } from "../../../core/ports/key-manager.ts";
import { cryptoRandom } from "../../../core/ports/random.ts";
import { freshDatabase, testDialects } from "../../helpers/databases.ts";
import { ocspRequest } from "../../helpers/ocsp-request.ts";
import { createTestCa, issuingCaRecord, type TestCa } from "../../helpers/test-ca.ts";

/** The single response's status and producedAt of a DER OCSP response. */
function read(der: Uint8Array) {
  const response = AsnConvert.parse(der, OCSPResponse);
  const basic = AsnConvert.parse(response.responseBytes!.response.buffer, BasicOCSPResponse);
  const single = basic.tbsResponseData.responses[0]!;
  const status =
    single.certStatus.good !== undefined ? "good" : single.certStatus.revoked ? "revoked" : "unknown";
  return { status, producedAt: basic.tbsResponseData.producedAt.toISOString() };
}

describe.each(testDialects)("OCSP responder, pre-signed responses on $name", (dialect) => {
  let ca: TestCa;
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let engine: IssuanceEngine;
  let responder: OcspResponder;
  let signatures: number;
  let issuing: CaRecord;
  const clock = new FrozenClock("2026-11-20T07:00:00Z");

  beforeEach(async () => {
    ca = await createTestCa();
    database = await freshDatabase(dialect);
    const repository = new PrismaCaRepository(database.db, database.dialect);
    issuing = issuingCaRecord(ca);
    await repository.saveCa(issuing);
    signatures = 0;
    const counting = {
      ...ca.keys,
      generateKey: (r: Parameters<typeof ca.keys.generateKey>[0]) => ca.keys.generateKey(r),
      getPublicKey: (u: string) => ca.keys.getPublicKey(u),
      storeCertificate: (u: string, d: Uint8Array, l: string) => ca.keys.storeCertificate(u, d, l),
      sign: (r: Parameters<typeof ca.keys.sign>[0]) => {
        if (r.uri.startsWith("softkey:ocsp-signer")) signatures += 1;
        return ca.keys.sign(r);
      },
      close: async () => {},
    };
    const keys: KeyManagerResolver = { forUri: () => counting, close: async () => {} };
    const deps = { repository, keys, clock, random: cryptoRandom, newId: randomUUID };
    const signer = await ensureOcspSigner(deps, issuing);
    engine = new IssuanceEngine({ ...deps, profile: defaultProfileConfig("http://127.0.0.1:3000") });
    responder = new OcspResponder({ repository, keys, clock, issuing, signer });
  });
  afterEach(async () => {
    await database.dispose();
    ca.dispose();
  });

  const order = {
    orderId: "MM-O",
    vkn: "3230512384",
    title: "Örnek A.Ş.",
    tokenUri: "softkey:card-o",
    actor: "t",
  };

  it("signs a request without a nonce once, answers repeats from the kept response, and shows a revocation at once", async () => {
    const { signing } = await engine.issueForOrder(order);
    const request = ocspRequest(ca.issuing, [signing.serial]);
    const first = await responder.respond(request);
    expect(read(first).status).toBe("good");
    clock.advance(5_000);
    const second = await responder.respond(request);
    expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    expect(signatures).toBe(1);
    await engine.revoke({ serial: signing.serial, reason: "keyCompromise", actor: "t" });
    const afterRevocation = await responder.respond(request);
    expect(read(afterRevocation).status).toBe("revoked");
    expect(signatures).toBe(2);
  });

  it("sees a revocation written by another process (another repository on the same database)", async () => {
    const { signing } = await engine.issueForOrder(order);
    const request = ocspRequest(ca.issuing, [signing.serial]);
    expect(read(await responder.respond(request)).status).toBe("good");
    const elsewhere = new PrismaCaRepository(database.db, database.dialect);
    expect(await elsewhere.revokeOnce(signing.serial, clock.now(), 1)).toBe(true);
    expect(read(await responder.respond(request)).status).toBe("revoked");
  });

  it("signs every nonce request afresh and renews a kept response after half its validity", async () => {
    const { signing } = await engine.issueForOrder(order);
    const a = await responder.respond(ocspRequest(ca.issuing, [signing.serial], true));
    const b = await responder.respond(ocspRequest(ca.issuing, [signing.serial], true));
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(false);
    expect(signatures).toBe(2);
    const request = ocspRequest(ca.issuing, [signing.serial]);
    const kept = await responder.respond(request);
    clock.advance(31 * 60_000);
    const renewed = await responder.respond(request);
    expect(read(renewed).producedAt).not.toBe(read(kept).producedAt);
    expect(signatures).toBe(4);
  });

  it("answers unknown for never-issued serials and never keeps such an answer", async () => {
    const request = ocspRequest(ca.issuing, ["1234567890abcdef"]);
    expect(read(await responder.respond(request)).status).toBe("unknown");
    expect(read(await responder.respond(request)).status).toBe("unknown");
    expect(signatures).toBe(2);
    expect(responder.keptBytes).toBe(0);
  });
});
