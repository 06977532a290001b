/**
 * `mm order status` is read by operators' scripts, and its lines changed (an HSM order's `hsm_<step>`
 * state, a `next` line) with no word in docs/cli.md of what exactly it prints. The lines are now
 * documented in one block ("What `order status` prints"); this test reads that block and holds the
 * CLI's output to it at each stage of a card order (unpaid, produced, shipped, delivered, revoked), of
 * a bank payment not posted yet and of an HSM order in its workflow: every line one of the documented
 * ones, in their order, with the values the order has.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { composeService } from "../../../adapters/composition/service.ts";
import { readEnvironment } from "../../../adapters/config/environment.ts";
import { createLogger } from "../../../adapters/logging/logger.ts";
import { orderSteps } from "../../../core/ra/production-service.ts";
import { mmWith } from "../../helpers/mm-cli.ts";
import { cardApplication, hsmApplication } from "../../helpers/ra-harness.ts";

const iso = String.raw`\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z`;
const states = [
  "awaiting_payment",
  "paid",
  "in_production",
  "produced",
  "shipped",
  "delivered",
  "completed",
  "refunded",
  "hsm_none",
  "hsm_instructions_sent",
  "hsm_firm_ready",
  "hsm_appointment_set",
  "hsm_loaded_on_hsm",
  "hsm_service_report_signed",
];

/** What each placeholder of the documented lines stands for. */
const placeholders: Record<string, string> = {
  "<none|posted|posts <ISO time>>": `(?:none|posted|posts ${iso})`,
  "<preparing|shipped|delivered|returned>": "(?:preparing|shipped|delivered|returned)",
  "<tracking no|->": "(?:[A-Za-z0-9]{4,40}|-)",
  "<order no>": String.raw`MM\d{10}`,
  "<card|hsm>": "(?:card|hsm)",
  "<state>": `(?:${states.join("|")})`,
  "<amount>": String.raw`\d+`,
  "<ISO time>": iso,
  "<step>": `(?:${orderSteps.join("|")})`,
};

/** The lines docs/cli.md documents under "What `order status` prints", as written there. */
function documentedLines(): string[] {
  const text = readFileSync(join("docs", "cli.md"), "utf8");
  const section = text.slice(text.indexOf("#### What `order status` prints"));
  const block = /```text\n([\s\S]*?)\n```/.exec(section);
  if (!block) throw new Error("docs/cli.md has no block of the lines `order status` prints");
  return block[1]!.split("\n");
}

/** A documented line as a pattern of one output line; a placeholder the test does not know fails it. */
function patternOf(template: string): RegExp {
  let source = template.replace(/[.*+?^${}()[\]\\]/g, (c) => (c === "\\" ? "\\" : `\\${c}`));
  source = source.replaceAll("\\t", "\t");
  for (const [name, pattern] of Object.entries(placeholders)) source = source.replaceAll(name, pattern);
  if (/[<>]/.test(source)) throw new Error(`unknown placeholder in ${template}`);
  return new RegExp(`^${source}$`);
}

const documented = documentedLines().map((template) => ({
  key: template.split("\\t")[0]!,
  pattern: patternOf(template),
}));

/** Each line of `stdout` checked against the documented lines: their keys, in documented order. */
function keysOf(stdout: string): string[] {
  const lines = stdout.split("\n").filter(Boolean);
  let last = 0;
  return lines.map((line) => {
    const index = documented.findIndex((d) => d.pattern.test(line));
    expect(index, `undocumented line ${JSON.stringify(line)}`).toBeGreaterThanOrEqual(0);
    expect(index, `line out of the documented order: ${line}`).toBeGreaterThanOrEqual(last);
    last = index;
    return documented[index]!.key;
  });
}

const dir = mkdtempSync(join(tmpdir(), "mm-cli-order-output-"));
const env = { MM_DATA_DIR: join(dir, "data"), DATABASE_URL: "", MM_JOB_INTERVAL_MS: "0" };
const mm = mmWith(env);
const orders = { card: "", bank: "", hsm: "" };
const amounts = { card: 0, bank: 0, hsm: 0 };

beforeAll(async () => {
  const service = await composeService(
    readEnvironment({ ...env, LOG_LEVEL: "silent" }),
    createLogger({ level: "silent" }),
    { listen: false },
  );
  const card = await service.ra.submitApplication(cardApplication());
  const bank = await service.ra.submitApplication(cardApplication({ idNumber: "4540536920" }));
  const hsm = await service.ra.submitApplication(hsmApplication({ idNumber: "6180884538" }));
  Object.assign(orders, { card: card.orderNo, bank: bank.orderNo, hsm: hsm.orderNo });
  Object.assign(amounts, { card: card.amountKurus, bank: bank.amountKurus, hsm: hsm.amountKurus });
  await service.close();
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function status(orderNo: string): Promise<string> {
  const run = await mm("order", "status", orderNo.toLowerCase());
  expect(run.code, run.stderr).toBe(0);
  return run.stdout;
}

async function ok(...args: string[]): Promise<string> {
  const run = await mm(...args);
  expect(run.code, run.stderr).toBe(0);
  return run.stdout;
}

describe("mm order status prints exactly the documented lines", () => {
  it("docs/cli.md documents the six lines", () => {
    expect(documented.map((d) => d.key)).toEqual(["order", "payment", "step", "next", "delivery", "revoked"]);
  });

  it("a card order: unpaid, produced, shipped, delivered, revoked", async () => {
    let out = await status(orders.card);
    expect(keysOf(out)).toEqual(["order", "payment"]);
    expect(out).toBe(`order\t${orders.card}\tcard\tawaiting_payment\t${amounts.card} kuruş\npayment\tnone\n`);

    await ok(
      "payment",
      "record",
      "--order",
      orders.card,
      "--channel",
      "sanalpos",
      "--ref",
      "pos-out-1",
      "--amount",
      String(amounts.card),
    );
    out = await status(orders.card);
    expect(keysOf(out)).toEqual(["order", "payment", "step", "step", "delivery"]);
    expect(out).toMatch(
      new RegExp(`^order\\t${orders.card}\\tcard\\tproduced\\t${amounts.card} kuruş\\npayment\\tposted\\n`),
    );
    expect(out).toMatch(
      new RegExp(
        `^step\\t${iso}\\tpayment_posted\\nstep\\t${iso}\\tcertificate_issued\\ndelivery\\tpreparing\\t-\\n$`,
        "m",
      ),
    );

    await ok("order", "ship", "--order", orders.card, "--tracking", "TR998877", "--actor", "ops");
    await ok("order", "deliver", "--order", orders.card, "--recipient", "signatory", "--actor", "courier");
    out = await status(orders.card);
    expect(keysOf(out)).toEqual(["order", "payment", "step", "step", "step", "step", "delivery"]);
    expect(out).toMatch(/\n(step\t\S+\tshipped\n)(step\t\S+\tdelivered\n)delivery\tdelivered\tTR998877\n$/);

    const serial = (await ok("status", "--vkn", "3230512384")).split("\t")[0]!;
    await ok("revoke", "--serial", serial, "--reason", "keyCompromise");
    out = await status(orders.card);
    expect(keysOf(out).slice(-2)).toEqual(["delivery", "revoked"]);
    expect(out).toMatch(new RegExp(`\\nrevoked\\t${iso}\\n$`));
  }, 240_000);

  it("a bank payment not posted yet, and an HSM order in its workflow with its next step", async () => {
    await ok(
      "payment",
      "record",
      "--order",
      orders.bank,
      "--channel",
      "vakifbank",
      "--ref",
      "VB-out-1",
      "--amount",
      String(amounts.bank),
    );
    let out = await status(orders.bank);
    expect(keysOf(out)).toEqual(["order", "payment"]);
    expect(out).toMatch(
      new RegExp(
        `^order\\t${orders.bank}\\tcard\\tpaid\\t${amounts.bank} kuruş\\npayment\\tposts ${iso}\\n$`,
      ),
    );

    await ok(
      "payment",
      "record",
      "--order",
      orders.hsm,
      "--channel",
      "sanalpos",
      "--ref",
      "pos-out-2",
      "--amount",
      String(amounts.hsm),
    );
    out = await status(orders.hsm);
    expect(keysOf(out)).toEqual(["order", "payment", "step", "step", "next"]);
    expect(out).toMatch(
      new RegExp(
        `^order\\t${orders.hsm}\\thsm\\thsm_instructions_sent\\t${amounts.hsm} kuruş\\npayment\\tposted\\nstep\\t${iso}\\tpayment_posted\\nstep\\t${iso}\\tinstructions_sent\\nnext\\tfirm_ready\\n$`,
      ),
    );
  }, 240_000);
});
