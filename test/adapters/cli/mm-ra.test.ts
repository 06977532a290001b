import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { composeService } from "../../../adapters/composition/service.ts";
import { readEnvironment } from "../../../adapters/config/environment.ts";
import { createLogger } from "../../../adapters/logging/logger.ts";
import { runScript } from "../../helpers/processes.ts";
import { cardApplication, hsmApplication } from "../../helpers/ra-harness.ts";

const dir = mkdtempSync(join(tmpdir(), "mm-cli-ra-"));
const env = { MM_DATA_DIR: join(dir, "data"), DATABASE_URL: "", MM_JOB_INTERVAL_MS: "0" };
let cardOrder: string;
let hsmOrder: string;
let cardAmount: number;
let bankOrder: string;

beforeAll(async () => {
  // Applications come in through the RA as the chat would submit them; then the service stops and
  // the operator works on the same data folder with the CLI.
  const service = await composeService(
    readEnvironment({ ...env, LOG_LEVEL: "silent" }),
    createLogger({ level: "silent" }),
    {
      listen: false,
    },
  );
  const card = await service.ra.submitApplication(cardApplication());
  const hsm = await service.ra.submitApplication(hsmApplication({ idNumber: "6180884538" }));
  cardOrder = card.orderNo;
  cardAmount = card.amountKurus;
  hsmOrder = hsm.orderNo;
  bankOrder = (await service.ra.submitApplication(cardApplication({ idNumber: "4540536920" }))).orderNo;
  await service.close();
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function mm(...args: string[]) {
  const run = runScript("adapters/cli/main.ts", env, args);
  const code = await run.exited;
  return { code, stdout: run.stdout(), stderr: run.stderr() };
}

describe("operator CLI for the registration authority", () => {
  it("R3.2/R3.3.1/R3.3.2: records a bank collection, produces, ships and hands over a card; a petition without the imza sirküleri is refused", async () => {
    const paid = await mm(
      "payment",
      "record",
      "--order",
      cardOrder,
      "--channel",
      "sanalpos",
      "--ref",
      "pos-cli-1",
      "--amount",
      String(cardAmount),
    );
    expect(paid.code, paid.stderr).toBe(0);
    expect(paid.stdout).toMatch(/^payment\tMM\d{10}\tposted$/m);
    const twice = await mm(
      "payment",
      "record",
      "--order",
      cardOrder,
      "--channel",
      "ziraat",
      "--ref",
      "zb-cli-2",
      "--amount",
      String(cardAmount),
    );
    expect(twice.code).toBe(1);
    expect(twice.stderr).toMatch(/^mm: .*\[already_paid\]$/m);
    const status = await mm("order", "status", cardOrder);
    expect(status.stdout).toMatch(/^order\tMM\d{10}\tcard\tproduced\t/m);
    expect(status.stdout).toMatch(/^step\t\S+\tcertificate_issued$/m);
    expect(
      (await mm("order", "ship", "--order", cardOrder, "--tracking", "TR998877", "--actor", "ops")).code,
    ).toBe(0);
    const refused = await mm(
      "order",
      "deliver",
      "--order",
      cardOrder,
      "--recipient",
      "petition",
      "--name",
      "Can Çalışan",
      "--documents",
      "delivery_petition",
      "--actor",
      "courier",
    );
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("[missing_documents]");
    const delivered = await mm(
      "order",
      "deliver",
      "--order",
      cardOrder,
      "--recipient",
      "petition",
      "--name",
      "Can Çalışan",
      "--documents",
      "delivery_petition,imza_sirkuleri",
      "--petition-writer-listed",
      "--actor",
      "courier",
    );
    expect(delivered.code, delivered.stderr).toBe(0);
    expect((await mm("order", "status", cardOrder)).stdout).toMatch(/^delivery\tdelivered\tTR998877$/m);
  }, 180_000);

  it("R3.3.4: an HSM step out of order is refused; R7.2: a GİB revocation needs a second agent", async () => {
    const early = await mm(
      "order",
      "hsm-step",
      "--order",
      hsmOrder,
      "--step",
      "loaded_on_hsm",
      "--actor",
      "U1",
      "--token",
      "softkey:hsm-1",
    );
    expect(early.code).toBe(1);
    expect(early.stderr).toContain("[step_out_of_order]");
    const serial = /^signing\t([0-9a-f]+)/m.exec(
      (await mm("issue", "--vkn", "4540536920", "--title", "Deneme Ltd", "--direct")).stdout,
    )![1]!;
    const asked = await mm("revocation", "request", "--serial", serial, "--reason", "gib", "--agent", "U1");
    expect(asked.code, asked.stderr).toBe(0);
    const id = /^request\t(\S+)\tpending/m.exec(asked.stdout)![1]!;
    const self = await mm("revocation", "approve", "--id", id, "--agent", "U1");
    expect(self.stderr).toContain("[second_agent_required]");
    expect((await mm("status", "--serial", serial)).stdout).toMatch(
      new RegExp(`^${serial}\tsign\tvalid`, "m"),
    );
    const approved = await mm("revocation", "approve", "--id", id, "--agent", "U2");
    expect(approved.stdout).toMatch(/\tdone\tcertificate revoked$/m);
    expect((await mm("status", "--serial", serial)).stdout).toMatch(
      new RegExp(`^${serial}\tsign\trevoked`, "m"),
    );
    const jobs = await mm("jobs", "run");
    expect(jobs.stdout).toMatch(/^jobs\tran \d+\tfailed 0\tdeferred \d+$/m);
  }, 180_000);

  it("R3.3: issue --order produces a card order only once its payment has posted, and idempotently", async () => {
    const early = await mm(
      "payment",
      "record",
      "--order",
      bankOrder,
      "--channel",
      "vakifbank",
      "--ref",
      "vb-cli-1",
      "--amount",
      String(cardAmount),
    );
    expect(early.stdout).toMatch(/\tposts 20\d\d-/);
    const refused = await mm("issue", "--vkn", "4540536920", "--title", "X", "--order", bankOrder);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("[payment_not_posted]");
    const other = await mm("issue", "--vkn", "3230512384", "--title", "X", "--order", cardOrder);
    const first = /^signing\t([0-9a-f]+)/m.exec(other.stdout)?.[1];
    expect(first, other.stderr).toBeDefined();
    expect((await mm("issue", "--vkn", "3230512384", "--title", "X", "--order", cardOrder)).stdout).toContain(
      `signing\t${first}`,
    );
    expect((await mm("issue", "--vkn", "4540536920", "--title", "X", "--order", cardOrder)).stderr).toContain(
      "[vkn_mismatch]",
    );
  }, 180_000);

  it("bad input: one line, exit 1, nothing recorded", async () => {
    const unknown = await mm(
      "payment",
      "record",
      "--order",
      "MM0000000000",
      "--channel",
      "sanalpos",
      "--ref",
      "pos-x-1",
      "--amount",
      "100",
    );
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^mm: .*\[unknown_order\]$/m);
    expect(unknown.stderr).not.toMatch(/\n\s+at /);
    const channel = await mm(
      "payment",
      "record",
      "--order",
      hsmOrder,
      "--channel",
      "paypal",
      "--ref",
      "pp-1234",
      "--amount",
      "100",
    );
    expect(channel.stderr).toContain("[invalid_payment_channel]");
    const amount = await mm(
      "payment",
      "record",
      "--order",
      hsmOrder,
      "--channel",
      "ziraat",
      "--ref",
      "zb-1234",
      "--amount",
      "12.5",
    );
    expect(amount.stderr).toContain("[invalid_amount]");
    expect((await mm("order", "status", hsmOrder)).stdout).toMatch(/^payment\tnone$/m);
  }, 120_000);
});
