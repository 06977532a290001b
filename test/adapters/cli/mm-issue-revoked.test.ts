import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { composeService } from "../../../adapters/composition/service.ts";
import { readEnvironment } from "../../../adapters/config/environment.ts";
import { createLogger } from "../../../adapters/logging/logger.ts";
import { mmWith } from "../../helpers/mm-cli.ts";
import { cardApplication } from "../../helpers/ra-harness.ts";

const dir = mkdtempSync(join(tmpdir(), "mm-cli-issue-revoked-"));
const env = { MM_DATA_DIR: join(dir, "data"), DATABASE_URL: "", MM_JOB_INTERVAL_MS: "0" };
const application = cardApplication();
let orderNo: string;
let amount: number;

beforeAll(async () => {
  // the application comes in through the RA as the chat submits it; the operator then uses the CLI
  const service = await composeService(
    readEnvironment({ ...env, LOG_LEVEL: "silent" }),
    createLogger({ level: "silent" }),
    { listen: false },
  );
  const submitted = await service.ra.submitApplication(application);
  orderNo = submitted.orderNo;
  amount = submitted.amountKurus;
  await service.close();
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const mm = mmWith(env);

const signingSerial = (stdout: string) => /^signing\t([0-9a-f]+)/m.exec(stdout)?.[1];

describe("mm issue on an order whose certificate was revoked, or under another --title (outside tester)", () => {
  it("a paid order: --title must be the application's unvan; once revoked, says when and that a new application is needed", async () => {
    const paid = await mm(
      "payment",
      "record",
      "--order",
      orderNo,
      "--channel",
      "sanalpos",
      "--ref",
      "pos-revoked-1",
      "--amount",
      String(amount),
    );
    expect(paid.code, paid.stderr).toBe(0);
    const vkn = application.idNumber;
    // the unvan as an operator types it: case and spaces do not matter, the name does
    const typed = `  ${application.title.toLocaleLowerCase("tr")} `;
    const produced = await mm("issue", "--vkn", vkn, "--title", typed, "--order", orderNo);
    expect(produced.code, produced.stderr).toBe(0);
    const serial = signingSerial(produced.stdout)!;
    expect(serial).toBeDefined();
    const other = await mm("issue", "--vkn", vkn, "--title", "Başka Ticaret Ltd", "--order", orderNo);
    expect(other.code).toBe(1);
    expect(other.stderr).toMatch(
      /^mm: order MM\d{10} is for another unvan than --title.* \[invalid_title\]$/m,
    );
    expect(other.stdout).toBe("");
    expect(other.stderr).not.toContain(application.title.toLocaleUpperCase("tr"));

    expect((await mm("revoke", "--serial", serial, "--reason", "keyCompromise")).code).toBe(0);
    const revokedAt = /^revoked\t(\S+)$/m.exec((await mm("order", "status", orderNo)).stdout)?.[1];
    expect(revokedAt).toBeDefined();
    const again = await mm("issue", "--vkn", vkn, "--title", application.title, "--order", orderNo);
    expect(again.code).toBe(1);
    expect(again.stdout).not.toMatch(/valid until/);
    expect(again.stderr).toContain(`its certificate ${serial} was revoked at ${revokedAt} (keyCompromise)`);
    expect(again.stderr).toMatch(/a new application is needed \(R7\.4\) \[new_application_required\]$/m);
    expect(again.stderr).not.toMatch(/\n\s+at /);
  }, 180_000);

  it("an operator's own order id: the same refusals, and nothing issued again", async () => {
    const first = await mm(
      "issue",
      "--vkn",
      "4540536920",
      "--title",
      "Deneme Ltd",
      "--order",
      "OP-REVOKED-1",
    );
    expect(first.code, first.stderr).toBe(0);
    const serial = signingSerial(first.stdout)!;
    const retitled = await mm(
      "issue",
      "--vkn",
      "4540536920",
      "--title",
      "Başka Ltd",
      "--order",
      "OP-REVOKED-1",
    );
    expect(retitled.code).toBe(1);
    expect(retitled.stderr).toContain("[invalid_title]");
    expect((await mm("revoke", "--serial", serial, "--reason", "superseded")).code).toBe(0);
    const again = await mm(
      "issue",
      "--vkn",
      "4540536920",
      "--title",
      "Deneme Ltd",
      "--order",
      "OP-REVOKED-1",
    );
    expect(again.code).toBe(1);
    expect(again.stdout).toBe("");
    expect(again.stderr).toMatch(
      new RegExp(
        `its certificate ${serial} was revoked at \\S+ \\(superseded\\).* \\[new_application_required\\]$`,
        "m",
      ),
    );
    const status = await mm("status", "--vkn", "4540536920");
    expect(status.stdout.trim().split("\n")).toHaveLength(2);
    expect(status.stdout).not.toMatch(/\tvalid\t/);
  }, 180_000);
});
