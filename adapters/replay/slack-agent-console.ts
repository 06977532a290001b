import { createHmac, randomUUID } from "node:crypto";
import type { AgentConsole } from "./agent-console.ts";
import { type SlackCall, type SlackFakeWebApi, slackMessageText } from "./slack-fake-web-api.ts";

/** Headers Slack sends with a request: a v0 signature over `v0:<timestamp>:<body>`. */
export function slackSignatureHeaders(
  secret: string,
  body: string,
  timestamp = Math.floor(Date.now() / 1000),
): Record<string, string> {
  const signature = `v0=${createHmac("sha256", secret).update(`v0:${timestamp}:${body}`).digest("hex")}`;
  return { "x-slack-request-timestamp": String(timestamp), "x-slack-signature": signature };
}

/** Where the console sends and what it reads. */
export interface SlackAgentConsoleOptions {
  /** Base URL of the running service (its `POST /slack/events`). */
  baseUrl: string;
  signingSecret: string;
  /** The fake Web API the service's Slack client talks to (`SLACK_API_URL`). */
  webApi: SlackFakeWebApi;
  /** How long to wait for a command's `response_url` answer. */
  answerTimeoutMs?: number;
}

/** The answer of a slash command: HTTP status, the acknowledgement's body and everything Slack received. */
export interface SlackCommandOutcome {
  status: number;
  ackBody: string;
  /** Every Web API call and `response_url` post during the command (`auth.test` left out). */
  calls: SlackCall[];
}

const SETTLE_MS = 60;

/**
 * The call-centre agent of replays, played through Slack's real door: `agent:` turns are signed
 * slash-command requests to `POST /slack/events` as the Slack user `as` (default U1); `agent_reply:`
 * is a signed Events API `message` in the hand-off thread, found by the summary's metadata in what
 * the fake Web API recorded. What the agent sees is read back from the fake.
 */
export class SlackAgentConsole implements AgentConsole {
  #mark = 0;

  constructor(private readonly options: SlackAgentConsoleOptions) {}

  /** Runs `/mm …` as a Slack user; returns every text the Slack side received for it. */
  async runCommand(text: string, as = "U1"): Promise<string> {
    const outcome = await this.command(text, as);
    return [outcome.ackBody, ...outcome.calls.map((c) => slackMessageText(c.args))]
      .filter(Boolean)
      .join("\n");
  }

  /** Sends one signed slash command and collects its effects on the Slack side. */
  async command(text: string, as = "U1", headers: Record<string, string> = {}): Promise<SlackCommandOutcome> {
    const line = text.trim().replace(/^\/mm\b\s*/, "");
    const fake = this.options.webApi;
    const start = fake.calls.length;
    const respond = fake.newResponseUrl();
    const body = new URLSearchParams({
      token: "replay",
      team_id: "T1",
      channel_id: "C0AGENTS",
      user_id: as,
      user_name: as.toLowerCase(),
      command: "/mm",
      text: line,
      response_url: respond.url,
      trigger_id: randomUUID(),
      api_app_id: "A1",
    }).toString();
    const response = await this.post(body, "application/x-www-form-urlencoded", headers);
    const ackBody = response.status === 200 ? await response.text() : "";
    if (response.status === 200)
      await fake.waitFor(
        (calls) => calls.slice(start).some((c) => c.method === "response_url" && c.responseId === respond.id),
        this.options.answerTimeoutMs ?? 5_000,
      );
    await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
    this.#mark = fake.calls.length;
    return { status: response.status, ackBody: ackText(ackBody), calls: fake.since(start) };
  }

  /** The agent writes in the thread of the conversation's latest hand-off (U1 unless told otherwise). */
  async reply(conversationId: string, text: string, as = "U1"): Promise<void> {
    const summary = this.#latestSummary(conversationId);
    if (!summary?.ts)
      throw new Error(`no hand-off thread was posted to Slack for conversation ${conversationId}`);
    const channel = String(summary.args.channel);
    const ts = `${Math.floor(Date.now() / 1000)}.${String(Date.now() % 1_000_000).padStart(6, "0")}`;
    const body = JSON.stringify({
      token: "replay",
      team_id: "T1",
      api_app_id: "A1",
      type: "event_callback",
      event_id: `Ev${randomUUID().replace(/-/g, "").slice(0, 16)}`,
      event_time: Math.floor(Date.now() / 1000),
      event: { type: "message", channel, user: as, text, ts, thread_ts: summary.ts, channel_type: "channel" },
    });
    const response = await this.post(body, "application/json");
    if (response.status !== 200) throw new Error(`Slack event refused with ${response.status}`);
    await response.text();
  }

  /** The ticket of the conversation's latest hand-off summary (its `mm_handoff` metadata). */
  latestTicket(conversationId: string): string | undefined {
    const ticket = handoffPayload(this.#latestSummary(conversationId))?.ticket;
    return typeof ticket === "string" ? ticket : undefined;
  }

  /** The newest hand-off summary posted for a conversation (found by its `mm_handoff` metadata). */
  #latestSummary(conversationId: string): SlackCall | undefined {
    return this.options.webApi.calls.findLast(
      (c) => c.method === "chat.postMessage" && handoffPayload(c)?.conversation_id === conversationId,
    );
  }

  /** Everything Slack received since the last command or {@link takeSlack}, as text (for `slack:` on any turn). */
  takeSlack(): string {
    const calls = this.options.webApi.since(this.#mark);
    this.#mark = this.options.webApi.calls.length;
    return calls.map((c) => slackMessageText(c.args)).join("\n");
  }

  /** Posts a body to the service's Slack endpoint, signed now unless the headers say otherwise. */
  post(body: string, contentType: string, headers: Record<string, string> = {}): Promise<Response> {
    return fetch(`${this.options.baseUrl}/slack/events`, {
      method: "POST",
      headers: {
        "content-type": contentType,
        ...slackSignatureHeaders(this.options.signingSecret, body),
        ...headers,
      },
      body,
    });
  }
}

function handoffPayload(call: SlackCall | undefined): Record<string, unknown> | undefined {
  const metadata = call?.args.metadata as { event_payload?: Record<string, unknown> } | undefined;
  return metadata?.event_payload;
}

function ackText(body: string): string {
  if (!body) return "";
  try {
    const parsed = JSON.parse(body) as Record<string, unknown>;
    return slackMessageText(parsed);
  } catch {
    return body;
  }
}
