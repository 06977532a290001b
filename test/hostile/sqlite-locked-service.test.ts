/**
 * Hostile tester (the running service on SQLite, its file locked by another process as a backup
 * tool or the sqlite3 shell would with `BEGIN EXCLUSIVE`). Measured before: every statement of the
 * main connection waited up to 5 s in SQLite's busy handler on the event loop, so the whole service
 * froze: the chat page, `/healthz` and the OCSP responder waited behind each write. Now the event
 * loop stays free: routes that need no write answer at once, a write waits on a timer and answers
 * 503 `storage_busy` with `Retry-After`, `/healthz` says `storage_busy` at once, and everything
 * works again by itself once the lock goes.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SQLITE_LOCK_WAIT_MS } from "../../adapters/db/database.ts";
import { holdSqliteLock, watchEventLoop } from "../helpers/sqlite-lock-holder.ts";
import { startTestService } from "../helpers/web-service.ts";

const dir = mkdtempSync(join(tmpdir(), "mm-locked-service-"));
const file = join(dir, "mm.db");
let service: Awaited<ReturnType<typeof startTestService>>;

beforeAll(async () => {
  service = await startTestService({ DATABASE_URL: `file:${file}` });
}, 60_000);

afterAll(async () => {
  await service?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A request with how long its answer took. */
async function timed(path: string, init?: RequestInit) {
  const started = performance.now();
  const response = await fetch(`${service.baseUrl}${path}`, init);
  const body = await response.text();
  return { response, body, ms: performance.now() - started };
}

const newSession = () =>
  timed("/api/chat/sessions", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ locale: "tr" }),
  });

const storageCheck = async () => {
  const { response, body, ms } = await timed("/healthz");
  return { status: response.status, storage: JSON.parse(body).checks.storage, ms };
};

describe("the service while another process holds its SQLite file's write lock", () => {
  it("stays responsive, answers writes 503 storage_busy after a bounded wait, and recovers by itself", async () => {
    expect((await storageCheck()).storage).toEqual({ ok: true });
    expect((await newSession()).response.status).toBe(201);

    const holder = await holdSqliteLock(file);
    const loop = watchEventLoop();
    try {
      const pendingWrite = newSession();
      await new Promise((resolve) => setTimeout(resolve, 200));
      // while the write waits for the lock, the rest of the service answers at once
      const page = await timed("/");
      expect(page.response.status).toBe(200);
      expect(page.ms).toBeLessThan(1_000);
      const health = await storageCheck();
      expect(health.status).toBe(503);
      expect(health.storage).toEqual({ ok: false, code: "storage_busy" });
      expect(health.ms).toBeLessThan(1_000);

      const write = await pendingWrite;
      expect(write.response.status).toBe(503);
      expect(JSON.parse(write.body).error.code).toBe("storage_busy");
      expect(write.response.headers.get("retry-after")).toBe("2");
      expect(write.ms).toBeGreaterThanOrEqual(SQLITE_LOCK_WAIT_MS - 100);
      expect(write.ms).toBeLessThan(SQLITE_LOCK_WAIT_MS + 3_000);
      expect(loop.longestDelayMs(), "the event loop was held while the write waited").toBeLessThan(250);
    } finally {
      loop.stop();
      await holder.release();
    }

    expect((await storageCheck()).storage).toEqual({ ok: true });
    const after = await newSession();
    expect(after.response.status).toBe(201);
    expect(JSON.parse(after.body).sessionId).toEqual(expect.any(String));
  }, 60_000);
});
