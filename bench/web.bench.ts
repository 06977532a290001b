/**
 * Web chat benchmark, on the embedded defaults (the whole service, SQLite in a temp data folder),
 * against a bare express route doing one SQLite write, both driven by the same client in the same run:
 * - throughput: 200 sessions sending back to back (closed loop) → turns/s;
 * - latency: 200 sessions each sending one message per second (a busy but human pace; a closed loop
 *   would only measure queueing, 200 / throughput) → p50 and p99;
 * - memory: the resident set of a separate `npm start` process (adapters/main.ts) holding 10 000
 *   open conversations (target ≤ 300 MB).
 * Each of the 200 sessions comes from its own loopback address (127.0.x.y), as 200 browsers would.
 */

import { type ChildProcess, spawn } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import express from "express";
import { openDatabase } from "../adapters/db/database.ts";
import { closeServer, listen } from "../adapters/http/server.ts";
import { startBenchService } from "./bench-service.ts";
import { reportFigure } from "./format.ts";
import { type BenchClient, postJson } from "./http-post.ts";
import { percentile } from "./percentile.ts";

const SESSIONS = 200;
const RUN_MS = 3_000;
/** Unmeasured closed-loop run before each target's figures (JIT, caches, pools), the same for both. */
const WARM_UP_MS = 1_000;
const PACE_MS = 1_000;
const OPEN_CONVERSATIONS = 10_000;
const TURN_TEXTS = ["merhaba", "fiyat nedir", "mali mühür nedir", "menü"];

type Client = Required<BenchClient>;

function clientFor(i: number): Client {
  return {
    agent: new http.Agent({ keepAlive: true, maxSockets: 1 }),
    localAddress: `127.0.${1 + Math.floor(i / 250)}.${1 + (i % 250)}`,
  };
}

interface LoadResult {
  perSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Runs SESSIONS clients for `runMs`; each calls `once(worker)` back to back, or, with `paceMs`, starts
 * one call per `paceMs` (start times spread evenly) and waits in between.
 */
async function loop(
  once: (worker: number) => Promise<boolean>,
  paceMs = 0,
  runMs = RUN_MS,
): Promise<LoadResult> {
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const end = started + runMs;
  await Promise.all(
    Array.from({ length: SESSIONS }, async (_, w) => {
      if (paceMs > 0) await sleep((paceMs * w) / SESSIONS);
      while (performance.now() < end) {
        const t0 = performance.now();
        const ok = await once(w).catch(() => false);
        if (ok) latencies.push(performance.now() - t0);
        else errors++;
        if (paceMs > 0) await sleep(Math.max(0, paceMs - (performance.now() - t0)));
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  return {
    perSecond: latencies.length / seconds,
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    errors,
  };
}

/** Throughput (closed loop) and latency (paced) of one target, after the same warm-up for each. */
async function measure(
  once: (worker: number) => Promise<boolean>,
): Promise<{ rate: LoadResult; paced: LoadResult }> {
  await loop(once, 0, WARM_UP_MS);
  return { rate: await loop(once), paced: await loop(once, PACE_MS) };
}

/** The baseline: a bare express route doing one SQLite write (same storage settings as the service). */
async function baseline(clients: Client[]): Promise<{ rate: LoadResult; paced: LoadResult }> {
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
    return await measure(
      async (w) => (await postJson(base, "/write", { text: "x" }, clients[w]!)).status === 200,
    );
  } finally {
    await closeServer(server);
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The web chat of the whole service, in this process. */
async function webChat(clients: Client[]): Promise<{ rate: LoadResult; paced: LoadResult }> {
  const service = await startBenchService();
  const url = new URL(service.baseUrl);
  try {
    const sessions: { id: string; token: string }[] = [];
    for (const client of clients) {
      const res = await postJson(url, "/api/chat/sessions", { locale: "tr" }, client);
      if (res.status !== 201)
        throw new Error(`web bench: session creation answered ${res.status}: ${res.body}`);
      const body = JSON.parse(res.body) as { sessionId: string; token: string };
      sessions.push({ id: body.sessionId, token: body.token });
    }
    let n = 0;
    return await measure(async (w) => {
      const s = sessions[w]!;
      const text = TURN_TEXTS[n++ % TURN_TEXTS.length]!;
      const res = await postJson(url, `/api/chat/sessions/${s.id}/messages`, { text }, clients[w]!, s.token);
      return res.status === 200;
    });
  } finally {
    await service.close();
  }
}

/** Starts `npm start` (adapters/main.ts) in its own process; resolves with it and its URL. */
async function startServiceProcess(dir: string): Promise<{ child: ChildProcess; url: URL }> {
  const child = spawn(process.execPath, ["--import", "tsx", "adapters/main.ts"], {
    cwd: join(dirname(fileURLToPath(import.meta.url)), ".."),
    env: {
      ...process.env,
      MM_DATA_DIR: dir,
      PORT: "0",
      HOST: "127.0.0.1",
      LOG_LEVEL: "info",
      MM_CHAT_SESSIONS_PER_MINUTE: "1000000",
      MM_CHAT_REQUESTS_PER_MINUTE: "1000000",
    },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let buffer = "";
    const timer = setTimeout(
      () => reject(new Error("web bench: the service did not start within 30 s")),
      30_000,
    );
    child.once("exit", (code) => reject(new Error(`web bench: the service exited with ${code}`)));
    child.stdout!.on("data", (chunk: Buffer) => {
      buffer += chunk.toString("utf8");
      const match = /"port":(\d+)[^\n]*HTTP server listening/.exec(buffer);
      if (match) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
  });
  return { child, url: new URL(`http://127.0.0.1:${port}`) };
}

function residentMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1] ?? Number.NaN) / 1024;
}

/** Opens 10 000 conversations on a separate service process and reads its resident memory. */
async function memoryWithOpenConversations(clients: Client[]): Promise<number> {
  const dir = mkdtempSync(join(tmpdir(), "mm-bench-mem-"));
  const { child, url } = await startServiceProcess(dir);
  try {
    let open = 0;
    await Promise.all(
      clients.slice(0, 50).map(async (client) => {
        while (open < OPEN_CONVERSATIONS) {
          open++;
          const res = await postJson(url, "/api/chat/sessions", { locale: "tr" }, client);
          if (res.status !== 201) throw new Error(`web bench: session creation answered ${res.status}`);
        }
      }),
    );
    await sleep(500);
    return residentMb(child.pid!);
  } finally {
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await exited;
    rmSync(dir, { recursive: true, force: true });
  }
}

export default async function webBench(): Promise<void> {
  const clients = Array.from({ length: SESSIONS }, (_, i) => clientFor(i));
  try {
    await runFigures(clients);
  } catch (error) {
    // Report and mark the run failed, but let the other benchmarks of `npm run bench` run.
    console.error(`web bench failed: ${(error as Error).message.split("\n")[0]}`);
    process.exitCode = 1;
  } finally {
    for (const c of clients) c.agent.destroy();
  }
}

async function runFigures(clients: Client[]): Promise<void> {
  const base = await baseline(clients);
  const web = await webChat(clients);
  const errors = web.rate.errors + web.paced.errors + base.rate.errors + base.paced.errors;
  if (errors > 0) console.error(`web bench: ${errors} failed requests`);
  reportFigure("web chat turns/s at 200 sessions", web.rate.perSecond, "turns/s", {
    what: "express route with one SQLite write",
    value: base.rate.perSecond,
    unit: "req/s",
  });
  reportFigure("web chat turn p50 at 200 sessions (1 msg/s each)", web.paced.p50, "ms", {
    what: "express SQLite write p50",
    value: base.paced.p50,
  });
  reportFigure("web chat turn p99 at 200 sessions (1 msg/s each)", web.paced.p99, "ms", {
    what: "express SQLite write p99",
    value: base.paced.p99,
  });
  const rssMb = await memoryWithOpenConversations(clients);
  reportFigure(`service resident memory with ${OPEN_CONVERSATIONS} open conversations`, rssMb, "MB", {
    what: "target",
    value: 300,
  });
}
