import type { BotMessage } from "../../bot/channel-port.ts";
import type { ChannelDriver, ChannelSession } from "./channel-driver.ts";
import type { ReplaySystem } from "./replay-system.ts";

/**
 * Plays replays on the web chat through its real HTTP API and event stream, as the chat page does:
 * a session the service no longer knows (404 `session_not_found`: the KVKK retention sweep deleted
 * its idle conversation) is replaced by a new one, whose greeting the customer receives, and a
 * typed message is sent again in it (a press of an old button is not: it belonged to the old one).
 */
export const webDriver: ChannelDriver = {
  channel: "web",
  async open(system: ReplaySystem, locale: "tr" | "en"): Promise<ChannelSession> {
    let current = await openSession(system.baseUrl, locale);
    const send = async (body: { text: string } | { button: string }): Promise<BotMessage[]> => {
      try {
        return ((await call(current.path, body, current.token)) as { messages: BotMessage[] }).messages;
      } catch (error) {
        if (!(error instanceof SessionNotFound)) throw error;
        const pushed = await current.events.take(0);
        current.events.close();
        current = await openSession(system.baseUrl, locale);
        if (!("text" in body)) return [...pushed, ...current.greeting];
        const answer = (await call(current.path, body, current.token)) as { messages: BotMessage[] };
        return [...pushed, ...current.greeting, ...answer.messages];
      }
    };
    const first = current;
    return {
      get conversationId() {
        return current.sessionId;
      },
      greeting: first.greeting,
      sendText: (text) => send({ text }),
      pressButton: (id) => send({ button: id }),
      takePushed: (waitMs) => current.events.take(waitMs ?? 0),
      close: async () => current.events.close(),
    };
  },
};

/** An open web chat session of the driver. */
interface WebSession {
  sessionId: string;
  token: string;
  greeting: BotMessage[];
  path: string;
  events: WebEventStream;
}

async function openSession(baseUrl: string, locale: "tr" | "en"): Promise<WebSession> {
  const created = await call(`${baseUrl}/api/chat/sessions`, { locale });
  const { sessionId, token, messages } = created as {
    sessionId: string;
    token: string;
    messages: BotMessage[];
  };
  const events = new WebEventStream(`${baseUrl}/api/chat/sessions/${sessionId}/events`, token);
  await events.connected;
  const path = `${baseUrl}/api/chat/sessions/${sessionId}/messages`;
  return { sessionId, token, greeting: messages, path, events };
}

/** The service answered 404 `session_not_found` for a session the driver had opened. */
class SessionNotFound extends Error {}

async function call(url: string, body: object, token?: string): Promise<unknown> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (token) headers.authorization = `Bearer ${token}`;
  const res = await fetch(url, { method: "POST", headers, body: JSON.stringify(body) });
  const text = await res.text();
  if (res.status === 404 && url.endsWith("/api/chat/sessions")) {
    throw new Error(
      "the web chat API is not mounted by the composition root (POST /api/chat/sessions answered 404)",
    );
  }
  if (res.status === 404 && errorCodeOf(text) === "session_not_found")
    throw new SessionNotFound(`web API answered 404: ${text.slice(0, 200)}`);
  if (!res.ok) throw new Error(`web API answered ${res.status}: ${text.slice(0, 200)}`);
  return JSON.parse(text);
}

function errorCodeOf(text: string): string | undefined {
  try {
    return (JSON.parse(text) as { error?: { code?: string } }).error?.code;
  } catch {
    return undefined;
  }
}

/** Reads the session's Server-Sent Events in the background and queues the pushed messages. */
class WebEventStream {
  readonly connected: Promise<void>;
  readonly #abort = new AbortController();
  #queue: BotMessage[] = [];
  #wake: (() => void) | undefined;

  constructor(url: string, token: string) {
    this.connected = fetch(url, {
      headers: { authorization: `Bearer ${token}`, accept: "text/event-stream" },
      signal: this.#abort.signal,
    }).then((res) => {
      if (res.status !== 200 || !res.body) throw new Error(`event stream answered ${res.status}`);
      void this.#read(res.body).catch(() => {});
    });
  }

  async #read(body: ReadableStream<Uint8Array>): Promise<void> {
    const decoder = new TextDecoder();
    let buffer = "";
    for await (const chunk of body) {
      buffer += decoder.decode(chunk, { stream: true });
      let end = buffer.indexOf("\n\n");
      while (end >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = block
          .split("\n")
          .filter((l) => l.startsWith("data: "))
          .map((l) => l.slice(6))
          .join("\n");
        if (/^event: messages$/m.test(block) && data) {
          this.#queue.push(...(JSON.parse(data) as { messages: BotMessage[] }).messages);
          this.#wake?.();
        }
        end = buffer.indexOf("\n\n");
      }
    }
  }

  async take(waitMs: number): Promise<BotMessage[]> {
    if (this.#queue.length === 0 && waitMs > 0) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, waitMs);
        this.#wake = () => {
          clearTimeout(timer);
          // let the rest of a burst arrive
          setTimeout(resolve, 10);
        };
      });
      this.#wake = undefined;
    }
    const out = this.#queue;
    this.#queue = [];
    return out;
  }

  close(): void {
    this.#abort.abort();
  }
}
