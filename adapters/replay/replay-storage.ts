import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";

/** Where one replay's instance keeps its data, and how to remove it afterwards. */
export interface ReplayStorage {
  /** Environment overrides for `composeService` (data folder, and `DATABASE_URL` for PostgreSQL). */
  env: Record<string, string>;
  drop(): Promise<void>;
}

/**
 * Fresh, empty storage for one replay: a new temp data folder (its SQLite file inside), and, when
 * `DATABASE_URL` is `postgres://…`, a new schema of that database, dropped afterwards.
 */
export function freshReplayStorage(databaseUrl = process.env.DATABASE_URL): ReplayStorage {
  const dir = mkdtempSync(join(tmpdir(), "mm-replay-"));
  const removeDir = async () => rmSync(dir, { recursive: true, force: true });
  if (!databaseUrl || !/^postgres(ql)?:\/\//.test(databaseUrl))
    return { env: { MM_DATA_DIR: dir }, drop: removeDir };
  const schema = `replay_${randomBytes(6).toString("hex")}`;
  const url = new URL(databaseUrl);
  url.searchParams.delete("schema");
  const base = url.toString();
  url.searchParams.set("schema", schema);
  return {
    env: { MM_DATA_DIR: dir, DATABASE_URL: url.toString() },
    drop: async () => {
      const client = new pg.Client({ connectionString: base });
      try {
        await client.connect();
        await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      } finally {
        await client.end().catch(() => {});
        await removeDir();
      }
    },
  };
}
