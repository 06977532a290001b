/**
 * `mm payment record`, `order ship` and `order deliver` name the option at fault, with its code
 * (outside tester: `mm: sanalpos, vakifbank or ziraat`, `mm: 4 to 40 letters or digits`,
 * `mm: signatory, proxy or petition`), and a hand-over before shipping says to ship first (it was
 * `mm: the order is produced [not_shipped]`).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { composeService } from "../../../adapters/composition/service.ts";
import { readEnvironment } from "../../../adapters/config/environment.ts";
import { createLogger } from "../../../adapters/logging/logger.ts";
import { mmWith } from "../../helpers/mm-cli.ts";
import { cardApplication } from "../../helpers/ra-harness.ts";

const dir = mkdtempSync(join(tmpdir(), "mm-ra-options-"));
const env = { MM_DATA_DIR: join(dir, "data"), DATABASE_URL: "", MM_JOB_INTERVAL_MS: "0" };
let order: string;
let amount: number;

beforeAll(async () => {
  const service = await composeService(
    readEnvironment({ ...env, LOG_LEVEL: "silent" }),
    createLogger({ level: "silent" }),
    { listen: false },
  );
  const card = await service.ra.submitApplication(cardApplication());
  order = card.orderNo;
  amount = card.amountKurus;
  await service.close();
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const mm = mmWith(env);

/** The `mm: …` line of a run. */
const errorLine = (run: { stderr: string }) => run.stderr.split("\n").find((l) => l.startsWith("mm: "));

describe("mm RA commands name the option at fault", () => {
  it("payment record --channel paypal names --channel", async () => {
    const run = await mm(
      ...[
        "payment",
        "record",
        "--order",
        order,
        "--channel",
        "paypal",
        "--ref",
        "pp-1",
        "--amount",
        String(amount),
      ],
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      "mm: --channel must be sanalpos, vakifbank or ziraat [invalid_payment_channel]\n",
    );
  }, 60_000);

  it("order deliver --recipient alien names --recipient", async () => {
    const run = await mm("order", "deliver", "--order", order, "--recipient", "alien", "--actor", "courier");
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      "mm: --recipient must be signatory, proxy or petition [invalid_recipient_kind]\n",
    );
  }, 60_000);

  it("a produced card: deliver says to ship it first; ship --tracking TR1 names --tracking", async () => {
    const paid = await mm(
      ...[
        "payment",
        "record",
        "--order",
        order,
        "--channel",
        "sanalpos",
        "--ref",
        "pos-opt-1",
        "--amount",
        String(amount),
      ],
    );
    expect(paid.code, paid.stderr).toBe(0);
    const early = await mm(
      "order",
      "deliver",
      "--order",
      order,
      "--recipient",
      "signatory",
      "--actor",
      "courier",
    );
    expect(early.code).toBe(1);
    expect(errorLine(early)).toBe(
      `mm: order ${order} is produced, not shipped yet: ship it first (mm order ship) [not_shipped]`,
    );
    const tracking = await mm("order", "ship", "--order", order, "--tracking", "TR1", "--actor", "ops");
    expect(tracking.code).toBe(1);
    expect(errorLine(tracking)).toBe("mm: --tracking: 4 to 40 letters or digits [invalid_tracking_no]");
  }, 120_000);
});
