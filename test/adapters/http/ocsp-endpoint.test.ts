import type { Server } from "node:http";
import { request } from "node:http";
import { Writable } from "node:stream";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createMetricsRegistry, httpMetrics, metricsRoutes } from "../../../adapters/http/metrics.ts";
import { ocspEndpoint } from "../../../adapters/http/ocsp-endpoint.ts";
import { ocspNonceGate } from "../../../adapters/http/ocsp-nonce-gate.ts";
import { closeServer, createHttpApp, listen } from "../../../adapters/http/server.ts";
import { createLogger } from "../../../adapters/logging/logger.ts";
import { MAX_OCSP_REQUEST_BYTES } from "../../../core/pki/ocsp-responder.ts";

const MALFORMED = [0x30, 0x03, 0x0a, 0x01, 0x01];
const INTERNAL_ERROR = [0x30, 0x03, 0x0a, 0x01, 0x02];
const TRY_LATER = [0x30, 0x03, 0x0a, 0x01, 0x03];

let server: Server;
let base: string;
let logged = "";
/** What the stand-in responder was asked, and what it does next. */
const seen: Buffer[] = [];
const gateCalls: string[] = [];
const keptCaching = {
  thisUpdate: new Date(Date.now() - 60_000),
  nextUpdate: new Date(Date.now() + 59 * 60_000),
  refreshAt: new Date(Date.now() + 29 * 60_000),
  etag: '"0123456789abcdef0123456789abcdef01234567"',
};
let failNext = false;

beforeAll(async () => {
  const logger = createLogger({
    destination: new Writable({
      write: (chunk, _e, cb) => {
        logged += chunk.toString();
        cb();
      },
    }),
  });
  const responder = {
    async answer(der: Uint8Array) {
      seen.push(Buffer.from(der));
      if (failNext) throw new Error("database is locked at /secret/path.db");
      const body = Uint8Array.of(0x30, 0x03, 0x0a, 0x01, 0x00, der.length & 0xff);
      // a first octet 0x7e asks the stand-in for a kept (cacheable) answer
      return der[0] === 0x7e ? { der: body, caching: keptCaching } : { der: body };
    },
  };
  const registry = createMetricsRegistry();
  const metrics = httpMetrics(registry);
  const budget = ocspNonceGate(2);
  const nonceGate = {
    allow: (client: string) => {
      gateCalls.push(client);
      return budget.allow(client);
    },
  };
  const direct = [ocspEndpoint({ ocsp: responder, logger, observe: metrics.observer("/ocsp"), nonceGate })];
  const app = createHttpApp([metrics.middleware, metricsRoutes(registry)], logger, direct);
  server = await listen(app, 0, "127.0.0.1", direct);
  const a = server.address();
  base = `http://127.0.0.1:${typeof a === "object" && a ? a.port : 0}`;
});
afterAll(() => closeServer(server));
beforeEach(() => {
  seen.length = 0;
  gateCalls.length = 0;
  failNext = false;
  logged = "";
});

async function post(body: Uint8Array) {
  const res = await fetch(`${base}/ocsp`, {
    method: "POST",
    headers: { "content-type": "application/ocsp-request" },
    body,
  });
  return { res, bytes: [...new Uint8Array(await res.arrayBuffer())] };
}

describe("OCSP endpoint (direct route ahead of express)", () => {
  it("hands a POSTed DER body to the responder and answers application/ocsp-response", async () => {
    const { res, bytes } = await post(Uint8Array.of(0x30, 0x01, 0x00));
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/ocsp-response");
    expect(seen.map((b) => b.toString("hex"))).toEqual(["300100"]);
    expect(bytes).toEqual([0x30, 0x03, 0x0a, 0x01, 0x00, 3]);
  });

  it("takes POST /ocsp with a query string like the plain path", async () => {
    const res = await fetch(`${base}/ocsp?via=proxy`, { method: "POST", body: Uint8Array.of(0x30, 0x00) });
    expect(res.status).toBe(200);
    expect(seen.map((b) => b.toString("hex"))).toEqual(["3000"]);
  });

  it("decodes GET /ocsp/<url-encoded base64> into the same bytes", async () => {
    const der = Buffer.from([0x30, 0x82, 0x01, 0xfb, 0xff, 0x3e]);
    const res = await fetch(`${base}/ocsp/${encodeURIComponent(der.toString("base64"))}`);
    expect(res.status).toBe(200);
    expect(seen[0]?.toString("hex")).toBe(der.toString("hex"));
  });

  it("answers an empty or undecodable GET with malformedRequest, never an HTTP error, without asking the responder", async () => {
    for (const path of ["/ocsp/", "/ocsp/%", "/ocsp/!!!!"]) {
      const res = await fetch(`${base}${path}`);
      expect(res.status, path).toBe(200);
      expect(res.headers.get("content-type")).toBe("application/ocsp-response");
      expect([...new Uint8Array(await res.arrayBuffer())], path).toEqual(MALFORMED);
    }
    expect(seen).toEqual([]);
  });

  it("answers HEAD /ocsp/<base64> with GET's status and headers and no body", async () => {
    const path = `/ocsp/${encodeURIComponent(Buffer.from([0x7e, 0x01]).toString("base64"))}`;
    const get = await fetch(`${base}${path}`);
    const head = await fetch(`${base}${path}`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("content-type")).toBe("application/ocsp-response");
    expect(head.headers.get("content-length")).toBe(get.headers.get("content-length"));
    expect(head.headers.get("etag")).toBe(keptCaching.etag);
    expect((await head.arrayBuffer()).byteLength).toBe(0);
  });

  it("answers an oversized body with malformedRequest without asking the responder, announced or not", async () => {
    const { bytes } = await post(new Uint8Array(MAX_OCSP_REQUEST_BYTES + 1));
    expect(bytes).toEqual(MALFORMED);
    // chunked, so no Content-Length tells the size in advance
    const chunked = await new Promise<number[]>((resolve, reject) => {
      const req = request(`${base}/ocsp`, { method: "POST" }, (res) => {
        const parts: Buffer[] = [];
        res.on("data", (c: Buffer) => parts.push(c));
        res.on("end", () => resolve([...Buffer.concat(parts)]));
      });
      req.on("error", reject);
      for (let i = 0; i < 4; i++) req.write(Buffer.alloc(MAX_OCSP_REQUEST_BYTES / 2 + 1));
      req.end();
    });
    expect(chunked).toEqual(MALFORMED);
    expect(seen).toEqual([]);
  });

  it("answers internalError when the responder fails, logging the cause without sending it", async () => {
    failNext = true;
    const { res, bytes } = await post(Uint8Array.of(0x30, 0x00));
    expect(res.status).toBe(200);
    expect(bytes).toEqual(INTERNAL_ERROR);
    expect(logged).toContain("OCSP responder failed");
    // the server goes on answering
    failNext = false;
    expect((await post(Uint8Array.of(0x30, 0x00))).bytes).toEqual([0x30, 0x03, 0x0a, 0x01, 0x00, 2]);
  });

  it("leaves every other route to express", async () => {
    const res = await fetch(`${base}/ocspx`, { method: "POST", body: "x" });
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("not_found");
    expect(seen).toEqual([]);
  });

  it("counts its answers in the HTTP metrics under the /ocsp route family", async () => {
    await post(Uint8Array.of(0x30, 0x00));
    const text = await (await fetch(`${base}/metrics`)).text();
    expect(text).toMatch(
      /mm_http_requests_total\{[^}]*method="POST",route="\/ocsp",status="200"[^}]*\} [1-9]/,
    );
  });
});

describe("OCSP GET caching (RFC 5019 §6.2)", () => {
  it("gives a kept answer Last-Modified, Expires, ETag and Cache-Control, and 304 to its ETag", async () => {
    const path = `${base}/ocsp/${encodeURIComponent(Buffer.from([0x7e, 0x01]).toString("base64"))}`;
    const res = await fetch(path);
    expect(res.status).toBe(200);
    expect(res.headers.get("last-modified")).toBe(keptCaching.thisUpdate.toUTCString());
    expect(res.headers.get("expires")).toBe(keptCaching.nextUpdate.toUTCString());
    expect(res.headers.get("etag")).toBe(keptCaching.etag);
    const cacheControl = res.headers.get("cache-control") ?? "";
    expect(cacheControl).toMatch(/^max-age=\d+, public, no-transform, must-revalidate$/);
    const maxAge = Number(/max-age=(\d+)/.exec(cacheControl)?.[1]);
    expect(maxAge).toBeGreaterThan(28 * 60);
    expect(maxAge).toBeLessThanOrEqual(29 * 60);
    const again = await fetch(path, { headers: { "if-none-match": keptCaching.etag } });
    expect(again.status).toBe(304);
  });

  it("marks other GET answers no-cache and gives POST answers no caching headers", async () => {
    const res = await fetch(
      `${base}/ocsp/${encodeURIComponent(Buffer.from([0x30, 0x00]).toString("base64"))}`,
    );
    expect(res.headers.get("cache-control")).toBe("no-cache");
    expect(res.headers.get("etag")).toBeNull();
    const posted = await fetch(`${base}/ocsp`, { method: "POST", body: Uint8Array.of(0x7e, 0x01) });
    expect(posted.headers.get("etag")).toBeNull();
    expect(posted.headers.get("cache-control")).toBeNull();
  });
});

describe("OCSP nonce budget per client", () => {
  it("answers tryLater once a client used its nonce requests, without asking the responder; plain requests go on", async () => {
    const { ocspRequest } = await import("../../helpers/ocsp-request.ts");
    const { createTestCa } = await import("../../helpers/test-ca.ts");
    const ca = await createTestCa();
    try {
      const statuses = [];
      for (let i = 0; i < 4; i++) statuses.push((await post(ocspRequest(ca.issuing, ["0a"], true))).bytes);
      expect(statuses.slice(2)).toEqual([TRY_LATER, TRY_LATER]);
      expect(statuses.slice(0, 2).every((b) => b[4] === 0x00)).toBe(true);
      expect(seen.length).toBe(2);
      // one key per client: an IPv4 address counts as its /32 (client-address.ts, 5fd7a83)
      expect(gateCalls).toEqual(Array(4).fill("127.0.0.1/32"));
      const plain = await post(ocspRequest(ca.issuing, ["0a"]));
      expect(plain.bytes[4]).toBe(0x00);
      expect(gateCalls.length).toBe(4);
    } finally {
      ca.dispose();
    }
  });
});
