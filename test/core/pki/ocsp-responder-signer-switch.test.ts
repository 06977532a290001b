import { createHash, randomUUID, verify, X509Certificate } from "node:crypto";
import { BasicOCSPResponse, OCSPResponse } from "@peculiar/asn1-ocsp";
import { AsnConvert } from "@peculiar/asn1-schema";
import { Certificate } from "@peculiar/asn1-x509";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { PrismaCaRepository } from "../../../adapters/db/pki-ca-repository.ts";
import type { CaRecord } from "../../../core/pki/ca-repository.ts";
import { IssuanceEngine } from "../../../core/pki/issuance-engine.ts";
import { OcspResponder } from "../../../core/pki/ocsp-responder.ts";
import {
  ensureOcspSigner,
  OCSP_SIGNER_DAYS,
  OCSP_SIGNER_RENEW_DAYS,
  renewOcspSigner,
} from "../../../core/pki/ocsp-signer.ts";
import { defaultProfileConfig } from "../../../core/pki/profile-config.ts";
import { FrozenClock } from "../../../core/ports/clock.ts";
import type { KeyManagerResolver } from "../../../core/ports/key-manager.ts";
import { cryptoRandom } from "../../../core/ports/random.ts";
import { freshDatabase, testDialects } from "../../helpers/databases.ts";
import { ocspRequest } from "../../helpers/ocsp-request.ts";
import { createTestCa, issuingCaRecord, type TestCa } from "../../helpers/test-ca.ts";

/** What a DER OCSP response states about its signer, and whether `signer`'s key verifies it. */
function signedBy(der: Uint8Array, signer: CaRecord) {
  const response = AsnConvert.parse(der, OCSPResponse);
  const basic = AsnConvert.parse(response.responseBytes!.response.buffer, BasicOCSPResponse);
  const single = basic.tbsResponseData.responses[0]!;
  const keyHash = basic.tbsResponseData.responderID.byKey;
  const spki = AsnConvert.parse(signer.certDer, Certificate).tbsCertificate.subjectPublicKeyInfo;
  return {
    status: single.certStatus.good !== undefined ? "good" : single.certStatus.revoked ? "revoked" : "unknown",
    responderKeyHash: keyHash ? Buffer.from(keyHash.buffer).toString("hex") : undefined,
    certs: (basic.certs ?? []).map((c) => Buffer.from(AsnConvert.serialize(c)).toString("hex")),
    verifies: verify(
      "sha256",
      new Uint8Array(AsnConvert.serialize(basic.tbsResponseData)),
      new X509Certificate(signer.certDer).publicKey,
      new Uint8Array(basic.signature),
    ),
    expectedKeyHash: createHash("sha1").update(new Uint8Array(spki.subjectPublicKey)).digest("hex"),
  };
}

const hex = (der: Uint8Array) => Buffer.from(der).toString("hex");

describe.each(testDialects)("OCSP responder switching its signer on $name", (dialect) => {
  let ca: TestCa;
  let database: Awaited<ReturnType<typeof freshDatabase>>;
  let clock: FrozenClock;
  let deps: {
    repository: PrismaCaRepository;
    keys: KeyManagerResolver;
    clock: FrozenClock;
    random: typeof cryptoRandom;
    newId: () => string;
  };
  let issuing: CaRecord;
  let responder: OcspResponder;
  let oldSigner: CaRecord;
  let signaturesBy: Map<string, number>;
  /** Runs once just before the next signature (to switch the signer while an answer is being signed). */
  let beforeSign: (() => void) | undefined;
  let serial: string;

  beforeEach(async () => {
    ca = await createTestCa();
    database = await freshDatabase(dialect);
    clock = new FrozenClock(Date.now());
    const repository = new PrismaCaRepository(database.db, database.dialect);
    issuing = issuingCaRecord(ca);
    await repository.saveCa(issuing);
    signaturesBy = new Map();
    beforeSign = undefined;
    const counting = {
      generateKey: (r: Parameters<typeof ca.keys.generateKey>[0]) => ca.keys.generateKey(r),
      getPublicKey: (u: string) => ca.keys.getPublicKey(u),
      storeCertificate: (u: string, d: Uint8Array, l: string) => ca.keys.storeCertificate(u, d, l),
      sign: (r: Parameters<typeof ca.keys.sign>[0]) => {
        const hook = beforeSign;
        beforeSign = undefined;
        hook?.();
        signaturesBy.set(r.uri, (signaturesBy.get(r.uri) ?? 0) + 1);
        return ca.keys.sign(r);
      },
      close: async () => {},
    };
    const keys: KeyManagerResolver = { forUri: () => counting, close: async () => {} };
    deps = { repository, keys, clock, random: cryptoRandom, newId: randomUUID };
    oldSigner = await ensureOcspSigner(deps, issuing);
    responder = new OcspResponder({ repository, keys, clock, issuing, signer: oldSigner });
    const engine = new IssuanceEngine({ ...deps, profile: defaultProfileConfig("http://127.0.0.1:3000") });
    ({ serial } = (
      await engine.issueForOrder({
        orderId: "MM-S",
        vkn: "3230512384",
        title: "Örnek A.Ş.",
        tokenUri: "softkey:card-s",
        actor: "t",
      })
    ).signing);
  });
  afterEach(async () => {
    await database.dispose();
    ca.dispose();
  });

  /** A second signer, issued once the first nears its end. */
  async function renewedSigner(): Promise<CaRecord> {
    clock.advance((OCSP_SIGNER_DAYS - OCSP_SIGNER_RENEW_DAYS) * 86400_000 + 60_000);
    const next = await ensureOcspSigner(deps, issuing);
    expect(next.serial).not.toBe(oldSigner.serial);
    expect(next.keyUri).not.toBe(oldSigner.keyUri);
    return next;
  }

  it("after useSigner, signs with the new key, names it and carries its certificate; the kept answer of the old signer is not served", async () => {
    const request = ocspRequest(ca.issuing, [serial]);
    const before = await responder.respond(request);
    const old = signedBy(before, oldSigner);
    expect(old).toMatchObject({ status: "good", verifies: true, certs: [hex(oldSigner.certDer)] });
    expect(old.responderKeyHash).toBe(old.expectedKeyHash);
    // the repeat is the kept response (no new signature)
    expect(hex(await responder.respond(request))).toBe(hex(before));
    expect(signaturesBy.get(oldSigner.keyUri)).toBe(1);

    const newSigner = await renewedSigner();
    responder.useSigner(newSigner);
    expect(responder.signer).toBe(newSigner);

    const after = await responder.respond(request);
    expect(hex(after)).not.toBe(hex(before));
    const renewed = signedBy(after, newSigner);
    expect(renewed).toMatchObject({ status: "good", verifies: true, certs: [hex(newSigner.certDer)] });
    expect(renewed.responderKeyHash).toBe(renewed.expectedKeyHash);
    expect(renewed.responderKeyHash).not.toBe(old.responderKeyHash);
    expect(signedBy(after, oldSigner).verifies).toBe(false);
    expect(signaturesBy.get(newSigner.keyUri)).toBe(1);
    expect(signaturesBy.get(oldSigner.keyUri)).toBe(1);

    // answers with a nonce and for other requests name the new signer as well
    const withNonce = signedBy(await responder.respond(ocspRequest(ca.issuing, [serial], true)), newSigner);
    expect(withNonce).toMatchObject({ verifies: true, certs: [hex(newSigner.certDer)] });
    expect(withNonce.responderKeyHash).toBe(renewed.expectedKeyHash);
    // and the new signer's answer is kept in turn
    expect(hex(await responder.respond(request))).toBe(hex(after));
    expect(signaturesBy.get(newSigner.keyUri)).toBe(2);
  });

  it("does not keep an answer the old signer was signing while the switch happened", async () => {
    const newSigner = await renewedSigner();
    const request = ocspRequest(ca.issuing, [serial]);
    beforeSign = () => responder.useSigner(newSigner);
    // begun before the switch: one signer throughout, consistent in itself
    const first = signedBy(await responder.respond(request), oldSigner);
    expect(responder.signer).toBe(newSigner);
    expect(first).toMatchObject({ verifies: true, certs: [hex(oldSigner.certDer)] });
    expect(first.responderKeyHash).toBe(first.expectedKeyHash);
    // the next answer to the same request is the new signer's, not the one just signed
    const next = signedBy(await responder.respond(request), newSigner);
    expect(next).toMatchObject({ verifies: true, certs: [hex(newSigner.certDer)] });
    expect(next.responderKeyHash).toBe(next.expectedKeyHash);
  });

  it("renewOcspSigner switches the responder only when the signer nears its end", async () => {
    const request = ocspRequest(ca.issuing, [serial]);
    await responder.respond(request);
    clock.advance((OCSP_SIGNER_DAYS - OCSP_SIGNER_RENEW_DAYS) * 86400_000 - 3600_000);
    expect(await renewOcspSigner(deps, issuing, responder)).toEqual({ signer: oldSigner });
    expect(responder.signer).toBe(oldSigner);
    expect(signedBy(await responder.respond(request), oldSigner).verifies).toBe(true);

    clock.advance(2 * 3600_000);
    const { signer, replaced } = await renewOcspSigner(deps, issuing, responder);
    expect(replaced).toBe(oldSigner);
    expect(signer.serial).not.toBe(oldSigner.serial);
    expect(responder.signer).toBe(signer);
    const answer = signedBy(await responder.respond(request), signer);
    expect(answer).toMatchObject({ verifies: true, certs: [hex(signer.certDer)] });
  });
});
