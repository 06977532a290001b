/**
 * Web chat benchmark: chat turns per second and p50/p99 latency at 200 concurrent sessions on the
 * embedded defaults (the whole service, SQLite in a temp data folder), against a bare express route
 * doing one SQLite write, measured in the same run with the same client; then the resident memory
 * with 10 000 open conversations (target ≤ 300 MB). Each of the 200 sessions comes from its own
 * loopback address (127.0.x.y), as 200 browsers would.
 */
import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import express from "express";
import { readEnvironment } from "../adapters/config/environment.ts";
import { openDatabase } from "../adapters/db/database.ts";
import { closeServer, listen } from "../adapters/http/server.ts";
import { createLogger } from "../adapters/logging/logger.ts";
import { startService } from "../adapters/service.ts";
import { reportFigure } from "./format.ts";

const SESSIONS = 200;
const RUN_MS = 4_000;
const OPEN_CONVERSATIONS = 10_000;
const TURN_TEXTS = ["merhaba", "fiyat nedir", "mali mühür nedir", "menü"];

interface Client {
  agent: http.Agent;
  localAddress: string;
}

function clientFor(i: number): Client {
  return {
    agent: new http.Agent({ keepAlive: true, maxSockets: 1 }),
    localAddress: `127.0.${1 + Math.floor(i / 250)}.${1 + (i % 250)}`,
  };
}

function post(
  base: URL,
  path: string,
  body: object,
  client: Client,
  token?: string,
): Promise<{ status: number; body: string }> {
  const payload = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: base.hostname,
        port: base.port,
        path,
        method: "POST",
        agent: client.agent,
        localAddress: client.localAddress,
        headers: {
          "content-type": "application/json",
          "content-length": Buffer.byteLength(payload),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }),
        );
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(payload);
  });
}

interface LoadResult {
  perSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

/** Runs `workers` closed-loop clients for RUN_MS; each calls `once(worker)` back to back. */
async function closedLoop(workers: number, once: (worker: number) => Promise<boolean>): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  const end = performance.now() + RUN_MS;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: workers }, async (_, w) => {
      while (performance.now() < end) {
        const t0 = performance.now();
        const ok = await once(w).catch(() => false);
        if (ok) latencies.push(performance.now() - t0);
        else errors++;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? Number.NaN;
  return { perSecond: latencies.length / seconds, p50: at(0.5), p99: at(0.99), errors };
}

/** The baseline: a bare express route doing one SQLite write (same storage settings as the service). */
async function baseline(clients: Client[]): Promise<LoadResult> {
  const dir = mkdtempSync(join(tmpdir(), "mm-bench-base-"));
  const database = await openDatabase({ dialect: "sqlite", file: join(dir, "base.db") });
  const app = express();
  app.post("/write", express.json(), async (_req, res) => {
    const now = new Date();
    await database.db.conversation.create({
      data: { id: randomUUID(), channel: "web", locale: "tr", state: "{}", createdAt: now, updatedAt: now },
    });
    res.json({ ok: true });
  });
  const server = await listen(app as never, 0, "127.0.0.1");
  const base = new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  try {
    return await closedLoop(
      SESSIONS,
      async (w) => (await post(base, "/write", { text: "x" }, clients[w]!)).status === 200,
    );
  } finally {
    await closeServer(server);
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export default async function webBench(): Promise<void> {
  const clients = Array.from({ length: SESSIONS }, (_, i) => clientFor(i));
  const base = await baseline(clients);

  const dir = mkdtempSync(join(tmpdir(), "mm-bench-web-"));
  const env = readEnvironment({
    MM_DATA_DIR: dir,
    PORT: "0",
    HOST: "127.0.0.1",
    LOG_LEVEL: "silent",
    MM_CHAT_SESSIONS_PER_MINUTE: "100000",
    MM_CHAT_REQUESTS_PER_MINUTE: "1000000",
    MM_CHAT_MESSAGES_PER_MINUTE: "1000000",
  });
  const service = await startService(env, createLogger({ level: "silent" }));
  const url = new URL(`http://127.0.0.1:${(service.server!.address() as AddressInfo).port}`);
  try {
    const sessions: { id: string; token: string }[] = [];
    for (const client of clients) {
      const res = await post(url, "/api/chat/sessions", { locale: "tr" }, client);
      if (res.status !== 201)
        throw new Error(`web bench: session creation answered ${res.status}: ${res.body}`);
      const body = JSON.parse(res.body) as { sessionId: string; token: string };
      sessions.push({ id: body.sessionId, token: body.token });
    }
    let n = 0;
    const web = await closedLoop(SESSIONS, async (w) => {
      const s = sessions[w]!;
      const text = TURN_TEXTS[n++ % TURN_TEXTS.length]!;
      const res = await post(url, `/api/chat/sessions/${s.id}/messages`, { text }, clients[w]!, s.token);
      return res.status === 200;
    });
    if (web.errors > 0 || base.errors > 0)
      console.error(`web bench: errors web=${web.errors} baseline=${base.errors}`);
    reportFigure("web chat turns/s at 200 sessions", web.perSecond, "turns/s", {
      what: "express route with one SQLite write",
      value: base.perSecond,
      unit: "req/s",
    });
    reportFigure("web chat turn p50 at 200 sessions", web.p50, "ms", {
      what: "express SQLite write p50",
      value: base.p50,
    });
    reportFigure("web chat turn p99 at 200 sessions", web.p99, "ms", {
      what: "express SQLite write p99",
      value: base.p99,
    });

    // Open conversations until 10 000 are held by the service, then read the resident memory.
    let open = sessions.length;
    const creators = clients.slice(0, 50);
    await Promise.all(
      creators.map(async (client) => {
        while (open < OPEN_CONVERSATIONS) {
          open++;
          const res = await post(url, "/api/chat/sessions", { locale: "tr" }, client);
          if (res.status !== 201) throw new Error(`web bench: session creation answered ${res.status}`);
        }
      }),
    );
    globalThis.gc?.();
    const rssMb = process.memoryUsage().rss / (1024 * 1024);
    reportFigure(`resident memory with ${OPEN_CONVERSATIONS} open conversations`, rssMb, "MB", {
      what: "target",
      value: 300,
    });
  } finally {
    for (const c of clients) c.agent.destroy();
    await service.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
