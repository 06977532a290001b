import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { mmOn } from "../../helpers/mm-cli.ts";

const dir = mkdtempSync(join(tmpdir(), "mm-cli-out-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const dataDir = join(dir, "data");

const mm = mmOn(dataDir);

/** What a refused command must leave as it was: the audit entries and the certificates and CRLs stored. */
function recorded(): { audit: number; certificates: number; crls: number } {
  const db = new Database(join(dataDir, "mm.db"), { readonly: true });
  try {
    const count = (table: string) =>
      (db.prepare(`SELECT COUNT(*) AS n FROM "${table}"`).get() as { n: number }).n;
    return { audit: count("AuditEntry"), certificates: count("Certificate"), crls: count("CrlIssue") };
  } finally {
    db.close();
  }
}

/**
 * A path the folder checks pass but no file can be created in, even by root (tester, session 18: as
 * root `access(W_OK)` says yes to /proc, so `mm crl --out /proc/nope` issued and recorded a CRL first).
 */
const unwritable = "/proc/nope";

describe("mm: an --out file that cannot be written changes nothing", () => {
  it("crl and issue refuse it with [output_not_writable] before signing or recording anything", async () => {
    expect((await mm("ca", "init")).code).toBe(0);
    const numberOf = (out: string) => Number(/^crl\t(\d+)/m.exec(out)?.[1]);
    const first = numberOf((await mm("crl")).stdout);
    const before = recorded();

    const crl = await mm("crl", "--out", unwritable);
    expect(crl.code).toBe(1);
    expect(crl.stderr).toMatch(/^mm: --out \/proc\/nope: .*nothing was issued \[output_not_writable\]$/m);
    expect(crl.stderr).not.toMatch(/\n\s+at /);
    expect(crl.stdout).toBe("");
    const issue = await mm(
      "issue",
      "--vkn",
      "4540536920",
      "--title",
      "Deneme Ltd",
      "--direct",
      "--out",
      join(unwritable, "x.pem"),
    );
    expect(issue.code).toBe(1);
    expect(issue.stderr).toContain("[output_not_writable]");
    expect(issue.stdout).toBe("");
    expect(recorded()).toEqual(before);
    expect(numberOf((await mm("crl")).stdout)).toBe(first + 1);

    // a writable --out is written whole, and no temporary file is left beside it
    const out = join(dir, "issuing.crl");
    const written = await mm("crl", "--out", out);
    expect(written.code, written.stderr).toBe(0);
    expect(existsSync(out)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(["data", "issuing.crl"]);
  }, 120_000);
});
