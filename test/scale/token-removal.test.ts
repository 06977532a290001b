import { OCSPResponse, OCSPResponseStatus } from "@peculiar/asn1-ocsp";
import { AsnConvert } from "@peculiar/asn1-schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testPostgresUrl } from "../helpers/databases.ts";
import { ocspRequest } from "../helpers/ocsp-request.ts";
import { createSoftHsm, type SoftHsm } from "../helpers/softhsm.ts";
import { freshSchema } from "./scale-env.ts";
import { type Instances, startInstances } from "./service-instances.ts";

/** The CA's issuing key and the OCSP signer's key on a SoftHSM token, pulled out under load. */
let hsm: SoftHsm;
let schema: Awaited<ReturnType<typeof freshSchema>>;
let running: Instances | undefined;
const token = "scale-token";

beforeAll(async () => {
  hsm = createSoftHsm();
  hsm.initToken(token);
  schema = await freshSchema();
  running = await startInstances(1, {
    databaseUrl: `${testPostgresUrl}?schema=${schema.schema}`,
    hsm,
    token,
    // the load below asks for a fresh signature per request: no per-client nonce budget in the way
    env: { MM_OCSP_NONCES_PER_MINUTE: "1000000" },
  });
}, 240_000);
afterAll(async () => {
  await running?.stop();
  await schema?.drop();
  hsm?.dispose();
}, 60_000);

async function healthOf(url: string): Promise<{ status: number; ca?: { ok: boolean; code?: string } }> {
  const response = await fetch(`${url}/healthz`);
  const body = (await response.json()) as { checks: { ca?: { ok: boolean; code?: string } } };
  return { status: response.status, ca: body.checks.ca };
}

/** One OCSP request with a fresh nonce (a signature each): the OCSP response status, or -1 on no answer. */
async function ocspStatus(url: string, issuer: Uint8Array): Promise<number> {
  try {
    const response = await fetch(`${url}/ocsp`, {
      method: "POST",
      headers: { "content-type": "application/ocsp-request" },
      body: ocspRequest(issuer, ["1234abcd"], true),
      signal: AbortSignal.timeout(10_000),
    });
    if (response.status !== 200) return -1;
    return AsnConvert.parse(new Uint8Array(await response.arrayBuffer()), OCSPResponse).responseStatus;
  } catch {
    return -1;
  }
}

async function until(check: () => Promise<boolean>, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return true;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return false;
}

describe("the PKCS#11 token removed and put back under OCSP load", () => {
  it("answers coded errors meanwhile, /healthz names ca token_not_found, and signs again by itself", async () => {
    const { baseUrl, process: child } = running!.instances[0]!;
    const pid = child.child.pid;
    const issuer = new Uint8Array(await (await fetch(`${baseUrl}/ca/issuing.crt`)).arrayBuffer());
    expect(await ocspStatus(baseUrl, issuer)).toBe(OCSPResponseStatus.successful);
    expect((await healthOf(baseUrl)).status).toBe(200);

    const statuses: { phase: string; status: number }[] = [];
    let phase = "removed";
    let loading = true;
    const load = Promise.all(
      [0, 1, 2, 3].map(async () => {
        while (loading) statuses.push({ phase, status: await ocspStatus(baseUrl, issuer) });
      }),
    );
    const putBack = hsm.removeToken(token);
    const unhealthy = await until(
      async () => (await healthOf(baseUrl)).ca?.code === "token_not_found",
      30_000,
    );
    expect(unhealthy).toBe(true);
    expect(await healthOf(baseUrl)).toMatchObject({
      status: 503,
      ca: { ok: false, code: "token_not_found" },
    });
    putBack();
    phase = "restored";
    const healthy = await until(async () => (await healthOf(baseUrl)).status === 200, 30_000);
    expect(healthy).toBe(true);
    const signing = await until(
      async () => (await ocspStatus(baseUrl, issuer)) === OCSPResponseStatus.successful,
      30_000,
    );
    expect(signing).toBe(true);
    loading = false;
    await load;

    // while the token was out: OCSP error answers (HTTP 200, never a dropped connection or a crash)
    const removed = statuses.filter((s) => s.phase === "removed");
    expect(removed.length).toBeGreaterThan(0);
    expect(removed.every((s) => s.status >= 0)).toBe(true);
    expect(removed.some((s) => s.status !== OCSPResponseStatus.successful)).toBe(true);
    // and those error answers say tryLater (RFC 6960: retry), never internalError
    expect(removed.filter((s) => s.status !== OCSPResponseStatus.successful).map((s) => s.status)).toEqual(
      removed
        .filter((s) => s.status !== OCSPResponseStatus.successful)
        .map(() => OCSPResponseStatus.tryLater),
    );
    expect(child.child.exitCode).toBeNull();
    expect(child.child.pid).toBe(pid);
  }, 180_000);
});
