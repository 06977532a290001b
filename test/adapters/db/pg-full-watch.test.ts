import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fullWatchingClient } from "../../../adapters/db/pg-full-watch.ts";
import { FullWatch } from "../../../adapters/db/storage-full-watch.ts";
import { assertPostgresReachable, testPostgresUrl } from "../../helpers/databases.ts";

/** A statement PostgreSQL answers as on a full disk (SQLSTATE 53100 disk_full). */
const DISK_FULL = `DO $$ BEGIN RAISE EXCEPTION 'could not extend file: No space left on device'
  USING ERRCODE = 'disk_full'; END $$`;

const watch = new FullWatch();
let pool: pg.Pool;

beforeAll(async () => {
  await assertPostgresReachable();
  pool = new pg.Pool({ connectionString: testPostgresUrl, max: 1, Client: fullWatchingClient(watch) });
});

afterAll(async () => {
  await pool?.end();
});

describe("fullWatchingClient (PostgreSQL's disk_full for the health check)", () => {
  it("notes disk_full from pool.query (callback form) and from a client's promise form, until a write succeeds", async () => {
    await expect(pool.query(DISK_FULL)).rejects.toMatchObject({ code: "53100" });
    expect(watch.full).toBe(true);
    // a read or a failure of another kind leaves it full
    expect((await pool.query("SELECT 1 AS one")).rows).toEqual([{ one: 1 }]);
    await expect(pool.query("SELECT * FROM no_such_table")).rejects.toMatchObject({ code: "42P01" });
    expect(watch.full).toBe(true);

    const client = await pool.connect();
    try {
      await client.query("CREATE TEMP TABLE room (n int)");
      expect(watch.full).toBe(true);
      await client.query({ text: "INSERT INTO room VALUES ($1)", values: [1] });
      expect(watch.full).toBe(false);
      await expect(client.query({ text: DISK_FULL })).rejects.toMatchObject({ code: "53100" });
      expect(watch.full).toBe(true);
      await new Promise<void>((resolve, reject) =>
        client.query("UPDATE room SET n = 2", (error) => (error ? reject(error) : resolve())),
      );
      expect(watch.full).toBe(false);
    } finally {
      client.release();
    }
  });
});
