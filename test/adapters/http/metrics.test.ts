import type { Server } from "node:http";
import { Writable } from "node:stream";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createMetricsRegistry,
  httpMetrics,
  metricsApp,
  metricsRoutes,
} from "../../../adapters/http/metrics.ts";
import { closeServer, createHttpApp, listen } from "../../../adapters/http/server.ts";
import { createLogger } from "../../../adapters/logging/logger.ts";

let server: Server;
let base: string;

beforeAll(async () => {
  const registry = createMetricsRegistry();
  const hello = express.Router();
  hello.get("/hello/:secret", (_req, res) => {
    res.send("hi");
  });
  const quiet = new Writable({ write: (_c, _e, cb) => cb() });
  server = await listen(
    createHttpApp(
      [httpMetrics(registry).middleware, hello, metricsRoutes(registry)],
      createLogger({ destination: quiet }),
    ),
    0,
    "127.0.0.1",
  );
  const a = server.address();
  base = `http://127.0.0.1:${typeof a === "object" && a ? a.port : 0}`;
});
afterAll(() => closeServer(server));

describe("GET /metrics", () => {
  it("serves Prometheus text with request counts by route family, never path parameters", async () => {
    await fetch(`${base}/hello/4540536920`);
    await fetch(`${base}/hello/4540536920`);
    const res = await fetch(`${base}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/plain");
    const text = await res.text();
    expect(text).toMatch(/mm_http_requests_total\{[^}]*route="\/hello\/:secret"[^}]*status="200"[^}]*\} 2/);
    expect(text).not.toContain("4540536920");
    expect(text).toContain("process_resident_memory_bytes");
  });
});

describe("route labels", () => {
  it("come from a fixed set: unknown paths add no series, matched routes are labelled by their pattern", async () => {
    const before = (await (await fetch(`${base}/metrics`)).text()).split("\n").length;
    for (let i = 0; i < 200; i++) await fetch(`${base}/random-${i}-${Math.random().toString(36).slice(2)}/x`);
    await fetch(`${base}/hello/123`);
    const text = await (await fetch(`${base}/metrics`)).text();
    expect(text).not.toMatch(/route="\/random-/);
    expect(text).toMatch(/mm_http_requests_total\{[^}]*route="other"[^}]*status="404"[^}]*\} 200/);
    expect(text).toMatch(/route="\/hello\/:secret"/);
    // the first scrape may add a few series of its own (the /metrics route itself); never one per path
    expect(text.split("\n").length - before).toBeLessThan(60);
  });
});

describe("metrics access", () => {
  const quiet = new Writable({ write: (_c, _e, cb) => cb() });
  const serve = async (app: Parameters<typeof listen>[0]) => {
    const s = await listen(app, 0, "127.0.0.1");
    const a = s.address();
    return { s, url: `http://127.0.0.1:${typeof a === "object" && a ? a.port : 0}` };
  };

  it("with a token, refuses scrapes without the right Bearer token with a coded 401", async () => {
    const registry = createMetricsRegistry();
    const { s, url } = await serve(
      createHttpApp(
        [metricsRoutes(registry, { token: "s3cret-token" })],
        createLogger({ destination: quiet }),
      ),
    );
    try {
      const none = await fetch(`${url}/metrics`);
      expect(none.status).toBe(401);
      expect(await none.json()).toEqual({ error: { code: "unauthorized", message: expect.any(String) } });
      const wrong = await fetch(`${url}/metrics`, { headers: { authorization: "Bearer s3cret-tokeX" } });
      expect(wrong.status).toBe(401);
      const longer = await fetch(`${url}/metrics`, {
        headers: { authorization: "Bearer s3cret-token-and-more" },
      });
      expect(longer.status).toBe(401);
      const right = await fetch(`${url}/metrics`, { headers: { authorization: "Bearer s3cret-token" } });
      expect(right.status).toBe(200);
      expect(await right.text()).toContain("process_resident_memory_bytes");
    } finally {
      await closeServer(s);
    }
  });

  it("can be served by an application of its own (MM_METRICS_PORT) that answers nothing else", async () => {
    const registry = createMetricsRegistry();
    const { s, url } = await serve(metricsApp(registry, createLogger({ destination: quiet })));
    try {
      expect((await fetch(`${url}/metrics`)).status).toBe(200);
      const other = await fetch(`${url}/healthz`);
      expect(other.status).toBe(404);
      expect(((await other.json()) as { error: { code: string } }).error.code).toBe("not_found");
    } finally {
      await closeServer(s);
    }
  });
});
