/**
 * What the scale tests share: a fresh schema on the machine's PostgreSQL, one data folder per
 * instance, and the JSON lines a child process prints.
 */
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { assertPostgresReachable, testPostgresUrl } from "../helpers/databases.ts";

/** A fresh, empty PostgreSQL schema name and how to drop it. */
export async function freshSchema(url = testPostgresUrl): Promise<{ schema: string; drop(): Promise<void> }> {
  if (url === testPostgresUrl) await assertPostgresReachable();
  const schema = `scale_${randomBytes(6).toString("hex")}`;
  return {
    schema,
    drop: async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await client.end();
    },
  };
}

/** `count` temporary data folders, one per instance, and their removal. */
export function dataDirs(count: number): { dirs: string[]; remove(): void } {
  const dirs = Array.from({ length: count }, (_, i) => mkdtempSync(join(tmpdir(), `mm-scale-${i}-`)));
  return {
    dirs,
    remove: () => {
      for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The last JSON line a process printed. */
export function lastJsonLine<T>(stdout: string): T {
  const lines = stdout
    .trim()
    .split("\n")
    .filter((l) => l.startsWith("{"));
  const last = lines.at(-1);
  if (!last) throw new Error(`no JSON line in: ${stdout.slice(-1000)}`);
  return JSON.parse(last) as T;
}
