/**
 * An HSM step button whose step is recorded does not stay live: the `/mm basvuru` answer it sat
 * in is replaced by the confirmation and the order's new state, with the button of the next step.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDialects } from "../../helpers/databases.ts";
import { hsmApplication } from "../../helpers/ra-harness.ts";
import { type SlackConsoleStack, startSlackConsoleStack } from "../../helpers/slack-console-stack.ts";
import { slackMessageText } from "../../helpers/slack-web-api.ts";

const sqlite = testDialects.find((d) => d.name === "sqlite")!;

describe("the HSM step button after its step is recorded", () => {
  let s: SlackConsoleStack;
  let orderNo: string;
  beforeAll(async () => {
    s = await startSlackConsoleStack(sqlite);
    orderNo = (await s.harness.ra.submitApplication(hsmApplication({ idNumber: "6180884538" }))).orderNo;
    const due = (await s.harness.ra.orderStatus(orderNo))!.amountKurus;
    await s.harness.ra.payments.record({
      orderNo,
      channel: "sanalpos",
      providerRef: "pos-hsm-replace",
      amountKurus: due,
    });
  });
  afterAll(async () => s?.dispose());

  it("is replaced by the confirmation and the next step's button", async () => {
    expect(await s.agent.runCommand(`/mm basvuru ${orderNo}`)).toContain("Firma hazır");
    const before = s.fake.calls.length;
    const payload = {
      type: "block_actions",
      user: { id: "U2" },
      team: { id: "T1" },
      api_app_id: "A1",
      trigger_id: "hsm-replace-press",
      response_url: s.fake.newResponseUrl().url,
      container: { type: "message", is_ephemeral: true, message_ts: "1.2", channel_id: "C0AGENTS" },
      actions: [{ type: "button", action_id: "mm_hsm_step", value: `${orderNo}:firm_ready`, action_ts: "1" }],
    };
    await s.agent.post(
      new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
      "application/x-www-form-urlencoded",
    );
    await s.fake.waitFor((calls) => calls.slice(before).some((c) => c.method === "response_url"), 5_000);
    const answer = s.fake.since(before).find((c) => c.method === "response_url")!;
    expect(answer.args.replace_original).toBe(true);
    const text = slackMessageText(answer.args);
    expect(text).toContain("kaydetti");
    expect(text).toContain("Randevu ver");
    const values = JSON.stringify(answer.args.blocks);
    expect(values).toContain(`${orderNo}:appointment_set`);
    expect(values).not.toContain(`${orderNo}:firm_ready`);
  });
});
