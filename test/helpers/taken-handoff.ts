/**
 * One hand-off an agent (U1) has taken, kept in memory, and the real hand-off service over it: the
 * set-up of the tests of what an agent's reply does (relayed, refused, rewritten).
 */
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createHttpApp, listen } from "../../adapters/http/server.ts";
import { createTranslator } from "../../adapters/i18n/translator.ts";
import { createLogger } from "../../adapters/logging/logger.ts";
import { createSlackConsole, type SlackConsole } from "../../adapters/slack/slack-console.ts";
import type { HandoffDesk } from "../../bot/handoff/handoff-desk.ts";
import type { HandoffRecord, HandoffRepository } from "../../bot/handoff/handoff-repository.ts";
import { HandoffService } from "../../bot/handoff/handoff-service.ts";
import type { AuditEvent } from "../../core/audit/audit-log.ts";
import { FrozenClock } from "../../core/ports/clock.ts";
import { RevocationRequestEvents } from "../../core/ra/revocation-request-events.ts";
import { botTexts } from "../bot/harness.ts";
import { RecordingOutbound } from "./recording-handoff-desk.ts";
import { slackTestEnvironment, testSigningSecret } from "./slack-console-stack.ts";
import { SlackAgentConsole, SlackFakeWebApi } from "./slack-web-api.ts";

/** The moment every taken hand-off of these tests was opened, and their clock. */
const openedAt = "2026-11-25T07:00:00Z";

/** A web customer's hand-off, taken by agent U1; `overrides` change any field. */
export function takenHandoff(overrides: Partial<HandoffRecord> = {}): HandoffRecord {
  return {
    ticket: "T-ABCD2345",
    conversationId: "conv-1",
    channel: "web",
    locale: "tr",
    status: "taken",
    agentId: "U1",
    summary: "konu=menü",
    openedAt: new Date(openedAt),
    ...overrides,
  } as HandoffRecord;
}

/** A repository that holds `record` alone (looked up by ticket or desk thread) and ignores writes. */
export function oneHandoffRepository(record: HandoffRecord): HandoffRepository {
  return {
    byTicket: async (ticket: string) => (ticket === record.ticket ? record : undefined),
    byDeskThread: async (thread: string) => (thread === record.deskThread ? record : undefined),
    agentWrote: async () => {},
  } as unknown as HandoffRepository;
}

/** What {@link handoffServiceOver} may be given besides the record. */
export interface HandoffServiceParts {
  outbound?: RecordingOutbound;
  desk?: HandoffDesk;
  logger?: unknown;
}

/** The real hand-off service over {@link oneHandoffRepository}, jobs never run, a frozen clock, no desk unless given. */
export async function handoffServiceOver(
  record: HandoffRecord,
  parts: HandoffServiceParts = {},
): Promise<{ handoffs: HandoffService; outbound: RecordingOutbound }> {
  const outbound = parts.outbound ?? new RecordingOutbound();
  const handoffs = new HandoffService({
    repository: oneHandoffRepository(record),
    jobs: { schedule: async () => {} } as never,
    outbound,
    ...(parts.desk ? { desk: parts.desk } : {}),
    texts: await botTexts(),
    clock: new FrozenClock(openedAt),
    ...(parts.logger ? { logger: parts.logger as never } : {}),
  });
  return { handoffs, outbound };
}

/** The Slack console over one taken hand-off, its summary posted, and an agent typing in its thread. */
export interface SlackHandoffConsole {
  fake: SlackFakeWebApi;
  slack: SlackConsole;
  agent: SlackAgentConsole;
  outbound: RecordingOutbound;
  audit: AuditEvent[];
  close(): Promise<void>;
}

/**
 * Starts the Slack console (the fake Web API, the HTTP door on loopback) over {@link handoffServiceOver}
 * for `record`, posts its summary to the support channel and sets the record's desk thread to it.
 */
export async function startSlackHandoffConsole(record: HandoffRecord): Promise<SlackHandoffConsole> {
  const fake = await new SlackFakeWebApi().start();
  const audit: AuditEvent[] = [];
  const { handoffs, outbound } = await handoffServiceOver(record);
  const slack = (await createSlackConsole({
    env: slackTestEnvironment(fake.apiUrl),
    logger: createLogger({ level: "silent" }),
    translator: await createTranslator(),
    // no RA is used here; the console follows its superseded revocation requests
    ra: { revocation: { events: new RevocationRequestEvents() } } as never,
    handoffs,
    audit: { append: async (e: AuditEvent) => void audit.push(e) },
  }))!;
  const server: Server = await listen(
    createHttpApp(slack.routers, createLogger({ level: "silent" })),
    0,
    "127.0.0.1",
  );
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const agent = new SlackAgentConsole({ baseUrl, signingSecret: testSigningSecret, webApi: fake });
  // the summary in the support channel: its thread is where the agent replies
  record.deskThread = (await slack.desk.opened(record)).deskThread;
  return {
    fake,
    slack,
    agent,
    outbound,
    audit,
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await slack.close();
      await fake.close();
    },
  };
}
