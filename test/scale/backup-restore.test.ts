import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testPostgresUrl } from "../helpers/databases.ts";
import { runScript } from "../helpers/processes.ts";
import { freshSchema } from "./scale-env.ts";

/**
 * The backup procedure of docs/operations.md: `pg_dump` of the service's schema, restored with
 * `psql` into another schema, then `mm audit verify` against the restored copy (with the same key
 * store and audit key, which are backed up apart from the database).
 */
let source: Awaited<ReturnType<typeof freshSchema>>;
let restored: Awaited<ReturnType<typeof freshSchema>>;
let dir: string;
const auditKey = "k".repeat(48);

beforeAll(async () => {
  source = await freshSchema();
  restored = await freshSchema();
  dir = mkdtempSync(join(tmpdir(), "mm-backup-"));
});
afterAll(async () => {
  await source?.drop();
  await restored?.drop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** `mm <args>` on a schema; resolves with the exit code and output. */
async function mm(schema: string, args: string[]): Promise<{ code: number | null; out: string }> {
  const run = runScript(
    "adapters/cli/main.ts",
    {
      DATABASE_URL: `${testPostgresUrl}?schema=${schema}`,
      MM_DATA_DIR: join(dir, "data"),
      MM_AUDIT_KEY: auditKey,
      LOG_LEVEL: "silent",
    },
    args,
  );
  const code = await run.exited;
  return { code, out: `${run.stdout()}\n${run.stderr()}` };
}

describe("a PostgreSQL backup restored into a fresh schema", () => {
  it("verifies with mm audit verify, and a restored copy changed afterwards does not", async () => {
    // the first start creates the CA (key ceremony entries); then a keyed checkpoint
    const checkpoint = await mm(source.schema, ["audit", "checkpoint"]);
    expect(checkpoint.code, checkpoint.out).toBe(0);
    const original = await mm(source.schema, ["audit", "verify"]);
    expect(original.code, original.out).toBe(0);
    const summary = /audit chain OK: (\d+) entries, (\d+) checkpoints/.exec(original.out);
    expect(summary, original.out).not.toBeNull();
    expect(Number(summary![1])).toBeGreaterThan(3);

    // backup and restore, as the operations guide says
    const dump = join(dir, "backup.sql");
    execFileSync("pg_dump", ["--no-owner", "--schema", source.schema, "--file", dump, testPostgresUrl]);
    writeFileSync(dump, readFileSync(dump, "utf8").replaceAll(source.schema, restored.schema));
    execFileSync("psql", ["--quiet", "--set", "ON_ERROR_STOP=1", "--file", dump, testPostgresUrl], {
      stdio: "pipe",
    });

    const copy = await mm(restored.schema, ["audit", "verify"]);
    expect(copy.code, copy.out).toBe(0);
    expect(copy.out).toContain(summary![0]);

    // the verification can fail: one entry of the restored copy rewritten
    const client = new pg.Client({ connectionString: testPostgresUrl });
    await client.connect();
    await client.query(`UPDATE "${restored.schema}"."AuditEntry" SET "actor" = 'forged' WHERE "seq" = 2`);
    await client.end();
    const forged = await mm(restored.schema, ["audit", "verify"]);
    expect(forged.code).not.toBe(0);
    expect(forged.out).toContain("audit_chain_broken");
  }, 420_000);
});
