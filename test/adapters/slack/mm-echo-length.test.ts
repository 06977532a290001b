/**
 * Tester: `/mm durum` followed by 4000 nines was repeated whole; Slack refuses a section text over 3000
 * characters, so on real Slack the agent got no answer. Whatever an agent typed is repeated shortened,
 * and no text block of an answer exceeds Slack's limit.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { echoTyped } from "../../../adapters/slack/mm-format.ts";
import { answer } from "../../../adapters/slack/slack-answer.ts";
import { testDialects } from "../../helpers/databases.ts";
import { type SlackConsoleStack, startSlackConsoleStack } from "../../helpers/slack-console-stack.ts";

const sqlite = testDialects.find((d) => d.name === "sqlite")!;

/** Every mrkdwn/plain text of a call's blocks. */
function blockTexts(args: Record<string, unknown>): string[] {
  const texts: string[] = [];
  JSON.stringify(args.blocks ?? [], (key, value) => {
    if (key === "text" && typeof value === "string") texts.push(value);
    if (key === "text" && value && typeof value === "object" && typeof value.text === "string")
      texts.push(value.text);
    return value;
  });
  return texts;
}

describe("/mm repeats what an agent typed shortened", () => {
  let s: SlackConsoleStack;
  beforeAll(async () => {
    s = await startSlackConsoleStack(sqlite);
  });
  afterAll(async () => s?.dispose());

  const long = "9".repeat(4000);
  for (const line of [
    `durum ${long}`,
    `durum x${long}`,
    `basvuru ${long}`,
    `${long}`,
    `onayla ${long}`,
    `kimlik ${long}`,
    `iptal ${long} kayip`,
  ]) {
    it(`'/mm ${line.slice(0, 12)}…' (${line.length} characters) is answered within Slack's limits`, async () => {
      const out = await s.agent.command(`/mm ${line}`);
      expect(out.status).toBe(200);
      const answerCall = out.calls.find((c) => c.method === "response_url");
      expect(answerCall).toBeDefined();
      const args = answerCall!.args as Record<string, unknown>;
      expect(String(args.text).length).toBeLessThan(3000);
      for (const text of blockTexts(args)) expect(text.length).toBeLessThanOrEqual(3000);
      expect(JSON.stringify(args)).not.toContain("9".repeat(60));
    });
  }

  it("echoTyped keeps a short word whole and cuts a long one to about 40 characters with '…'", () => {
    expect(echoTyped("abc")).toBe("abc");
    const cut = echoTyped("x".repeat(500));
    expect(cut.length).toBeLessThanOrEqual(41);
    expect(cut.endsWith("…")).toBe(true);
  });

  it("no section of an answer exceeds 3000 characters, however long its paragraph", () => {
    const a = answer(["y".repeat(5000)]);
    const block = a.blocks[0] as { text: { text: string } };
    expect(block.text.text.length).toBeLessThanOrEqual(3000);
  });
});
