/**
 * Crash suite: the service (`npm start`, adapters/main.ts) as a real child process, killed with
 * SIGKILL in the middle of an application, a payment notice and the issuance that follows, then
 * restarted on the same data folder: nothing lost (the conversation resumes, the order, the payment
 * and the certificates are there), nothing twice (one application, one payment, one certificate of
 * each kind for the order), and the audit chain verifies. Kill delays come from a fixed seed.
 */

import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { type OpenDatabase, openDatabase } from "../../adapters/db/database.ts";
import { storageLocation } from "../../adapters/db/storage-location.ts";
import { freePort, projectRoot, type RunningScript, runScript } from "../helpers/processes.ts";

const SECRET = "c".repeat(40);
const dir = mkdtempSync(join(tmpdir(), "mm-crash-"));
let port = 0;
let running: RunningScript | undefined;
afterAll(async () => {
  if (running) {
    running.child.kill("SIGKILL");
    await running.exited;
  }
  rmSync(dir, { recursive: true, force: true });
});

function seeded(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}
const random = seeded(1616);

async function start(): Promise<string> {
  if (!port) port = await freePort();
  running = serviceProcess({
    PORT: String(port),
    HOST: "127.0.0.1",
    MM_DATA_DIR: dir,
    DATABASE_URL: "",
    MM_TEST_MODE: "1",
    MM_JOB_INTERVAL_MS: "100",
    MM_PAYMENT_WEBHOOK_SECRET: SECRET,
    LOG_LEVEL: "info",
    TELEGRAM_BOT_TOKEN: "",
    SLACK_SIGNING_SECRET: "",
    SLACK_BOT_TOKEN: "",
  });
  await running.waitFor(/HTTP server listening/, 90_000);
  return `http://127.0.0.1:${port}`;
}

/**
 * `adapters/main.ts` in ONE node process (tsx as a loader), so SIGKILL hits the service itself: the
 * tsx command line would run it in a child of its own that a SIGKILL of the parent leaves running.
 */
function serviceProcess(env: Record<string, string>): RunningScript {
  const child = spawn(process.execPath, ["--import", "tsx", "adapters/main.ts"], {
    cwd: projectRoot,
    env: { ...process.env, ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  let err = "";
  child.stdout.on("data", (d) => {
    out += d;
  });
  child.stderr.on("data", (d) => {
    err += d;
  });
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return {
    child,
    stdout: () => out,
    stderr: () => err,
    exited,
    waitFor: (pattern, timeoutMs = 30_000) =>
      new Promise((resolve, reject) => {
        const started = Date.now();
        const tick = setInterval(() => {
          if (pattern.test(out) || pattern.test(err)) {
            clearInterval(tick);
            resolve();
          } else if (child.exitCode !== null || Date.now() - started > timeoutMs) {
            clearInterval(tick);
            reject(new Error(`no ${pattern} (exit ${child.exitCode}); stderr: ${err.slice(-2000)}`));
          }
        }, 50);
      }),
  };
}

async function kill(): Promise<void> {
  running!.child.kill("SIGKILL");
  await running!.exited;
  running = undefined;
}

/** Reads storage while the service is down (or alongside it: SQLite WAL readers). */
async function withDb<T>(read: (db: OpenDatabase["db"]) => Promise<T>): Promise<T> {
  const open = await openDatabase(storageLocation(undefined, dir));
  try {
    return await read(open.db);
  } finally {
    await open.close();
  }
}

async function say(
  base: string,
  session: { sessionId: string; token: string },
  text: string,
): Promise<string> {
  const res = await fetch(`${base}/api/chat/sessions/${session.sessionId}/messages`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${session.token}` },
    body: JSON.stringify({ text }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { messages: { text: string }[] }).messages.map((m) => m.text).join("\n");
}

/** Sends a request and kills the service `delayMs` later, whatever the request is doing then. */
async function killDuring(request: () => Promise<unknown>, delayMs: number): Promise<void> {
  const pending = request().catch(() => undefined);
  await new Promise((r) => setTimeout(r, delayMs));
  await kill();
  await pending;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("crash suite: SIGKILL at each step, then restart", () => {
  it("loses nothing and doubles nothing through application, payment and issuance", async () => {
    const figures = { kills: 0 };
    let base = await start();
    const created = await fetch(`${base}/api/chat/sessions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ locale: "tr" }),
    });
    const session = (await created.json()) as { sessionId: string; token: string };
    for (const text of [
      "Başvuru yapmak istiyorum",
      "tüzel",
      "3230512384",
      "Örnek Bilişim Anonim Şirketi",
      "Ayşe Yılmaz",
    ])
      await say(base, session, text);

    // killed in the middle of a turn, the conversation resumes at the question it had reached
    await killDuring(() => say(base, session, "10000000146"), Math.floor(random() * 20));
    figures.kills += 1;
    base = await start();
    let answer = await say(base, session, "10000000146");
    if (!/e-posta/i.test(answer)) answer = await say(base, session, "bilgi@ornek.com.tr");
    else await say(base, session, "bilgi@ornek.com.tr");
    for (const text of ["0532 123 45 67", "kart", "Atatürk Cad. No: 1 Çankaya Ankara"])
      await say(base, session, text);

    // killed while the application is being submitted: after the restart "evet" again gives one order
    await killDuring(() => say(base, session, "evet"), 5 + Math.floor(random() * 30));
    figures.kills += 1;
    base = await start();
    const retried = await say(base, session, "evet");
    const applications = await withDb((db) => db.application.findMany({ where: { vkn: "3230512384" } }));
    expect(applications.length).toBe(1);
    const { orderNo } = applications[0]!;
    expect(retried.length).toBeGreaterThan(0);

    // killed while the payment notice is recorded; the provider repeats it after the restart
    const notice = () =>
      fetch(`${base}/api/payments`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${SECRET}` },
        body: JSON.stringify({
          orderNo,
          channel: "sanalpos",
          providerRef: "pos-crash-1",
          amountKurus: 175_000,
        }),
      });
    await killDuring(notice, Math.floor(random() * 15));
    figures.kills += 1;
    base = await start();
    const repeated = await notice();
    expect(repeated.status).toBe(200);
    expect(await withDb((db) => db.payment.count())).toBe(1);

    // issuance runs as a job: killed at seeded moments while it may be running, restarted each time
    for (let i = 0; i < 3; i++) {
      await sleep(20 + Math.floor(random() * 400));
      await kill();
      figures.kills += 1;
      base = await start();
    }
    // the last run completes what was begun
    const deadline = Date.now() + 60_000;
    let status = "";
    while (Date.now() < deadline) {
      status = (await withDb((db) => db.application.findUnique({ where: { orderNo } })))?.status ?? "";
      if (!["awaiting_payment", "paid", "in_production"].includes(status)) break;
      await sleep(250);
    }
    expect(["produced", "shipped", "delivered", "completed"]).toContain(status);
    await sleep(500);
    const certificates = await withDb((db) =>
      db.certificate.findMany({
        where: { vkn: "3230512384" },
        select: { kind: true, state: true, orderId: true },
      }),
    );
    const issued = certificates.filter((c) => c.state === "issued");
    const kinds = issued.map((c) => c.kind).sort();
    expect(new Set(kinds).size).toBe(kinds.length); // one certificate of each kind, never two
    expect(kinds).toContain("sign");
    expect(await withDb((db) => db.payment.count())).toBe(1);
    expect(await withDb((db) => db.application.count())).toBe(1);

    // the conversation resumes after all this
    expect((await say(base, session, "sipariş durumu")).length).toBeGreaterThan(0);
    await kill();

    // the audit chain is intact
    const verify = runScript(
      "adapters/cli/main.ts",
      { MM_DATA_DIR: dir, DATABASE_URL: "", LOG_LEVEL: "silent" },
      ["audit", "verify"],
    );
    const code = await verify.exited;
    expect(`${verify.stdout()}${verify.stderr()}`).not.toMatch(/broken|mismatch|truncat/i);
    expect(code).toBe(0);
    console.log(
      `crash suite: ${figures.kills} SIGKILLs, 1 application, 1 payment, ${issued.length} certificates (${kinds.join(", ")}), audit chain intact`,
    );
  }, 600_000);
});
