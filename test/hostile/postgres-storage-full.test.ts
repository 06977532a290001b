/**
 * Hostile tester (PostgreSQL's disk full; known leftover of the storage-full fix a5db684). A write
 * PostgreSQL refuses for lack of room (SQLSTATE 53100 `disk_full`: "could not extend file … No
 * space left on device") answered 503 `storage_full`, but `/healthz` stayed 200 `storage: ok`:
 * its `SELECT 1` needs no room, and only SQLite's adapter noted the failure. So the load balancer
 * kept sending customers to an instance that could store nothing. Now the `pg` clients of the
 * pool note such a failure (adapters/db/pg-full-watch.ts) and `/healthz` says `storage_full` until
 * a write succeeds again, as on SQLite.
 *
 * PostgreSQL's 53200 `out_of_memory` (a backend refused memory) answered 500 `internal`: a fault
 * of the service, never retried. It is storage unavailable now (503 with `Retry-After`), and not
 * `storage_full`: the disk has room.
 *
 * The full disk is made by PostgreSQL itself, without a mount: a trigger on the Conversation table
 * raises SQLSTATE 53100 with the message of a full disk, so the real error travels the real driver,
 * Prisma's adapter and the HTTP layer (measured once on a private cluster with a tablespace on a
 * full 4 MB tmpfs as well: the same code and the same answers).
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertPostgresReachable, testPostgresUrl } from "../helpers/databases.ts";
import { storageHealth, trySession } from "../helpers/storage-probes.ts";
import { startTestService } from "../helpers/web-service.ts";

const schema = `t_${randomBytes(6).toString("hex")}`;
let service: Awaited<ReturnType<typeof startTestService>>;
let admin: pg.Client;

beforeAll(async () => {
  await assertPostgresReachable();
  const url = new URL(testPostgresUrl);
  url.searchParams.set("schema", schema);
  service = await startTestService({
    DATABASE_URL: url.toString(),
    MM_CHAT_SESSIONS_PER_MINUTE: "100000",
    MM_CHAT_REQUESTS_PER_MINUTE: "100000",
  });
  admin = new pg.Client({ connectionString: testPostgresUrl });
  await admin.connect();
}, 90_000);

afterAll(async () => {
  await service?.close();
  await admin?.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await admin?.end();
});

const newSession = () => trySession(service.baseUrl);

const storageCheck = () => storageHealth(service.baseUrl);

/** PostgreSQL's own words for each refusal of a write for lack of resources. */
const REFUSALS = {
  disk_full: `'could not extend file "base/16384/16999": No space left on device' USING ERRCODE = 'disk_full', HINT = 'Check free disk space.'`,
  out_of_memory: `'out of memory' USING ERRCODE = 'out_of_memory', DETAIL = 'Failed on request of size 8192.'`,
};

/** Every write to the Conversation table fails as PostgreSQL refuses it (or, `undefined`, succeeds again). */
async function refuseWrites(refusal: keyof typeof REFUSALS | undefined): Promise<void> {
  await admin.query(`DROP TRIGGER IF EXISTS refuse ON "${schema}"."Conversation"`);
  if (!refusal) return;
  await admin.query(`CREATE OR REPLACE FUNCTION "${schema}".refuse() RETURNS trigger AS $$
    BEGIN RAISE EXCEPTION ${REFUSALS[refusal]}; END $$ LANGUAGE plpgsql`);
  await admin.query(`CREATE TRIGGER refuse BEFORE INSERT OR UPDATE ON "${schema}"."Conversation"
    FOR EACH ROW EXECUTE FUNCTION "${schema}".refuse()`);
}

describe("the service on PostgreSQL when the database's disk is full", () => {
  it("answers writes 503 storage_full, says so in /healthz, and recovers once there is room", async () => {
    expect((await newSession()).response.status).toBe(201);
    expect(await storageCheck()).toEqual({ status: 200, storage: { ok: true } });

    await refuseWrites("disk_full");
    const refused = await newSession();
    expect(refused.response.status).toBe(503);
    expect(JSON.parse(refused.body).error.code).toBe("storage_full");
    expect(refused.response.headers.get("retry-after")).toEqual(expect.stringMatching(/^\d+$/));
    expect(await storageCheck()).toEqual({ status: 503, storage: { ok: false, code: "storage_full" } });
    // a read in between does not clear it: only a write that succeeds says there is room again
    expect((await fetch(`${service.baseUrl}/ca/root.crt`)).status).toBe(200);
    expect(await storageCheck()).toEqual({ status: 503, storage: { ok: false, code: "storage_full" } });

    await refuseWrites(undefined);
    expect((await newSession()).response.status).toBe(201);
    expect(await storageCheck()).toEqual({ status: 200, storage: { ok: true } });
  }, 60_000);

  it("answers a write refused for lack of server memory (53200) 503 storage_unavailable, not 500, and /healthz stays 200", async () => {
    await refuseWrites("out_of_memory");
    const refused = await newSession();
    expect(refused.response.status).toBe(503);
    expect(JSON.parse(refused.body).error.code).toBe("storage_unavailable");
    expect(refused.response.headers.get("retry-after")).toEqual(expect.stringMatching(/^\d+$/));
    expect(refused.body).not.toMatch(/out of memory|at \w+ \(/);
    // memory is not room on the disk: the instance is not full, and the next write may pass
    expect(await storageCheck()).toEqual({ status: 200, storage: { ok: true } });
    await refuseWrites(undefined);
    expect((await newSession()).response.status).toBe(201);
  }, 60_000);
});
