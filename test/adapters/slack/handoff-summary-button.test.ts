/**
 * The hand-off summary in the support channel follows the hand-off: once it is taken or closed,
 * its Devral button is gone and the summary says who took it or why it closed (the customer's text
 * still masked), so no agent presses a button whose work is done.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { HandoffView } from "../../../bot/handoff/handoff-desk.ts";
import { testDialects } from "../../helpers/databases.ts";
import { type SlackConsoleStack, startSlackConsoleStack } from "../../helpers/slack-console-stack.ts";
import { type SlackCall, slackMessageText } from "../../helpers/slack-web-api.ts";

const sqlite = testDialects.find((d) => d.name === "sqlite")!;

describe("the hand-off summary after a take or a close", () => {
  let s: SlackConsoleStack;
  beforeAll(async () => {
    s = await startSlackConsoleStack(sqlite);
  });
  afterAll(async () => s?.dispose());

  const hasButtons = (call: SlackCall) => JSON.stringify(call.args.blocks ?? []).includes('"type":"actions"');

  async function open(ticket: string): Promise<{ view: HandoffView; summary: SlackCall }> {
    const view: HandoffView = {
      ticket,
      conversationId: `conv-${ticket}`,
      channel: "web",
      locale: "tr",
      status: "open",
      summary: "Müşteri 3230512384 iptal sordu, e-posta bilgi@ornek.com.tr",
      openedAt: new Date(),
    };
    const start = s.fake.calls.length;
    const { deskThread } = await s.console.desk.opened(view);
    const summary = s.fake.since(start, "chat.postMessage")[0]!;
    expect(hasButtons(summary)).toBe(true);
    return { view: { ...view, deskThread }, summary };
  }

  const summaryUpdate = (start: number, summary: SlackCall) =>
    s.fake.since(start, "chat.update").find((c) => c.args.ts === summary.ts);

  it("taken: the summary names the agent, keeps the masked summary and has no Devral button", async () => {
    const { view, summary } = await open("T-TAKEN001");
    const start = s.fake.calls.length;
    await s.console.desk.taken({ ...view, status: "taken", agentId: "U2" });
    const update = summaryUpdate(start, summary);
    expect(update).toBeDefined();
    const text = slackMessageText(update!.args);
    expect(text).toContain("T-TAKEN001");
    expect(text).toContain("<@U2>");
    expect(text).not.toContain("3230512384");
    expect(text).not.toContain("bilgi@ornek.com.tr");
    expect(hasButtons(update!)).toBe(false);
    // the thread still hears of it
    expect(s.fake.since(start, "chat.postMessage").map((c) => c.args.thread_ts)).toContain(summary.ts);
  });

  it.each([
    ["timeout", "10 dakika"],
    ["customer_left", "asistana döndü"],
    ["agent_finished", "bitirdi"],
  ] as const)("closed (%s): the summary says why and has no Devral button", async (reason, says) => {
    const { view, summary } = await open(`T-CLOSE${reason.length.toString().padStart(3, "0")}`);
    const start = s.fake.calls.length;
    await s.console.desk.closed({ ...view, status: "closed" }, reason);
    const update = summaryUpdate(start, summary);
    expect(update).toBeDefined();
    expect(slackMessageText(update!.args)).toContain(says);
    expect(hasButtons(update!)).toBe(false);
  });
});
