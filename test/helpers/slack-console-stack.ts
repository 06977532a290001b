import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach } from "vitest";
import { readEnvironment } from "../../adapters/config/environment.ts";
import { createHttpApp, listen } from "../../adapters/http/server.ts";
import { createTranslator } from "../../adapters/i18n/translator.ts";
import { createLogger } from "../../adapters/logging/logger.ts";
import { createSlackConsole, type SlackConsole } from "../../adapters/slack/slack-console.ts";
import type { AgentHandoffs } from "../../bot/handoff/agent-handoffs.ts";
import type { HandoffView } from "../../bot/handoff/handoff-desk.ts";
import type { AuditEvent } from "../../core/audit/audit-log.ts";
import { DomainError } from "../../core/errors/domain-error.ts";
import { RegistrationAuthorityService } from "../../core/ra/registration-authority-service.ts";
import type { TestDialect } from "./databases.ts";
import {
  cardApplication,
  createRaHarness,
  hsmApplication,
  proveContacts,
  type RaHarness,
  testPrices,
} from "./ra-harness.ts";
import { SlackAgentConsole, SlackFakeWebApi } from "./slack-web-api.ts";

/** The signing secret of the Slack test stacks. */
export const testSigningSecret = "slack-test-signing-secret";
/** The support channel of the Slack test stacks. */
export const testSupportChannel = "C0SUPPORT";

/**
 * The environment of a Slack test console: the test signing secret and bot token, the fake Web API at
 * `apiUrl`, the test support channel and the agents `agents` (`SLACK_AGENTS` syntax).
 */
export function slackTestEnvironment(apiUrl: string, agents = "U1:agent,U2:agent,S1:supervisor") {
  return readEnvironment({
    SLACK_SIGNING_SECRET: testSigningSecret,
    SLACK_BOT_TOKEN: "xoxb-test-token",
    SLACK_API_URL: apiUrl,
    SLACK_SUPPORT_CHANNEL: testSupportChannel,
    SLACK_AGENTS: agents,
  });
}

/** Hand-offs in memory for console tests: records what agents did. */
export class FakeAgentHandoffs implements AgentHandoffs {
  readonly handoffs = new Map<string, HandoffView>();
  readonly replies: { ticket: string; agentId: string; text: string }[] = [];

  async find(query: { ticket?: string; deskThread?: string }) {
    return [...this.handoffs.values()].find(
      (h) =>
        (query.ticket && h.ticket === query.ticket) ||
        (query.deskThread && h.deskThread === query.deskThread),
    );
  }
  async take(ticket: string, agentId: string) {
    const h = this.#open(ticket);
    if (h.status === "taken" && h.agentId !== agentId)
      throw new DomainError("handoff_taken_by_other", "taken by another agent", undefined, {
        ticket,
        agent: h.agentId ?? "?",
      });
    Object.assign(h, { status: "taken", agentId });
    return h;
  }
  async reply(ticket: string, agentId: string, text: string) {
    this.#open(ticket);
    this.replies.push({ ticket, agentId, text });
  }
  async finish(ticket: string, agentId: string) {
    const h = this.#open(ticket);
    if (h.status === "open") throw new DomainError("handoff_not_taken", "not taken", undefined, { ticket });
    Object.assign(h, { status: "closed", agentId });
    return h;
  }
  #open(ticket: string): HandoffView {
    const h = this.handoffs.get(ticket);
    if (!h) throw new DomainError("handoff_not_found", "no such hand-off");
    if (h.status === "closed") throw new DomainError("handoff_closed", "closed");
    return h;
  }
}

/** An RA over real storage, the Slack console on a real HTTP server, the fake Web API, a signed client. */
export interface SlackConsoleStack {
  harness: RaHarness;
  fake: SlackFakeWebApi;
  console: SlackConsole;
  agent: SlackAgentConsole;
  handoffs: FakeAgentHandoffs;
  audit: AuditEvent[];
  baseUrl: string;
  dispose(): Promise<void>;
}

/** Starts a {@link SlackConsoleStack}; `SLACK_AGENTS` is U1, U2 (agent) and S1 (supervisor). */
export async function startSlackConsoleStack(dialect: TestDialect): Promise<SlackConsoleStack> {
  const harness = await createRaHarness(dialect);
  const fake = await new SlackFakeWebApi().start();
  const audit: AuditEvent[] = [];
  const handoffs = new FakeAgentHandoffs();
  const logger = createLogger({ level: "silent" });
  const env = slackTestEnvironment(fake.apiUrl);
  const auditPort = { append: async (e: AuditEvent) => audit.push(e) };
  const ra = new RegistrationAuthorityService({ ...harness.deps, audit: auditPort });
  const console = (await createSlackConsole({
    env,
    logger,
    translator: await createTranslator(),
    ra,
    handoffs,
    audit: auditPort,
  }))!;
  const server: Server = await listen(createHttpApp(console.routers, logger), 0, "127.0.0.1");
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const agent = new SlackAgentConsole({ baseUrl, signingSecret: testSigningSecret, webApi: fake });
  return {
    harness: { ...harness, ra },
    fake,
    console,
    agent,
    handoffs,
    audit,
    baseUrl,
    dispose: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await console.close();
      await fake.close();
      await harness.dispose();
    },
  };
}

/**
 * Applies through the stack's RA for the card of VKN 3230512384 (`cardApplication`), proves its
 * contacts and pays the card's price by virtual POS under `providerRef`: the card is issued. Returns
 * the order number.
 */
export async function paidCardOrder(s: SlackConsoleStack, providerRef: string): Promise<string> {
  const { orderNo } = await s.harness.ra.submitApplication(cardApplication());
  await proveContacts(s.harness.deps);
  await s.harness.ra.payments.record({
    orderNo,
    channel: "sanalpos",
    providerRef,
    amountKurus: testPrices.card,
  });
  return orderNo;
}

/**
 * Applies through the stack's RA for the HSM group order of VKN 6180884538 (`hsmApplication`) and pays
 * its amount by virtual POS under `providerRef`; returns the order number. Its HSM steps are then due.
 */
export async function paidHsmOrder(s: SlackConsoleStack, providerRef: string): Promise<string> {
  const { orderNo } = await s.harness.ra.submitApplication(hsmApplication({ idNumber: "6180884538" }));
  const due = (await s.harness.ra.orderStatus(orderNo))!.amountKurus;
  await s.harness.ra.payments.record({ orderNo, channel: "sanalpos", providerRef, amountKurus: due });
  return orderNo;
}

/** A button press: who, which button (`actionId`, `value`), and optionally its trigger and message. */
export interface ButtonPress {
  user: string;
  actionId: string;
  value: string;
  trigger?: string;
  /** The message the button sits in (`container` of the payload); left out when not given. */
  container?: Record<string, unknown>;
}

/**
 * Posts the signed `block_actions` interaction of a button press to the stack's console, as Slack
 * would, with a fresh response URL of the fake Web API. Returns the HTTP response and the length of the
 * fake's call log before the press: `s.fake.since(before)` is what the press caused.
 */
export async function pressButton(
  s: SlackConsoleStack,
  press: ButtonPress,
): Promise<{ res: Response; before: number }> {
  const before = s.fake.calls.length;
  const payload = {
    type: "block_actions",
    user: { id: press.user },
    team: { id: "T1" },
    api_app_id: "A1",
    trigger_id: press.trigger ?? `press-${press.user}-${Math.random()}`,
    response_url: s.fake.newResponseUrl().url,
    ...(press.container ? { container: press.container } : {}),
    actions: [{ type: "button", action_id: press.actionId, value: press.value, action_ts: "1" }],
  };
  const res = await s.agent.post(
    new URLSearchParams({ payload: JSON.stringify(payload) }).toString(),
    "application/x-www-form-urlencoded",
  );
  return { res, before };
}

/**
 * A fresh {@link SlackConsoleStack} on the dialect for every test of the calling `describe` block: a
 * `beforeEach` starts it (and, with `provenContacts`, marks the e-mail and phone of VKN 3230512384
 * proven, as `proveContacts` does), an `afterEach` disposes it. The returned object takes the new
 * stack's fields before each test, so `s.harness`, `s.agent`, … read inside a test are that test's own.
 */
export function slackConsoleStackForEachTest(
  dialect: TestDialect,
  options: { provenContacts?: boolean } = {},
): SlackConsoleStack {
  const s = {} as SlackConsoleStack;
  beforeEach(async () => {
    Object.assign(s, await startSlackConsoleStack(dialect));
    if (options.provenContacts) await proveContacts(s.harness.deps);
  });
  afterEach(async () => s.dispose?.());
  return s;
}
