/**
 * An HSM step button whose step is recorded does not stay live: the `/mm basvuru` answer it sat
 * in is replaced by the confirmation and the order's new state, with the button of the next step.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDialects } from "../../helpers/databases.ts";
import {
  paidHsmOrder,
  pressButton,
  type SlackConsoleStack,
  startSlackConsoleStack,
} from "../../helpers/slack-console-stack.ts";
import { slackMessageText } from "../../helpers/slack-web-api.ts";

const sqlite = testDialects.find((d) => d.name === "sqlite")!;

describe("the HSM step button after its step is recorded", () => {
  let s: SlackConsoleStack;
  let orderNo: string;
  beforeAll(async () => {
    s = await startSlackConsoleStack(sqlite);
    orderNo = await paidHsmOrder(s, "pos-hsm-replace");
  });
  afterAll(async () => s?.dispose());

  /** Presses the step button of `step` as U2; returns the answer and every call it caused. */
  async function press(step: string) {
    const { before } = await pressButton(s, {
      user: "U2",
      actionId: "mm_hsm_step",
      value: `${orderNo}:${step}`,
      trigger: `hsm-press-${step}-${Math.random()}`,
      container: { type: "message", is_ephemeral: true, message_ts: "1.2", channel_id: "C0AGENTS" },
    });
    await s.fake.waitFor((calls) => calls.slice(before).some((c) => c.method === "response_url"), 5_000);
    await new Promise((r) => setTimeout(r, 100));
    const calls = s.fake.since(before);
    return { answer: calls.find((c) => c.method === "response_url")!, calls };
  }

  it("is replaced by the confirmation and the next step's button", async () => {
    expect(await s.agent.runCommand(`/mm basvuru ${orderNo}`)).toContain("Firma hazır");
    const { answer } = await press("firm_ready");
    expect(answer.args.replace_original).toBe(true);
    const text = slackMessageText(answer.args);
    expect(text).toContain("kaydetti");
    expect(text).toContain("Randevu ver");
    const values = JSON.stringify(answer.args.blocks);
    expect(values).toContain(`${orderNo}:appointment_set`);
    expect(values).not.toContain(`${orderNo}:firm_ready`);
  });

  it("a stale press of a modal step already recorded opens no modal and shows the order's state", async () => {
    await s.harness.ra.production.advanceHsm({
      orderNo,
      step: "appointment_set",
      actor: "agent:U1",
      appointmentAt: new Date(s.harness.clock.now().getTime() + 3 * 86_400_000),
    });
    const { answer, calls } = await press("appointment_set");
    expect(calls.some((c) => c.method === "views.open")).toBe(false);
    expect(answer.args.replace_original).toBe(true);
    const text = slackMessageText(answer.args);
    expect(text).toContain("artık sıradaki adım değil");
    expect(JSON.stringify(answer.args.blocks)).toContain(`${orderNo}:loaded_on_hsm`);
    expect(JSON.stringify(answer.args.blocks)).not.toContain(`${orderNo}:appointment_set`);
  });
});
