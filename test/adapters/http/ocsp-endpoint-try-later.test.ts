import { randomUUID } from "node:crypto";
import type { Server } from "node:http";
import { OCSPResponse, OCSPResponseStatus } from "@peculiar/asn1-ocsp";
import { AsnConvert } from "@peculiar/asn1-schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaCaRepository } from "../../../adapters/db/pki-ca-repository.ts";
import { ocspEndpoint } from "../../../adapters/http/ocsp-endpoint.ts";
import { closeServer, createHttpApp, listen } from "../../../adapters/http/server.ts";
import { createLogger } from "../../../adapters/logging/logger.ts";
import { KeyManagerError } from "../../../core/errors/domain-error.ts";
import { OcspResponder } from "../../../core/pki/ocsp-responder.ts";
import { ensureOcspSigner } from "../../../core/pki/ocsp-signer.ts";
import { systemClock } from "../../../core/ports/clock.ts";
import type { KeyManager, KeyManagerResolver } from "../../../core/ports/key-manager.ts";
import { cryptoRandom } from "../../../core/ports/random.ts";
import { freshDatabase, testDialects } from "../../helpers/databases.ts";
import { ocspRequest } from "../../helpers/ocsp-request.ts";
import { createTestCa, issuingCaRecord, type TestCa } from "../../helpers/test-ca.ts";

/** What the stand-in token does at the next signature: sign, or fail with this error. */
let failure: Error | undefined;

let ca: TestCa;
let database: Awaited<ReturnType<typeof freshDatabase>>;
let server: Server;
let base: string;

beforeAll(async () => {
  ca = await createTestCa();
  database = await freshDatabase(testDialects.find((d) => d.name === "sqlite")!);
  const repository = new PrismaCaRepository(database.db, database.dialect);
  const issuing = issuingCaRecord(ca);
  await repository.saveCa(issuing);
  const token: KeyManager = {
    generateKey: (r) => ca.keys.generateKey(r),
    getPublicKey: (u) => ca.keys.getPublicKey(u),
    storeCertificate: (u, d, l) => ca.keys.storeCertificate(u, d, l),
    sign: (r) => (failure ? Promise.reject(failure) : ca.keys.sign(r)),
    close: async () => {},
  };
  const keys: KeyManagerResolver = { forUri: () => token, close: async () => {} };
  const deps = { repository, keys, clock: systemClock, random: cryptoRandom, newId: randomUUID };
  const signer = await ensureOcspSigner(deps, issuing);
  const ocsp = new OcspResponder({ repository, keys, clock: systemClock, issuing, signer });
  const logger = createLogger({ level: "silent" });
  const direct = [ocspEndpoint({ ocsp, logger })];
  server = await listen(createHttpApp([], logger, direct), 0, "127.0.0.1", direct);
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}`;
}, 60_000);
afterAll(async () => {
  await closeServer(server);
  await database?.dispose();
  ca?.dispose();
});

/** The responseStatus of a fresh-nonce request (each one a signature), by POST and by GET. */
async function statuses(): Promise<number[]> {
  const der = ocspRequest(ca.issuing, ["1234abcd"], true);
  const posted = await fetch(`${base}/ocsp`, {
    method: "POST",
    headers: { "content-type": "application/ocsp-request" },
    body: der,
  });
  const got = await fetch(`${base}/ocsp/${encodeURIComponent(Buffer.from(der).toString("base64"))}`);
  const out: number[] = [];
  for (const res of [posted, got]) {
    expect(res.status).toBe(200);
    out.push(AsnConvert.parse(new Uint8Array(await res.arrayBuffer()), OCSPResponse).responseStatus);
  }
  return out;
}

describe("OCSP while the CA token is out", () => {
  it("answers successful while the token signs", async () => {
    failure = undefined;
    expect(await statuses()).toEqual([OCSPResponseStatus.successful, OCSPResponseStatus.successful]);
  });

  it.each([
    [
      "token_not_found",
      new KeyManagerError("token_not_found", "the token is not present (CKR_TOKEN_NOT_PRESENT)"),
    ],
    ["key_manager_closed", new KeyManagerError("key_manager_closed", "the key manager is closed")],
    [
      "pkcs11_error with CKR_SESSION_CLOSED",
      new KeyManagerError("pkcs11_error", "sign: CKR_SESSION_CLOSED", undefined, {
        ckr: "CKR_SESSION_CLOSED",
      }),
    ],
    [
      "pkcs11_error with CKR_DEVICE_REMOVED",
      new KeyManagerError("pkcs11_error", "sign: CKR_DEVICE_REMOVED", undefined, {
        ckr: "CKR_DEVICE_REMOVED",
      }),
    ],
  ])("answers tryLater (retryable, RFC 6960) when signing fails with %s", async (_name, error) => {
    failure = error;
    expect(await statuses()).toEqual([OCSPResponseStatus.tryLater, OCSPResponseStatus.tryLater]);
  });

  it("still answers internalError for a failure that is not a passing one, and signs again once the token is back", async () => {
    failure = new KeyManagerError("mechanism_unsupported", "the token refused the mechanism");
    expect(await statuses()).toEqual([OCSPResponseStatus.internalError, OCSPResponseStatus.internalError]);
    failure = new Error("unexpected");
    expect(await statuses()).toEqual([OCSPResponseStatus.internalError, OCSPResponseStatus.internalError]);
    failure = undefined;
    expect(await statuses()).toEqual([OCSPResponseStatus.successful, OCSPResponseStatus.successful]);
  });
});
