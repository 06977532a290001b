/**
 * `mm order status` said `in_production` (then `produced`) for an HSM order all through its R3.3.4
 * workflow, while /mm durum and /mm basvuru named the state by the workflow's last step. Both now read
 * core/ra/order-state.ts: the `order` line's state is `hsm_<last step>` while the workflow runs,
 * and a `next` line names the step `mm order hsm-step` records next (none before the payment posts,
 * none once completed).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { composeService } from "../../../adapters/composition/service.ts";
import { readEnvironment } from "../../../adapters/config/environment.ts";
import { createLogger } from "../../../adapters/logging/logger.ts";
import { mmWith } from "../../helpers/mm-cli.ts";
import { hsmApplication } from "../../helpers/ra-harness.ts";

const dir = mkdtempSync(join(tmpdir(), "mm-cli-hsm-state-"));
const env = { MM_DATA_DIR: join(dir, "data"), DATABASE_URL: "", MM_JOB_INTERVAL_MS: "0" };
const mm = mmWith(env);
let orderNo: string;

beforeAll(async () => {
  const service = await composeService(
    readEnvironment({ ...env, LOG_LEVEL: "silent" }),
    createLogger({ level: "silent" }),
    { listen: false },
  );
  const hsm = await service.ra.submitApplication(hsmApplication({ idNumber: "6180884538" }));
  orderNo = hsm.orderNo;
  await service.ra.payments.record({
    orderNo,
    channel: "sanalpos",
    providerRef: "pos-cli-hsm-state",
    amountKurus: hsm.amountKurus,
  });
  await service.close();
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const status = async () => {
  const run = await mm("order", "status", orderNo);
  expect(run.code, run.stderr).toBe(0);
  return run.stdout;
};
const step = (name: string, ...extra: string[]) =>
  mm("order", "hsm-step", "--order", orderNo, "--step", name, "--actor", "U1", ...extra);

describe("mm order status: an HSM order's state by its workflow's last step", () => {
  it("waiting for the firm, then each step: the state and the next step, never in_production", async () => {
    let out = await status();
    expect(out).toMatch(new RegExp(`^order\\t${orderNo}\\thsm\\thsm_instructions_sent\\t`, "m"));
    expect(out).toMatch(/^next\tfirm_ready$/m);
    expect(out).not.toContain("in_production");

    expect((await step("firm_ready")).code).toBe(0);
    out = await status();
    expect(out).toMatch(/\thsm\thsm_firm_ready\t/);
    expect(out).toMatch(/^next\tappointment_set$/m);

    expect((await step("appointment_set", "--appointment", "2030-01-10T10:00:00+03:00")).code).toBe(0);
    expect((await step("loaded_on_hsm", "--token", "softkey:firm-cli-state")).code).toBe(0);
    out = await status();
    expect(out).toMatch(/\thsm\thsm_loaded_on_hsm\t/);
    expect(out).toMatch(/^next\tservice_report_signed$/m);
    expect(out).not.toMatch(/\thsm\tproduced\t/);

    expect((await step("service_report_signed", "--copies", "2")).code).toBe(0);
    expect((await step("invoice_sent")).code).toBe(0);
    out = await status();
    expect(out).toMatch(/\thsm\tcompleted\t/);
    expect(out).not.toMatch(/^next\t/m);
  }, 180_000);
});
