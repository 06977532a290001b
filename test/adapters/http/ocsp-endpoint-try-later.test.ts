import { OCSPResponse, OCSPResponseStatus } from "@peculiar/asn1-ocsp";
import { AsnConvert } from "@peculiar/asn1-schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ocspEndpoint } from "../../../adapters/http/ocsp-endpoint.ts";
import { createHttpApp } from "../../../adapters/http/server.ts";
import { createLogger } from "../../../adapters/logging/logger.ts";
import { KeyManagerError } from "../../../core/errors/domain-error.ts";
import { systemClock } from "../../../core/ports/clock.ts";
import { testDialects } from "../../helpers/databases.ts";
import { type LoopbackServer, serveOnLoopback } from "../../helpers/loopback-http.ts";
import { ocspRequest } from "../../helpers/ocsp-request.ts";
import { type OcspStack, startOcspStack } from "../../helpers/ocsp-stack.ts";
import type { TestCa } from "../../helpers/test-ca.ts";

/** What the stand-in token does at the next signature: sign, or fail with this error. */
let failure: Error | undefined;

let stack: OcspStack;
let ca: TestCa;
let served: LoopbackServer;
let base: string;

beforeAll(async () => {
  stack = await startOcspStack(testDialects.find((d) => d.name === "sqlite")!, systemClock, {
    failSign: () => failure,
  });
  ca = stack.ca;
  const logger = createLogger({ level: "silent" });
  const direct = [ocspEndpoint({ ocsp: stack.responder(), logger })];
  served = await serveOnLoopback(createHttpApp([], logger, direct), direct);
  base = served.base;
}, 60_000);
afterAll(async () => {
  await served?.close();
  await stack?.dispose();
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
    // the database away while the status is read (PostgreSQL restarting: internalError before)
    [
      "the database refusing connections",
      Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" }),
    ],
    [
      "PostgreSQL shutting down (57P01)",
      Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" }),
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
