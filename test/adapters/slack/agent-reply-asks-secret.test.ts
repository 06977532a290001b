/**
 * An agent's thread reply asking the customer for a PIN never reaches the customer: the console
 * answers in the thread (coded, `errors.agent_reply_asks_secret`) that staff never ask for PINs and
 * the message was not sent, and audits the refusal. A reply warning the customer not to share the
 * PIN is relayed as before. The real hand-off service, over a hand-off kept in memory.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { AuditEvent } from "../../../core/audit/audit-log.ts";
import type { RecordingOutbound } from "../../helpers/recording-handoff-desk.ts";
import {
  type SlackAgentConsole,
  type SlackFakeWebApi,
  slackMessageText,
} from "../../helpers/slack-web-api.ts";
import {
  type SlackHandoffConsole,
  startSlackHandoffConsole,
  takenHandoff,
} from "../../helpers/taken-handoff.ts";

describe("an agent's thread reply asking for the PIN", () => {
  let fake: SlackFakeWebApi;
  let agent: SlackAgentConsole;
  let outbound: RecordingOutbound;
  let audit: AuditEvent[];
  let stack: SlackHandoffConsole;

  beforeEach(async () => {
    stack = await startSlackHandoffConsole(
      takenHandoff({ ticket: "T-PIN23456", conversationId: "web-conv-pin", summary: "konu=pin" }),
    );
    ({ fake, agent, outbound, audit } = stack);
  });
  afterEach(async () => {
    await stack.close();
  });

  /** What the console posted in the hand-off thread after `before`. */
  async function threadPosts(before: number): Promise<string> {
    await fake.waitFor(
      (calls) => calls.slice(before).some((c) => c.method === "chat.postMessage" && c.args.thread_ts),
      3000,
    );
    return fake
      .since(before, "chat.postMessage")
      .map((c) => slackMessageText(c.args))
      .join("\n");
  }

  it("is not relayed; the agent is told in the thread, coded, and the refusal is audited", async () => {
    const before = fake.calls.length;
    await agent.reply("web-conv-pin", "Lütfen PIN'inizi söyleyin, kontrol edeyim");
    const said = await threadPosts(before);
    expect(said).toContain(":warning:");
    expect(said).toContain("gönderilmedi");
    expect(said).toContain("asla istemez");
    expect(outbound.textsTo("web-conv-pin")).toEqual([]);
    expect(audit).toContainEqual(
      expect.objectContaining({ actor: "agent:U1", action: "handoff_reply_refused", subject: "T-PIN23456" }),
    );
    expect(audit.map((e) => e.action)).not.toContain("handoff_reply");
  });

  it.each([
    ["Size SMS ile gelen 6 haneli doğrulama kodunu buraya yazar mısınız?", "agent_reply_asks_code", "kod"],
    ["pls send ur p1n", "agent_reply_asks_secret", "PIN"],
  ])(
    "%j (a code in the chat, a disguised PIN) is not relayed either: the agent is told why",
    async (text, code, why) => {
      const before = fake.calls.length;
      await agent.reply("web-conv-pin", text);
      const said = await threadPosts(before);
      expect(said).toContain("gönderilmedi");
      expect(said).toContain(why);
      if (code === "agent_reply_asks_code") expect(said).toMatch(/telefonda \(444/);
      expect(outbound.textsTo("web-conv-pin")).toEqual([]);
      expect(audit).toContainEqual(
        expect.objectContaining({ action: "handoff_reply_refused", details: { errorCode: code } }),
      );
    },
  );

  it("a warning not to share the PIN reaches the customer", async () => {
    await agent.reply("web-conv-pin", "PIN'inizi kimseyle paylaşmayın");
    for (let i = 0; i < 100 && outbound.textsTo("web-conv-pin").length === 0; i++)
      await new Promise((r) => setTimeout(r, 20));
    expect(outbound.textsTo("web-conv-pin")).toEqual([
      expect.stringContaining("PIN'inizi kimseyle paylaşmayın"),
    ]);
    expect(audit).toContainEqual(expect.objectContaining({ actor: "agent:U1", action: "handoff_reply" }));
  });
});
