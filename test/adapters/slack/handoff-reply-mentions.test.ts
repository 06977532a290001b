/**
 * Tester (D7): Slack mentions in an agent's thread reply reached the customer as the desk's internal
 * ids ("<@U2>" as "@U2", "<!channel>" as "@channel"). A user mention reads "bir temsilci" / "a
 * colleague" in the customer's language, special mentions (<!channel>, <!here>, <!everyone>, user
 * groups) are dropped, a link keeps its label.
 */
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createHttpApp, listen } from "../../../adapters/http/server.ts";
import { createTranslator } from "../../../adapters/i18n/translator.ts";
import { createLogger } from "../../../adapters/logging/logger.ts";
import { agentReplyText } from "../../../adapters/slack/handoff-reply-text.ts";
import { createSlackConsole, type SlackConsole } from "../../../adapters/slack/slack-console.ts";
import type { HandoffRecord, HandoffRepository } from "../../../bot/handoff/handoff-repository.ts";
import { HandoffService } from "../../../bot/handoff/handoff-service.ts";
import type { AuditEvent } from "../../../core/audit/audit-log.ts";
import { FrozenClock } from "../../../core/ports/clock.ts";
import { RevocationRequestEvents } from "../../../core/ra/revocation-request-events.ts";
import { botTexts } from "../../bot/harness.ts";
import { RecordingOutbound } from "../../helpers/recording-handoff-desk.ts";
import { slackTestEnvironment, testSigningSecret } from "../../helpers/slack-console-stack.ts";
import { SlackAgentConsole, SlackFakeWebApi } from "../../helpers/slack-web-api.ts";

describe("Slack mentions in an agent's reply, as the customer reads it", () => {
  let fake: SlackFakeWebApi;
  let server: Server;
  let slack: SlackConsole;
  let agent: SlackAgentConsole;
  let outbound: RecordingOutbound;
  let audit: AuditEvent[];

  let record: HandoffRecord;

  beforeEach(async () => {
    fake = await new SlackFakeWebApi().start();
    audit = [];
    outbound = new RecordingOutbound();
    record = {
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

  async function customerReads(text: string): Promise<string> {
    await agent.reply("web-conv-pin", text);
    for (let i = 0; i < 100 && outbound.textsTo("web-conv-pin").length === 0; i++)
      await new Promise((r) => setTimeout(r, 20));
    return outbound.textsTo("web-conv-pin").join("\n");
  }

  it("a user mention reads 'bir temsilci' for a Turkish customer, no id", async () => {
    const said = await customerReads("Merhaba, konuyu <@U2> ile görüşüp döneceğim.");
    expect(said).toContain("Temsilci: Merhaba, konuyu bir temsilci ile görüşüp döneceğim.");
    expect(said).not.toMatch(/U2|@/);
  });

  it("special mentions are dropped", async () => {
    const said = await customerReads("<!channel> Kartınız yarın kargoda <!here>");
    expect(said).toContain("Temsilci: Kartınız yarın kargoda");
    expect(said).not.toMatch(/channel|here|@/);
  });

  it("a user mention reads 'a colleague' for an English customer", async () => {
    record.locale = "en";
    const said = await customerReads("I asked <@U2|ayse> about it, <!here>");
    expect(said).toContain("I asked a colleague about it");
    expect(said).not.toMatch(/U2|ayse|here|@/);
  });
});

describe("agentReplyText", () => {
  it.each([
    ["konuyu <@U2> ile görüşüp döneceğim", "konuyu bir temsilci ile görüşüp döneceğim"],
    ["<@U0123ABC|ayse.yilmaz> size dönecek", "bir temsilci size dönecek"],
    ["<!channel> kartınız hazır", "kartınız hazır"],
    ["kartınız hazır <!here>.", "kartınız hazır."],
    ["<!everyone>, <!subteam^S012AB|@destek> bakacak", "bakacak"],
    ["<!subteam^S012AB> bakacak", "bakacak"],
    ["Formu <https://kamusm.bilgem.tubitak.gov.tr/basvuru|buradan> doldurun", "Formu buradan"],
    ["Adres: <https://kamusm.bilgem.tubitak.gov.tr>", "Adres: https://kamusm.bilgem.tubitak.gov.tr"],
    ["Tutar 1.750 TL &amp; KDV dahil", "Tutar 1.750 TL & KDV dahil"],
  ])("%j → %j", (encoded, plain) => {
    expect(agentReplyText(encoded, "bir temsilci")).toContain(plain);
    expect(agentReplyText(encoded, "bir temsilci")).not.toMatch(/<|>|U2|U0123|S012|@/);
  });
});
