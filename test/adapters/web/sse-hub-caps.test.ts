import type { Server } from "node:http";
import { request } from "node:http";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import express from "express";
import { afterEach, describe, expect, it } from "vitest";
import { closeServer, createHttpApp, listen } from "../../../adapters/http/server.ts";
import { createLogger } from "../../../adapters/logging/logger.ts";
import { SseHub } from "../../../adapters/web/sse-hub.ts";

let server: Server | undefined;
const uncaught: unknown[] = [];
const onUncaught = (error: unknown) => uncaught.push(error);
process.on("uncaughtException", onUncaught);
afterEach(async () => {
  if (server) await closeServer(server);
  server = undefined;
});

async function serve(hub: SseHub, heartbeatMs = 25_000): Promise<string> {
  const router = express.Router();
  router.get("/events/:id", (req, res) => hub.attach(req.params.id, res, heartbeatMs));
  const quiet = new Writable({ write: (_c, _e, cb) => cb() });
  server = await listen(createHttpApp([router], createLogger({ destination: quiet })), 0, "127.0.0.1");
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** Opens a stream and resolves with its status, body so far, and a way to close it. */
function open(url: string): Promise<{ status: number; body: () => string; close(): void }> {
  return new Promise((resolve, reject) => {
    const req = request(url, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (d) => {
        body += d;
      });
      res.on("error", () => {});
      // an answer that is not a stream is complete once it ends; a stream resolves at once
      if (res.headers["content-type"]?.startsWith("text/event-stream"))
        resolve({ status: res.statusCode ?? 0, body: () => body, close: () => req.destroy() });
      else res.on("end", () => resolve({ status: res.statusCode ?? 0, body: () => body, close: () => {} }));
    });
    req.on("error", reject);
    req.end();
  });
}

const until = async (check: () => boolean, ms = 5_000) => {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > ms) throw new Error("condition not met");
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe("SSE hub caps", () => {
  it("caps the streams of one client (429, coded) and overall (503, coded)", async () => {
    const hub = new SseHub({ streamsPerClient: 3, streamsTotal: 5 });
    const base = await serve(hub);
    const streams = [];
    for (let i = 0; i < 3; i++) streams.push(await open(`${base}/events/s${i}`));
    expect(streams.map((s) => s.status)).toEqual([200, 200, 200]);
    const refused = await open(`${base}/events/s9`);
    expect(refused.status).toBe(429);
    expect(JSON.parse(refused.body())).toEqual({
      error: { code: "too_many_streams", message: expect.any(String) },
    });
    expect(hub.listenerCount).toBe(3);
    // a closed stream frees its place
    streams[0]!.close();
    await until(() => hub.listenerCount === 2);
    expect((await open(`${base}/events/s10`)).status).toBe(200);
    for (const s of streams) s.close();
    await until(() => hub.listenerCount === 1);

    const overall = new SseHub({ streamsPerClient: 100, streamsTotal: 2 });
    const base2 = await serve(overall);
    const a = await open(`${base2}/events/a`);
    const b = await open(`${base2}/events/b`);
    const full = await open(`${base2}/events/c`);
    expect(full.status).toBe(503);
    expect(JSON.parse(full.body()).error.code).toBe("streams_full");
    a.close();
    b.close();
  });

  it("stops an evicted stream's heartbeat and never writes after end()", async () => {
    const hub = new SseHub();
    const base = await serve(hub, 5);
    const streams = [];
    for (let i = 0; i < 6; i++) streams.push(await open(`${base}/events/same`));
    // four per session: the two oldest were evicted and their timers stopped at once
    expect(hub.listenerCount).toBe(4);
    expect(hub.heartbeatCount).toBe(4);
    await hub.push("same", [{ text: "after eviction" }]);
    await new Promise((r) => setTimeout(r, 100));
    expect(streams[0]!.body()).not.toContain("after eviction");
    expect(streams[5]!.body()).toContain("after eviction");
    hub.closeAll();
    expect(hub.heartbeatCount).toBe(0);
    await hub.push("same", [{ text: "after close" }]);
    await new Promise((r) => setTimeout(r, 100));
    for (const s of streams) s.close();
    expect(uncaught).toEqual([]);
  });
});
