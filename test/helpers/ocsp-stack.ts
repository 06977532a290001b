/**
 * An OCSP responder over real storage for tests: a fresh database of the dialect with the test CA's
 * issuing record, an OCSP signer issued by it, the issuance engine, and a key resolver that counts
 * the OCSP signer's signatures (what the kept-answer tests measure).
 */
import { randomUUID } from "node:crypto";
import { BasicOCSPResponse, OCSPResponse } from "@peculiar/asn1-ocsp";
import { AsnConvert } from "@peculiar/asn1-schema";
import { PrismaCaRepository } from "../../adapters/db/pki-ca-repository.ts";
import type { CaRecord } from "../../core/pki/ca-repository.ts";
import { IssuanceEngine } from "../../core/pki/issuance-engine.ts";
import { OcspResponder } from "../../core/pki/ocsp-responder.ts";
import { ensureOcspSigner } from "../../core/pki/ocsp-signer.ts";
import { defaultProfileConfig } from "../../core/pki/profile-config.ts";
import type { Clock } from "../../core/ports/clock.ts";
import type { KeyManager, KeyManagerResolver } from "../../core/ports/key-manager.ts";
import { cryptoRandom } from "../../core/ports/random.ts";
import { freshDatabase, type TestDialect } from "./databases.ts";
import { createTestCa, issuingCaRecord, type TestCa } from "./test-ca.ts";

/** A started {@link startOcspStack}. */
export interface OcspStack {
  ca: TestCa;
  database: Awaited<ReturnType<typeof freshDatabase>>;
  repository: PrismaCaRepository;
  engine: IssuanceEngine;
  issuing: CaRecord;
  /** Signatures made with an OCSP signer key so far. */
  signatures(): number;
  /** A new responder over the stack (each with its own kept answers). */
  responder(options?: { cacheBytes?: number }): OcspResponder;
  dispose(): Promise<void>;
}

/**
 * Starts an {@link OcspStack} on a fresh database of `dialect`, at the time of `clock`. With
 * `failSign`, a signature fails with the error it returns (a token that is out, say).
 */
export async function startOcspStack(
  dialect: TestDialect,
  clock: Clock,
  options: { failSign?: () => Error | undefined } = {},
): Promise<OcspStack> {
  const ca = await createTestCa();
  const database = await freshDatabase(dialect);
  const repository = new PrismaCaRepository(database.db, database.dialect);
  const issuing = issuingCaRecord(ca);
  await repository.saveCa(issuing);
  let signatures = 0;
  const counting: KeyManager = {
    generateKey: (request) => ca.keys.generateKey(request),
    getPublicKey: (uri) => ca.keys.getPublicKey(uri),
    storeCertificate: (uri, der, label) => ca.keys.storeCertificate(uri, der, label),
    sign: (request) => {
      const failure = options.failSign?.();
      if (failure) return Promise.reject(failure);
      if (request.uri.startsWith("softkey:ocsp-signer")) signatures += 1;
      return ca.keys.sign(request);
    },
    close: async () => {},
  };
  const keys: KeyManagerResolver = { forUri: () => counting, close: async () => {} };
  const deps = { repository, keys, clock, random: cryptoRandom, newId: randomUUID };
  const signer = await ensureOcspSigner(deps, issuing);
  return {
    ca,
    database,
    repository,
    engine: new IssuanceEngine({ ...deps, profile: defaultProfileConfig("http://127.0.0.1:3000") }),
    issuing,
    signatures: () => signatures,
    responder: (options = {}) => new OcspResponder({ repository, keys, clock, issuing, signer, ...options }),
    dispose: async () => {
      await database.dispose();
      ca.dispose();
    },
  };
}

/** The first single response's status and the producedAt of a DER OCSP response. */
export function ocspAnswerOf(der: Uint8Array): {
  status: "good" | "revoked" | "unknown";
  producedAt: string;
} {
  const response = AsnConvert.parse(der, OCSPResponse);
  const basic = AsnConvert.parse(response.responseBytes!.response.buffer, BasicOCSPResponse);
  const single = basic.tbsResponseData.responses[0]!;
  const status =
    single.certStatus.good !== undefined ? "good" : single.certStatus.revoked ? "revoked" : "unknown";
  return { status, producedAt: basic.tbsResponseData.producedAt.toISOString() };
}
