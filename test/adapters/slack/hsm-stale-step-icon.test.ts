/**
 * A stale HSM step button answered ":information_source: :information_source: … artık sıradaki adım
 * değil" (console tester, round 21): the text carries its icon, and the listener added another.
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

describe("a stale HSM step button", () => {
  let s: SlackConsoleStack;
  let orderNo: string;
  beforeAll(async () => {
    s = await startSlackConsoleStack(sqlite);
    orderNo = await paidHsmOrder(s, "pos-hsm-stale-icon");
    await s.harness.ra.production.advanceHsm({ orderNo, step: "firm_ready", actor: "agent:U1" });
  });
  afterAll(async () => s?.dispose());

  it("answers with one information icon", async () => {
    const { before } = await pressButton(s, {
      user: "U1",
      actionId: "mm_hsm_step",
      value: `${orderNo}:firm_ready`,
    });
    await s.fake.waitFor((calls) => calls.slice(before).some((c) => c.method === "response_url"), 5_000);
    const answer = s.fake.since(before).find((c) => c.method === "response_url")!;
    const text = slackMessageText(answer.args);
    expect(text).toContain(":information_source: firma hazır olduğunu bildirdi, ");
    expect(text).not.toContain(":information_source: :information_source:");
    expect(JSON.stringify(answer.args.blocks)).not.toContain(":information_source: :information_source:");
  });
});
