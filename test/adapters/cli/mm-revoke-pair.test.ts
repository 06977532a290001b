import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { mmOn } from "../../helpers/mm-cli.ts";

const dir = mkdtempSync(join(tmpdir(), "mm-cli-revoke-pair-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const dataDir = join(dir, "data");

const mm = mmOn(dataDir);

/** The signing and encryption serials of a card issued for the operator's own order `order`. */
async function issuePair(vkn: string, order: string): Promise<{ signing: string; encryption: string }> {
  const issued = await mm("issue", "--vkn", vkn, "--title", "Deneme Ltd", "--order", order);
  expect(issued.code, issued.stderr).toBe(0);
  return {
    signing: /^signing\t([0-9a-f]+)/m.exec(issued.stdout)![1]!,
    encryption: /^encryption\t([0-9a-f]+)/m.exec(issued.stdout)![1]!,
  };
}

/** The status column of `mm status --serial`. */
async function statusOf(serial: string): Promise<string | undefined> {
  return (await mm("status", "--serial", serial)).stdout.split("\t")[2];
}

/** Audit entries of `action` about `subject`: their actors. */
function audited(action: string, subject: string): string[] {
  const db = new Database(join(dataDir, "mm.db"), { readonly: true });
  try {
    return (
      db
        .prepare(`SELECT "actor" FROM "AuditEntry" WHERE "action" = ? AND "subject" = ? ORDER BY "seq"`)
        .all(action, subject) as { actor: string }[]
    ).map((r) => r.actor);
  } finally {
    db.close();
  }
}

describe("mm revoke closes a card's signing and encryption certificates together (R7.1)", () => {
  it("either serial given revokes both, says so, and audits as the RA does", async () => {
    expect((await mm("ca", "init")).code).toBe(0);
    const first = await issuePair("4540536920", "OP-PAIR-1");
    const bySigning = await mm("revoke", "--serial", first.signing, "--reason", "keyCompromise");
    expect(bySigning.code, bySigning.stderr).toBe(0);
    expect(bySigning.stdout).toMatch(new RegExp(`^revoked\\t${first.signing}\\t.*\\tsign$`, "m"));
    expect(bySigning.stdout).toMatch(new RegExp(`^revoked\\t${first.encryption}\\t.*\\tencr$`, "m"));
    expect(await statusOf(first.signing)).toBe("revoked");
    expect(await statusOf(first.encryption)).toBe("revoked");
    expect(audited("revocation_by_request", first.signing)).toEqual(["operator:cli"]);
    expect(audited("certificate_revoked", first.encryption)).toEqual(["operator:cli"]);
    const twice = await mm("revoke", "--serial", first.encryption, "--reason", "keyCompromise");
    expect(twice.code).toBe(1);
    expect(twice.stderr).toContain("[already_revoked]");

    const second = await issuePair("3230512384", "OP-PAIR-2");
    // --actor names the operator in the revocation's audit entries (trimmed, as the RA commands take it)
    const byEncryption = await mm(
      "revoke",
      "--serial",
      second.encryption,
      "--reason",
      "superseded",
      "--actor",
      " ops-7 ",
    );
    expect(byEncryption.code, byEncryption.stderr).toBe(0);
    expect(byEncryption.stdout).toContain(`revoked\t${second.signing}\t`);
    expect(await statusOf(second.signing)).toBe("revoked");
    expect(await statusOf(second.encryption)).toBe("revoked");
    expect((await mm("status", "--vkn", "3230512384")).stdout).toMatch(/revoked \S+ superseded/);
    expect(audited("revocation_by_request", second.encryption)).toEqual(["ops-7"]);
    expect(audited("certificate_revoked", second.signing)).toEqual(["ops-7"]);
    expect(audited("certificate_revoked", second.encryption)).toEqual(["ops-7"]);
    expect((await mm("audit", "verify")).code).toBe(0);
  }, 240_000);
});
