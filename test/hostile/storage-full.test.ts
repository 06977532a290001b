/**
 * Hostile tester (the disk under the SQLite file full). Measured on a 3 MB tmpfs filled up: every
 * new chat session answered 500 `internal` "internal error" (a fault of the service, never retried
 * by a careful client) and `/healthz` stayed 200, so neither the client nor the load balancer knew
 * the instance could store nothing. Now a write refused for lack of space answers 503
 * `storage_full` with `Retry-After`, `/healthz` says `storage_full` until a write succeeds again,
 * and the service recovers by itself once there is room. The test fills the database to SQLite's
 * `max_page_count` (the same SQLITE_FULL error a full disk gives) so that it needs no mount.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { storageHealth, trySession } from "../helpers/storage-probes.ts";
import { startTestService } from "../helpers/web-service.ts";

const dir = mkdtempSync(join(tmpdir(), "mm-storage-full-"));
let service: Awaited<ReturnType<typeof startTestService>>;

beforeAll(async () => {
  service = await startTestService({
    DATABASE_URL: `file:${join(dir, "mm.db")}`,
    MM_CHAT_SESSIONS_PER_MINUTE: "100000",
    MM_CHAT_REQUESTS_PER_MINUTE: "100000",
  });
}, 60_000);

afterAll(async () => {
  await service?.close();
  rmSync(dir, { recursive: true, force: true });
});

const newSession = () => trySession(service.baseUrl);

const storageCheck = () => storageHealth(service.baseUrl);

/** Sets SQLite's page limit of the service's connection: the file cannot grow past it. */
async function limitPages(extra: number | "none"): Promise<void> {
  const db = service.service.database.db;
  const [{ page_count }] = await db.$queryRawUnsafe<{ page_count: bigint | number }[]>("PRAGMA page_count");
  const limit = extra === "none" ? 1_073_741_823 : Number(page_count) + extra;
  await db.$queryRawUnsafe(`PRAGMA max_page_count = ${limit}`);
}

describe("the service when its storage has no room left", () => {
  it("answers writes 503 storage_full, says so in /healthz, and recovers once there is room", async () => {
    expect((await newSession()).response.status).toBe(201);
    await limitPages(0);
    let refused: Awaited<ReturnType<typeof newSession>> | undefined;
    for (let i = 0; i < 500 && !refused; i++) {
      const attempt = await newSession();
      if (attempt.response.status !== 201) refused = attempt;
    }
    expect(refused, "the file never filled up").toBeDefined();
    expect(refused!.response.status).toBe(503);
    expect(JSON.parse(refused!.body).error.code).toBe("storage_full");
    expect(refused!.response.headers.get("retry-after")).toEqual(expect.stringMatching(/^\d+$/));
    expect(await storageCheck()).toEqual({ status: 503, storage: { ok: false, code: "storage_full" } });

    await limitPages("none");
    expect((await newSession()).response.status).toBe(201);
    expect(await storageCheck()).toEqual({ status: 200, storage: { ok: true } });
  }, 60_000);
});
