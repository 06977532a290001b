import { type AddressInfo, connect } from "node:net";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { healthRoutes } from "../../../adapters/http/health.ts";
import { closeServer, createHttpApp, listen } from "../../../adapters/http/server.ts";
import { capturingLogger, type LoopbackServer, serveOnLoopback } from "../../helpers/loopback-http.ts";

let served: LoopbackServer;
let base: string;
const { logger, lines: logged } = capturingLogger();

beforeAll(async () => {
  const router = express.Router();
  router.post("/echo", express.json({ limit: "1kb" }), (req, res) => {
    res.json(req.body);
  });
  router.get("/boom", () => {
    throw new Error("secret internal detail");
  });
  const app = createHttpApp(
    [
      healthRoutes([
        { name: "storage", check: async () => {} },
        {
          name: "ca",
          check: async () => {
            throw Object.assign(new Error("key not usable"), { code: "key_unusable" });
          },
        },
      ]),
      router,
    ],
    logger,
  );
  served = await serveOnLoopback(app);
  base = served.base;
});
afterAll(() => served.close());

describe("HTTP server", () => {
  it("answers /healthz 503 naming the failing dependency", async () => {
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(503);
    expect(await res.json()).toEqual({
      status: "unavailable",
      checks: { storage: { ok: true }, ca: { ok: false, code: "key_unusable" } },
    });
  });

  it("answers bad JSON with 400, an oversized body with 413, an unknown route with 404", async () => {
    const bad = await fetch(`${base}/echo`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{",
    });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { code: string } }).error.code).toBe("bad_request");
    const big = await fetch(`${base}/echo`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ t: "x".repeat(5000) }),
    });
    expect(big.status).toBe(413);
    expect(((await big.json()) as { error: { code: string } }).error.code).toBe("too_large");
    const missing = await fetch(`${base}/nowhere`);
    expect(missing.status).toBe(404);
  });

  it("hides internal errors from the client and logs them", async () => {
    const res = await fetch(`${base}/boom`);
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(text).not.toContain("secret internal detail");
    expect(text).not.toMatch(/at .*\.ts/);
    expect(JSON.parse(text)).toEqual({ error: { code: "internal", message: "internal error" } });
    expect(logged.join("")).toContain("secret internal detail");
  });
});

describe("a client that drips its request", () => {
  it("gets 408 and the connection closed once the request timeout passes; a prompt request still works", async () => {
    const router = express.Router();
    router.post("/echo", express.json(), (req, res) => res.json(req.body));
    const server = await listen(createHttpApp([router], logger), 0, "127.0.0.1", [], 1_000);
    try {
      const { port } = server.address() as AddressInfo;
      const prompt = await fetch(`http://127.0.0.1:${port}/echo`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: '{"a":1}',
      });
      expect(await prompt.json()).toEqual({ a: 1 });
      const started = Date.now();
      const answer = await new Promise<string>((resolve) => {
        const socket = connect(port, "127.0.0.1");
        let received = "";
        socket.on("data", (chunk) => {
          received += chunk.toString("latin1");
        });
        socket.on("close", () => resolve(received));
        socket.write(
          "POST /echo HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{",
        );
        const drip = setInterval(() => socket.write(" "), 200);
        socket.on("close", () => clearInterval(drip));
      });
      expect(answer).toMatch(/^HTTP\/1\.1 408/);
      expect(answer).toContain(`"code":"request_timeout"`);
      expect(Date.now() - started).toBeLessThan(4_000);
    } finally {
      await closeServer(server);
    }
  });
});

/** Writes raw bytes to the server and resolves with everything it answers until it closes. */
function rawExchange(port: number, bytes: string): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1");
    let received = "";
    socket.on("data", (chunk) => {
      received += chunk.toString("latin1");
    });
    socket.on("error", () => {});
    socket.on("close", () => resolve(received));
    socket.write(bytes);
  });
}

describe("a request Node cannot parse", () => {
  it("a request line or headers too large: 431 with the coded JSON error, the server still answers", async () => {
    const port = Number(new URL(base).port);
    const answer = await rawExchange(port, `GET /ocsp/${"A".repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`);
    expect(answer).toMatch(/^HTTP\/1\.1 431/);
    expect(answer).toMatch(/content-type: application\/json/i);
    const body = JSON.parse(answer.slice(answer.indexOf("\r\n\r\n") + 4));
    expect(body.error.code).toBe("headers_too_large");
    expect((await fetch(`${base}/healthz`)).status).toBe(503);
  });

  it("a malformed request: 400 with the coded JSON error", async () => {
    const port = Number(new URL(base).port);
    const answer = await rawExchange(port, "GET / HTTP/1.1\r\nHost: x\r\nContent-Length: zz\r\n\r\n");
    expect(answer).toMatch(/^HTTP\/1\.1 400/);
    const body = JSON.parse(answer.slice(answer.indexOf("\r\n\r\n") + 4));
    expect(body).toEqual({ error: { code: "bad_request", message: expect.any(String) } });
  });
});
