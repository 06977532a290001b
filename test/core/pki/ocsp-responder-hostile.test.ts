import { randomUUID } from "node:crypto";
import { BasicOCSPResponse, OCSPRequest, OCSPResponse } from "@peculiar/asn1-ocsp";
import { AsnConvert } from "@peculiar/asn1-schema";
import { GeneralName } from "@peculiar/asn1-x509";
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

const MALFORMED = "30030a0101";
const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");

function statusOf(der: Uint8Array): string {
  const response = AsnConvert.parse(der, OCSPResponse);
  const basic = AsnConvert.parse(response.responseBytes!.response.buffer, BasicOCSPResponse);
  const single = basic.tbsResponseData.responses[0]!;
  return single.certStatus.good !== undefined ? "good" : single.certStatus.revoked ? "revoked" : "unknown";
}

describe.each(testDialects)("OCSP responder against hostile requests on $name", (dialect) => {
  let ca: TestCa;
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let engine: IssuanceEngine;
  let signatures: number;
  let issuing: CaRecord;
  let build: (options?: { cacheBytes?: number }) => OcspResponder;
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
    build = (options = {}) => new OcspResponder({ repository, keys, clock, issuing, signer, ...options });
  });
  afterEach(async () => {
    await database.dispose();
    ca.dispose();
  });

  const issue = async (n: number) =>
    (
      await engine.issueForOrder({
        orderId: `MM-H${n}`,
        vkn: "3230512384",
        title: "Örnek A.Ş.",
        tokenUri: `softkey:card-h${n}`,
        actor: "t",
      })
    ).signing.serial;

  it("answers malformedRequest to long serials, trailing bytes and BER lengths, signing nothing", async () => {
    const responder = build();
    const serial = await issue(1);
    const good = ocspRequest(ca.issuing, [serial]);
    const indefinite = Uint8Array.from([
      0x30,
      0x80,
      ...good.subarray(good[1]! < 0x80 ? 2 : 2 + (good[1]! & 0x7f)),
      0x00,
      0x00,
    ]);
    for (const bad of [
      ocspRequest(ca.issuing, ["7f".repeat(21)]),
      Uint8Array.from([...good, 0x00]),
      Uint8Array.from([...good, ...good]),
      indefinite,
    ])
      expect(hex(await responder.respond(bad))).toBe(MALFORMED);
    expect(signatures).toBe(0);
    expect(statusOf(await responder.respond(good))).toBe("good");
  });

  it("keeps answers by CertID: requests differing elsewhere share one signature", async () => {
    const responder = build();
    const serial = await issue(2);
    const plain = ocspRequest(ca.issuing, [serial]);
    const variants = [plain];
    for (let i = 0; i < 5; i++) {
      const parsed = AsnConvert.parse(plain, OCSPRequest);
      parsed.tbsRequest.requestorName = new GeneralName({ dNSName: `client${i}.example` });
      variants.push(new Uint8Array(AsnConvert.serialize(parsed)));
    }
    const answers = await Promise.all(variants.map((v) => responder.respond(v)));
    await Promise.all(variants.map((v) => responder.respond(v)));
    expect(new Set(answers.slice(1).map(hex)).size).toBe(1);
    expect(signatures).toBeLessThanOrEqual(variants.length); // the first concurrent wave may sign each
    const before = signatures;
    for (const v of variants) expect(statusOf(await responder.respond(v))).toBe("good");
    expect(signatures).toBe(before);
  });

  it("bounds the kept answers in bytes, dropping the oldest", async () => {
    const serials = [await issue(3), await issue(4), await issue(5), await issue(6)];
    const probe = build();
    const one = (await probe.answer(ocspRequest(ca.issuing, [serials[0]!]))).der.byteLength;
    const limit = Math.floor(2.5 * (one + 400));
    const responder = build({ cacheBytes: limit });
    for (const s of serials) await responder.respond(ocspRequest(ca.issuing, [s]));
    expect(responder.keptBytes).toBeGreaterThan(0);
    expect(responder.keptBytes).toBeLessThanOrEqual(limit);
    const signed = signatures;
    await responder.respond(ocspRequest(ca.issuing, [serials[3]!])); // newest: kept
    expect(signatures).toBe(signed);
    await responder.respond(ocspRequest(ca.issuing, [serials[0]!])); // oldest: dropped
    expect(signatures).toBe(signed + 1);
  });

  it("gives a kept answer its HTTP caching data, and none to unknown or nonce answers", async () => {
    const responder = build();
    const serial = await issue(8);
    const kept = await responder.answer(ocspRequest(ca.issuing, [serial]));
    expect(kept.caching?.thisUpdate.toISOString()).toBe("2026-11-20T07:00:00.000Z");
    expect(kept.caching?.nextUpdate.toISOString()).toBe("2026-11-20T08:00:00.000Z");
    expect(kept.caching?.etag).toMatch(/^"[0-9a-f]{40}"$/);
    expect((await responder.answer(ocspRequest(ca.issuing, [serial]))).caching?.etag).toBe(
      kept.caching?.etag,
    );
    expect((await responder.answer(ocspRequest(ca.issuing, ["0badc0de"]))).caching).toBeUndefined();
    expect((await responder.answer(ocspRequest(ca.issuing, [serial], true))).caching).toBeUndefined();
  });
});
