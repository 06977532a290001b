import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runScript } from "../../helpers/processes.ts";

const dir = mkdtempSync(join(tmpdir(), "mm-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function mm(...args: string[]) {
  const run = runScript("adapters/cli/main.ts", { MM_DATA_DIR: join(dir, "data"), DATABASE_URL: "" }, args);
  const code = await run.exited;
  return { code, stdout: run.stdout(), stderr: run.stderr() };
}

describe("operator CLI (npm run mm)", () => {
  it("sets up the CA, issues, revokes, reports status and verifies the audit chain", async () => {
    const init = await mm("ca", "init");
    expect(init.code).toBe(0);
    expect(init.stdout).toMatch(/^issuing\t[0-9a-f]+\tsoftkey:issuing-ca/m);
    const issued = await mm("issue", "--vkn", "4540536920", "--title", "Deneme Ltd", "--order", "MM-CLI-1");
    expect(issued.code).toBe(0);
    const serial = /^signing\t([0-9a-f]+)/m.exec(issued.stdout)![1]!;
    const again = await mm("issue", "--vkn", "4540536920", "--title", "Deneme Ltd", "--order", "MM-CLI-1");
    expect(again.stdout).toContain(`signing\t${serial}`);
    // A serial as a person types it (0x, upper case; colons and leading zeros below) is the same certificate.
    const revoked = await mm("revoke", "--serial", `0x${serial.toUpperCase()}`, "--reason", "keyCompromise");
    expect(revoked.code).toBe(0);
    const twice = await mm("revoke", "--serial", serial, "--reason", "keyCompromise");
    expect(twice.code).toBe(1);
    expect(twice.stderr).toContain("[already_revoked]");
    const status = await mm("status", "--serial", `00:${serial.toUpperCase().match(/../g)!.join(":")}`);
    expect(status.stdout).toMatch(new RegExp(`^${serial}\tsign\trevoked`, "m"));
    const audit = await mm("audit", "verify");
    expect(audit.code).toBe(0);
    expect(audit.stdout).toMatch(/^audit chain OK: \d+ entries/);
  }, 120_000);

  it("fails with one line and exit 1 on bad input, without a stack trace", async () => {
    const bad = await mm("issue", "--vkn", "4540536921", "--title", "X Ltd", "--direct");
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("mm: the VKN/TCKN fails its checksum [invalid_vkn]");
    expect(bad.stderr).not.toMatch(/\n\s+at /);
    // the unvan becomes the certificate's name: no phone number (nor VKN, TCKN, e-mail) in it
    const contact = await mm(
      "issue",
      "--vkn",
      "4540536920",
      "--title",
      "Deneme Ltd 0532 123 45 67",
      "--direct",
    );
    expect(contact.code).toBe(1);
    expect(contact.stderr).toContain("[title_has_contact_data]");
    // an --out that cannot be written is refused before a CRL number is spent (tester, session 16)
    const numberOf = (out: string) => Number(/^crl\t(\d+)/m.exec(out)?.[1]);
    const before = numberOf((await mm("crl")).stdout);
    for (const out of [join(dir, "no-such-folder", "x.crl"), dir]) {
      const refused = await mm("crl", "--out", out);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain("[output_not_writable]");
      expect(refused.stdout).not.toMatch(/^crl\t/m);
    }
    expect(numberOf((await mm("crl")).stdout)).toBe(before + 1);
    const reason = await mm("revoke", "--serial", "0a", "--reason", "lost");
    expect(reason.code).toBe(1);
    expect(reason.stderr).toContain("[invalid_reason]");
  }, 120_000);
});
