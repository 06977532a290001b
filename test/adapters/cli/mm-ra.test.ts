import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { composeService } from "../../../adapters/composition/service.ts";
import { readEnvironment } from "../../../adapters/config/environment.ts";
import { createLogger } from "../../../adapters/logging/logger.ts";
import { mmWith } from "../../helpers/mm-cli.ts";
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

const mm = mmWith(env);

/** `mm payment record` of an order through a channel, with the provider's reference and the amount. */
function recordPayment(order: string, channel: string, ref: string, amount: string | number) {
  return mm(
    "payment",
    "record",
    "--order",
    order,
    "--channel",
    channel,
    "--ref",
    ref,
    "--amount",
    String(amount),
  );
}

/** `mm order deliver` of the card order to Can Çalışan by petition, by the courier, with these documents. */
function deliverByPetition(documents: string, ...extra: string[]) {
  return mm(
    "order",
    "deliver",
    "--order",
    cardOrder,
    "--recipient",
    "petition",
    "--name",
    "Can Çalışan",
    "--documents",
    documents,
    ...extra,
    "--actor",
    "courier",
  );
}

describe("operator CLI for the registration authority", () => {
  it("R3.2/R3.3.1/R3.3.2: records a bank collection, produces, ships and hands over a card; a petition without the imza sirküleri is refused", async () => {
    const paid = await recordPayment(cardOrder, "sanalpos", "pos-cli-1", cardAmount);
    expect(paid.code, paid.stderr).toBe(0);
    expect(paid.stdout).toMatch(/^payment\tMM\d{10}\tposted$/m);
    const twice = await recordPayment(cardOrder, "ziraat", "zb-cli-2", cardAmount);
    expect(twice.code).toBe(1);
    expect(twice.stderr).toMatch(/^mm: .*\[already_paid\]$/m);
    const status = await mm("order", "status", cardOrder);
    expect(status.stdout).toMatch(/^order\tMM\d{10}\tcard\tproduced\t/m);
    expect(status.stdout).toMatch(/^step\t\S+\tcertificate_issued$/m);
    expect(
      (await mm("order", "ship", "--order", cardOrder, "--tracking", "TR998877", "--actor", "ops")).code,
    ).toBe(0);
    const refused = await deliverByPetition("delivery_petition");
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("[missing_documents]");
    const delivered = await deliverByPetition("delivery_petition,imza_sirkuleri", "--petition-writer-listed");
    expect(delivered.code, delivered.stderr).toBe(0);
    expect((await mm("order", "status", cardOrder)).stdout).toMatch(/^delivery\tdelivered\tTR998877$/m);
  }, 180_000);

  it("R3.3/R3.3.4: an HSM step of an unpaid order is refused; R7.2: a GİB revocation needs a second agent", async () => {
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
    // the order is unpaid: no step at all, least of all the issuance (it issued before, tester session 16)
    expect(early.stderr).toContain("[not_paid]");
    expect((await mm("status", "--vkn", "6180884538")).stdout).not.toMatch(/\tvalid/);
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
    // --title is the application's unvan (mm-issue-revoked.test.ts: another one is refused)
    const title = cardApplication().title;
    const early = await recordPayment(bankOrder, "vakifbank", "vb-cli-1", cardAmount);
    expect(early.stdout).toMatch(/\tposts 20\d\d-/);
    const refused = await mm("issue", "--vkn", "4540536920", "--title", title, "--order", bankOrder);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain("[payment_not_posted]");
    const other = await mm("issue", "--vkn", "3230512384", "--title", title, "--order", cardOrder);
    const first = /^signing\t([0-9a-f]+)/m.exec(other.stdout)?.[1];
    expect(first, other.stderr).toBeDefined();
    expect(
      (await mm("issue", "--vkn", "3230512384", "--title", title, "--order", cardOrder)).stdout,
    ).toContain(`signing\t${first}`);
    expect(
      (await mm("issue", "--vkn", "4540536920", "--title", title, "--order", cardOrder)).stderr,
    ).toContain("[vkn_mismatch]");
  }, 180_000);

  it("bad input: one line, exit 1, nothing recorded", async () => {
    const unknown = await recordPayment("MM0000000000", "sanalpos", "pos-x-1", "100");
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toMatch(/^mm: .*\[unknown_order\]$/m);
    expect(unknown.stderr).not.toMatch(/\n\s+at /);
    const channel = await recordPayment(hsmOrder, "paypal", "pp-1234", "100");
    expect(channel.stderr).toContain("[invalid_payment_channel]");
    const amount = await recordPayment(hsmOrder, "ziraat", "zb-1234", "12.5");
    expect(amount.stderr).toContain("[invalid_amount]");
    expect((await mm("order", "status", hsmOrder)).stdout).toMatch(/^payment\tnone$/m);
  }, 120_000);
});
