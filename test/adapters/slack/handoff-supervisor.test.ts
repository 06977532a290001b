/**
 * Tester (D3b): a hand-off U1 took and left could be neither taken nor finished by another agent or
 * a supervisor, and the refusal named nobody ("Bu talebi başka bir temsilci devraldı"). On the
 * console a supervisor (S1 in SLACK_AGENTS) takes over (`/mm devral`) or finishes (`/mm bitir`) a
 * hand-off another agent holds; another agent is refused with who holds it. The real hand-off
 * service over real storage, the Slack console on its fake Web API.
 */
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { PrismaHandoffStore } from "../../../adapters/db/handoff-store.ts";
import { PrismaJobStore } from "../../../adapters/db/job-store.ts";
import { createHttpApp, listen } from "../../../adapters/http/server.ts";
import { createTranslator } from "../../../adapters/i18n/translator.ts";
import { createLogger } from "../../../adapters/logging/logger.ts";
import { createSlackConsole, type SlackConsole } from "../../../adapters/slack/slack-console.ts";
import { HandoffService } from "../../../bot/handoff/handoff-service.ts";
import { FrozenClock } from "../../../core/ports/clock.ts";
import { RevocationRequestEvents } from "../../../core/ra/revocation-request-events.ts";
import { botTexts } from "../../bot/harness.ts";
import { freshDatabase, testDialects } from "../../helpers/databases.ts";
import { RecordingOutbound } from "../../helpers/recording-handoff-desk.ts";
import { slackTestEnvironment, testSigningSecret } from "../../helpers/slack-console-stack.ts";
import { SlackAgentConsole, SlackFakeWebApi } from "../../helpers/slack-web-api.ts";

const sqlite = testDialects.find((d) => d.name === "sqlite")!;

describe("a hand-off another agent holds, on the console", () => {
  let fake: SlackFakeWebApi;
  let server: Server;
  let slack: SlackConsole;
  let agent: SlackAgentConsole;
  let outbound: RecordingOutbound;
  let handoffs: HandoffService;
  let dispose: () => Promise<void>;
  let ticket: string;

  beforeEach(async () => {
    fake = await new SlackFakeWebApi().start();
    outbound = new RecordingOutbound();
    const database = await freshDatabase(sqlite);
    dispose = database.dispose;
    handoffs = new HandoffService({
      repository: new PrismaHandoffStore(database.db),
      jobs: new PrismaJobStore(database.db),
      outbound,
      texts: await botTexts(),
      clock: new FrozenClock("2026-11-25T07:00:00Z"),
    });
    slack = (await createSlackConsole({
      env: slackTestEnvironment(fake.apiUrl),
      logger: createLogger({ level: "silent" }),
      translator: await createTranslator(),
      ra: { revocation: { events: new RevocationRequestEvents() } } as never,
      handoffs,
      audit: { append: async () => {} },
    }))!;
    server = await listen(createHttpApp(slack.routers, createLogger({ level: "silent" })), 0, "127.0.0.1");
    const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    agent = new SlackAgentConsole({ baseUrl, signingSecret: testSigningSecret, webApi: fake });
    ({ ticket } = await handoffs.requestAgent({ conversationId: "conv-1", channel: "web", summary: "s" }));
    await handoffs.take(ticket, "U1");
  });
  afterEach(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await slack.close();
    await fake.close();
    await dispose();
  });

  it("another agent is refused with who holds it", async () => {
    for (const command of [`/mm devral ${ticket}`, `/mm bitir ${ticket.toLowerCase()}`]) {
      const said = await agent.runCommand(command, "U2");
      expect(said).toContain("<@U1>");
      expect(said).not.toContain("başka bir temsilci devraldı");
    }
    expect((await handoffs.find({ ticket }))?.agentId).toBe("U1");
  });

  it("a supervisor takes it over", async () => {
    const said = await agent.runCommand(`/mm devral ${ticket}`, "S1");
    expect(said).toContain("devraldınız");
    expect(await handoffs.find({ ticket })).toMatchObject({ status: "taken", agentId: "S1" });
    expect(await agent.runCommand(`/mm devral ${ticket}`, "U1")).toContain("<@S1>");
  });

  it("a supervisor finishes it: the customer is back with the assistant", async () => {
    const said = await agent.runCommand(`/mm bitir ${ticket}`, "S1");
    expect(said).toContain("kapatıldı");
    expect((await handoffs.find({ ticket }))?.status).toBe("closed");
    expect(outbound.textsTo("conv-1").at(-1)).toMatch(/asistana döndünüz/);
  });
});
