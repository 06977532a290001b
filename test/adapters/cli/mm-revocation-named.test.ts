/**
 * `mm revocation …` (four eyes, R7.2): an operator approving a request is told which certificates it
 * closed for good (R7.1), as `mm revoke` prints them; a second request for a card that has one
 * waiting is refused naming the waiting request's number, the only way to decide it from the CLI; a
 * request decided already is refused naming who decided it, when and how.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { mmOn } from "../../helpers/mm-cli.ts";

const dir = mkdtempSync(join(tmpdir(), "mm-cli-revocation-named-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const mm = mmOn(join(dir, "data"));

describe("mm revocation names the request and the certificates", () => {
  it("request_pending names the waiting request; approve prints the revoked pair", async () => {
    expect((await mm("ca", "init")).code).toBe(0);
    const issued = await mm("issue", "--vkn", "4540536920", "--title", "Deneme Ltd", "--order", "OP-NAMED-1");
    expect(issued.code, issued.stderr).toBe(0);
    const signing = /^signing\t([0-9a-f]+)/m.exec(issued.stdout)![1]!;
    const encryption = /^encryption\t([0-9a-f]+)/m.exec(issued.stdout)![1]!;
    const asked = await mm("revocation", "request", "--serial", signing, "--reason", "gib", "--agent", "U1");
    expect(asked.code, asked.stderr).toBe(0);
    const id = /^request\t(IP-[A-Z0-9]{8})\tpending/m.exec(asked.stdout)![1]!;

    const again = await mm(
      "revocation",
      "request",
      "--serial",
      encryption,
      "--reason",
      "misuse",
      "--agent",
      "U2",
    );
    expect(again.code).toBe(1);
    expect(again.stderr).toContain("[request_pending]");
    expect(again.stderr).toContain(id);

    const approved = await mm("revocation", "approve", "--id", id, "--agent", "U2");
    expect(approved.code, approved.stderr).toBe(0);
    const lines = approved.stdout.trim().split("\n");
    expect(lines[0]).toMatch(new RegExp(`^request\\t${id}\\tdone\\tcertificate revoked$`));
    expect(approved.stdout).toMatch(
      new RegExp(`^revoked\\t${signing}\\t\\S+Z\\tprivilegeWithdrawn\\tsign$`, "m"),
    );
    expect(approved.stdout).toMatch(
      new RegExp(`^revoked\\t${encryption}\\t\\S+Z\\tprivilegeWithdrawn\\tencr$`, "m"),
    );

    // deciding it again is refused naming the decision: who, when, what
    for (const sub of ["approve", "reject"]) {
      const again = await mm("revocation", sub, "--id", id.toLowerCase(), "--agent", "U3");
      expect(again.code).toBe(1);
      expect(again.stderr).toContain("[already_decided]");
      expect(again.stderr).toContain(id);
      expect(again.stderr).toContain("approved by U2");
      expect(again.stderr).toMatch(/at \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z/);
    }
  }, 120_000);
});
