import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testPostgresUrl } from "../helpers/databases.ts";
import { runScript } from "../helpers/processes.ts";
import { freshSchema } from "./scale-env.ts";

/**
 * The backup procedure of docs/operations.md: `pg_dump` of the service's schema, restored with
 * `psql` into an empty database under the same schema name, renamed there with `ALTER SCHEMA`, then
 * `mm audit verify` against the restored copy (with the same key store and audit key, which are
 * backed up apart from the database). The guide used to rename the schema with `sed` over the dump:
 * with a short schema name ("mm") that rewrote columns, key names and audit entries (ops tester 20).
 */
let source: Awaited<ReturnType<typeof freshSchema>>;
let restored: Awaited<ReturnType<typeof freshSchema>>;
let dir: string;
const auditKey = "k".repeat(48);
/** The empty database the backup is restored into. */
const restoreDatabase = `mm_restore_${randomBytes(6).toString("hex")}`;
const restoreUrl = (() => {
  const url = new URL(testPostgresUrl);
  url.pathname = `/${restoreDatabase}`;
  return url.toString();
})();

/** Runs one statement on the test server. */
async function onServer(sql: string, url = testPostgresUrl): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  source = await freshSchema();
  restored = await freshSchema();
  dir = mkdtempSync(join(tmpdir(), "mm-backup-"));
});
afterAll(async () => {
  await source?.drop();
  await onServer(`DROP DATABASE IF EXISTS "${restoreDatabase}"`);
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** `mm <args>` on a schema; resolves with the exit code and output. */
async function mm(
  schema: string,
  args: string[],
  databaseUrl = testPostgresUrl,
): Promise<{ code: number | null; out: string }> {
  const run = runScript(
    "adapters/cli/main.ts",
    {
      DATABASE_URL: `${databaseUrl}?schema=${schema}`,
      MM_DATA_DIR: join(dir, "data"),
      MM_AUDIT_KEY: auditKey,
      LOG_LEVEL: "silent",
    },
    args,
  );
  const code = await run.exited;
  return { code, out: `${run.stdout()}\n${run.stderr()}` };
}

describe("a PostgreSQL backup restored into an empty database", () => {
  it("verifies with mm audit verify, and a restored copy changed afterwards does not", async () => {
    // the first start creates the CA (key ceremony entries); then a keyed checkpoint
    const checkpoint = await mm(source.schema, ["audit", "checkpoint"]);
    expect(checkpoint.code, checkpoint.out).toBe(0);
    const original = await mm(source.schema, ["audit", "verify"]);
    expect(original.code, original.out).toBe(0);
    const summary = /audit chain OK: (\d+) entries, (\d+) checkpoints/.exec(original.out);
    expect(summary, original.out).not.toBeNull();
    expect(Number(summary![1])).toBeGreaterThan(3);

    // backup and restore, as the operations guide says: an empty database, the same schema name
    const dump = join(dir, "backup.sql");
    execFileSync("pg_dump", ["--no-owner", "--schema", source.schema, "--file", dump, testPostgresUrl]);
    await onServer(`CREATE DATABASE "${restoreDatabase}"`);
    execFileSync("psql", ["--quiet", "--set", "ON_ERROR_STOP=1", "--file", dump, restoreUrl], {
      stdio: "pipe",
    });
    const copy = await mm(source.schema, ["audit", "verify"], restoreUrl);
    expect(copy.code, copy.out).toBe(0);
    expect(copy.out).toContain(summary![0]);

    // another schema name: renamed after the restore, never by editing the dump
    await onServer(`ALTER SCHEMA "${source.schema}" RENAME TO "${restored.schema}"`, restoreUrl);
    const renamed = await mm(restored.schema, ["audit", "verify"], restoreUrl);
    expect(renamed.code, renamed.out).toBe(0);
    expect(renamed.out).toContain(summary![0]);

    // the verification can fail: one entry of the restored copy rewritten
    await onServer(
      `UPDATE "${restored.schema}"."AuditEntry" SET "actor" = 'forged' WHERE "seq" = 2`,
      restoreUrl,
    );
    const forged = await mm(restored.schema, ["audit", "verify"], restoreUrl);
    expect(forged.code).not.toBe(0);
    expect(forged.out).toContain("audit_chain_broken");
  }, 420_000);
});
