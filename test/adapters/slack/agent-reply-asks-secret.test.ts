/**
 * An agent's thread reply asking the customer for a PIN never reaches the customer: the console
 * answers in the thread (coded, `errors.agent_reply_asks_secret`) that staff never ask for PINs and
 * the message was not sent, and audits the refusal. A reply warning the customer not to share the
 * PIN is relayed as before. The real hand-off service, over a hand-off kept in memory.
 */
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHttpApp, listen } from "../../../adapters/http/server.ts";
import { createTranslator } from "../../../adapters/i18n/translator.ts";
import { createLogger } from "../../../adapters/logging/logger.ts";
import { createSlackConsole, type SlackConsole } from "../../../adapters/slack/slack-console.ts";
import type { HandoffRecord, HandoffRepository } from "../../../bot/handoff/handoff-repository.ts";
import { HandoffService } from "../../../bot/handoff/handoff-service.ts";
import type { AuditEvent } from "../../../core/audit/audit-log.ts";
import { FrozenClock } from "../../../core/ports/clock.ts";
import { RevocationRequestEvents } from "../../../core/ra/revocation-request-events.ts";
import { botTexts } from "../../bot/harness.ts";
import { RecordingOutbound } from "../../helpers/recording-handoff-desk.ts";
import { slackTestEnvironment, testSigningSecret } from "../../helpers/slack-console-stack.ts";
import { SlackAgentConsole, SlackFakeWebApi, slackMessageText } from "../../helpers/slack-web-api.ts";

describe("an agent's thread reply asking for the PIN", () => {
  let fake: SlackFakeWebApi;
  let server: Server;
  let slack: SlackConsole;
  let agent: SlackAgentConsole;
  let outbound: RecordingOutbound;
  let audit: AuditEvent[];

  beforeEach(async () => {
    fake = await new SlackFakeWebApi().start();
    audit = [];
    outbound = new RecordingOutbound();
    const record = {
      ticket: "T-PIN23456",
      conversationId: "web-conv-pin",
      channel: "web",
      locale: "tr",
      status: "taken",
      agentId: "U1",
      summary: "konu=pin",
      openedAt: new Date("2026-11-25T07:00:00Z"),
    } as HandoffRecord;
    const repository = {
      byTicket: async (ticket: string) => (ticket === record.ticket ? record : undefined),
      agentWrote: async () => {},
      byDeskThread: async (thread: string) => (thread === record.deskThread ? record : undefined),
    } as unknown as HandoffRepository;
    const handoffs = new HandoffService({
      repository,
      jobs: { schedule: async () => {} } as never,
      outbound,
      texts: await botTexts(),
      clock: new FrozenClock("2026-11-25T07:00:00Z"),
    });
    const auditPort = { append: async (e: AuditEvent) => audit.push(e) };
    slack = (await createSlackConsole({
      env: slackTestEnvironment(fake.apiUrl),
      logger: createLogger({ level: "silent" }),
      translator: await createTranslator(),
      // no RA is used here; the console follows its superseded revocation requests
      ra: { revocation: { events: new RevocationRequestEvents() } } as never,
      handoffs,
      audit: auditPort,
    }))!;
    server = await listen(createHttpApp(slack.routers, createLogger({ level: "silent" })), 0, "127.0.0.1");
    const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    agent = new SlackAgentConsole({ baseUrl, signingSecret: testSigningSecret, webApi: fake });
    // the summary in the support channel: its thread is where the agent replies
    record.deskThread = (await slack.desk.opened(record)).deskThread;
  });
  afterEach(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await slack.close();
    await fake.close();
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
