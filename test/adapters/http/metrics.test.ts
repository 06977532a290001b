import type { Server } from "node:http";
import { Writable } from "node:stream";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMetricsRegistry, httpMetrics, metricsRoutes } from "../../../adapters/http/metrics.ts";
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
    expect(text).toMatch(/mm_http_requests_total\{[^}]*route="\/hello"[^}]*status="200"[^}]*\} 2/);
    expect(text).not.toContain("4540536920");
    expect(text).toContain("process_resident_memory_bytes");
  });
});
