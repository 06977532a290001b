import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { runScript } from "../../helpers/processes.ts";

const dir = mkdtempSync(join(tmpdir(), "mm-cli-audit-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const dataDir = join(dir, "data");
const production = { NODE_ENV: "production", MM_KEY_PASSPHRASE: "bir üretim parolası 2026" };

async function mm(env: Record<string, string>, ...args: string[]) {
  const run = runScript("adapters/cli/main.ts", { MM_DATA_DIR: dataDir, DATABASE_URL: "", ...env }, args);
  const code = await run.exited;
  return { code, stdout: run.stdout(), stderr: run.stderr() };
}

function tamper(sql: string): void {
  const db = new Database(join(dataDir, "mm.db"));
  try {
    db.exec(sql);
  } finally {
    db.close();
  }
}

describe("production start-up and `mm audit verify` with keyed checkpoints", () => {
  it("never creates a CA by itself in production, needs the passphrase, and reports a deleted last entry", async () => {
    const noCa = await mm(production, "audit", "verify");
    expect(noCa.code).toBe(1);
    expect(noCa.stderr).toContain("mm -- ca init");
    expect(noCa.stderr).toContain("[ca_missing]");
    expect(noCa.stderr).not.toMatch(/\n\s+at /);

    const noPassphrase = await mm({ NODE_ENV: "production" }, "ca", "init");
    expect(noPassphrase.code).toBe(1);
    expect(noPassphrase.stderr).toMatch(/\[(key_passphrase_missing|audit_key_missing)\]/);

    const init = await mm(production, "ca", "init");
    expect(init.code, init.stderr).toBe(0);
    expect(existsSync(join(dataDir, "keys", "master.key"))).toBe(false);
    expect(readdirSync(join(dataDir, "keys"))).toContain("kdf.json");

    const wrong = await mm({ ...production, MM_KEY_PASSPHRASE: "başka bir parola 2026" }, "ca", "init");
    expect(wrong.code).toBe(1);

    const ok = await mm(production, "audit", "verify");
    expect(ok.code, ok.stderr).toBe(0);
    expect(ok.stdout).toMatch(/^audit chain OK: \d+ entries, [1-9]\d* checkpoints, 0 entries after/m);

    // another audit key than the one that wrote the checkpoints: said to be a possible cause, not
    // only "forged" (ops tester 20: a passphrase added later changes the key)
    const otherKey = await mm(
      { ...production, MM_AUDIT_KEY: "an audit key of the test, 32 characters or more" },
      "audit",
      "verify",
    );
    expect(otherKey.code).toBe(1);
    expect(otherKey.stderr).toMatch(
      /checkpoint_forged \(the checkpoint does not verify under the audit key in use, from MM_AUDIT_KEY: either the log was rewritten, or it was written under another key/,
    );
    expect(otherKey.stderr).not.toMatch(/\n\s+at /);

    tamper(`DELETE FROM "AuditEntry" WHERE "seq" = (SELECT MAX("seq") FROM "AuditEntry")`);
    const cut = await mm(production, "audit", "verify");
    expect(cut.code).toBe(1);
    expect(cut.stderr).toMatch(/audit chain broken at entry \d+: truncated \[audit_chain_broken\]/);

    tamper(`DELETE FROM "AuditEntry"`);
    const emptied = await mm(production, "audit", "verify");
    expect(emptied.code).toBe(1);
    expect(emptied.stderr).toContain("truncated");
  }, 420_000);
});
