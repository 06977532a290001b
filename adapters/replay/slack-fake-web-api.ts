import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";

/** One call the fake received: a Web API method or a post to a `response_url`. */
export interface SlackCall {
  /** `chat.postMessage`, `chat.update`, `views.open`, `auth.test`, … or `response_url`. */
  method: string;
  /** The arguments, with `blocks`, `metadata`, `view` … decoded from JSON. */
  args: Record<string, unknown>;
  /** For `response_url`: which command's URL was used. */
  responseId?: string;
  /** The `ts` the fake gave a posted message. */
  ts?: string;
}

/**
 * A local stand-in for Slack's Web API on loopback, for replays, tests and the bench: it answers
 * `auth.test`, records `chat.postMessage`, `chat.update`, `views.open` (and any other method) and
 * the posts to `response_url`s it hands out, and gives each posted message a `ts`.
 */
export class SlackFakeWebApi {
  readonly calls: SlackCall[] = [];
  #server?: Server;
  #ts = 1_700_000_000_000_100;
  #responses = 0;
  #waiters: (() => void)[] = [];

  /** Starts on an ephemeral loopback port. */
  async start(): Promise<this> {
    this.#server = createServer((req, res) => {
      void this.#handle(req).then(
        (body) => {
          res.writeHead(200, { "content-type": "application/json" });
          res.end(JSON.stringify(body));
        },
        () => {
          res.writeHead(400, { "content-type": "application/json" });
          res.end(JSON.stringify({ ok: false, error: "invalid_request" }));
        },
      );
    });
    await new Promise<void>((resolve) => this.#server!.listen(0, "127.0.0.1", resolve));
    return this;
  }

  /** Base URL of the fake, e.g. `http://127.0.0.1:1234`. */
  get origin(): string {
    const { port } = this.#server!.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  /** The Web API URL for `SLACK_API_URL` (ends with `/api/`). */
  get apiUrl(): string {
    return `${this.origin}/api/`;
  }

  /** A fresh `response_url` for one slash command or action. */
  newResponseUrl(): { id: string; url: string } {
    const id = String(++this.#responses);
    return { id, url: `${this.origin}/respond/${id}` };
  }

  /** Calls of one method (or of every method but `auth.test`) since an index of {@link calls}. */
  since(index: number, method?: string): SlackCall[] {
    return this.calls.slice(index).filter((c) => (method ? c.method === method : c.method !== "auth.test"));
  }

  /** Resolves once `predicate` holds over the calls, or after `timeoutMs` (then false). */
  async waitFor(predicate: (calls: SlackCall[]) => boolean, timeoutMs: number): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (!predicate(this.calls)) {
      const left = deadline - Date.now();
      if (left <= 0) return false;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 50));
        this.#waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    return true;
  }

  async close(): Promise<void> {
    const server = this.#server;
    if (!server) return;
    this.#server = undefined;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  async #handle(req: IncomingMessage): Promise<Record<string, unknown>> {
    const raw = await readBody(req);
    const args = decodeArgs(raw, String(req.headers["content-type"] ?? ""));
    const url = new URL(req.url ?? "/", "http://fake");
    const respond = /^\/respond\/(\w+)$/.exec(url.pathname);
    if (respond) {
      this.#record({ method: "response_url", args, responseId: respond[1] });
      return { ok: true };
    }
    const method = url.pathname.replace(/^\/api\//, "");
    if (method === "auth.test") {
      this.#record({ method, args });
      return {
        ok: true,
        url: "https://fake.slack/",
        team: "Mali Mühür",
        user: "mm",
        team_id: "T1",
        user_id: "UBOT",
        bot_id: "BBOT",
      };
    }
    if (method === "chat.postMessage") {
      const ts = this.#nextTs();
      this.#record({ method, args, ts });
      return { ok: true, channel: args.channel, ts, message: { ...args, ts } };
    }
    if (method === "chat.update") {
      this.#record({ method, args, ts: String(args.ts ?? "") });
      return { ok: true, channel: args.channel, ts: args.ts };
    }
    if (method === "views.open") {
      this.#record({ method, args });
      return { ok: true, view: { id: `V${this.calls.length}`, ...(args.view as object) } };
    }
    this.#record({ method, args });
    return { ok: true };
  }

  #record(call: SlackCall) {
    this.calls.push(call);
    for (const wake of this.#waiters.splice(0)) wake();
  }

  #nextTs(): string {
    const n = ++this.#ts;
    return `${String(n).slice(0, 10)}.${String(n).slice(10)}`;
  }
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function decodeArgs(raw: string, contentType: string): Record<string, unknown> {
  if (!raw) return {};
  if (contentType.includes("json")) return JSON.parse(raw) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(raw)) {
    out[key] = /^[[{]/.test(value) ? tryJson(value) : value;
  }
  return out;
}

function tryJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return value;
  }
}

/** Every text a Slack message carries: its `text` and the texts in its blocks (buttons included). */
export function slackMessageText(args: Record<string, unknown>): string {
  const parts: string[] = [];
  // Slack shows the blocks when there are any; `text` is then only the notification fallback.
  if (typeof args.text === "string" && !Array.isArray(args.blocks)) parts.push(args.text);
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) for (const n of node) walk(n);
    else if (node && typeof node === "object") {
      for (const [key, value] of Object.entries(node)) {
        if (key === "text" && typeof value === "string") parts.push(value);
        else walk(value);
      }
    }
  };
  walk(args.blocks);
  return parts.join("\n");
}
