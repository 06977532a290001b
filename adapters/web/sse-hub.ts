import type { Response } from "express";
import type { BotMessage, OutboundChannelPort } from "../../bot/channel-port.ts";

/** How many undelivered messages a session keeps while no browser listens. */
const MAX_PENDING = 50;
/**
 * How many sessions may hold undelivered messages; beyond that the longest-waiting session's are
 * dropped, so abandoned sessions cannot grow the service's memory without bound.
 */
export const MAX_PENDING_SESSIONS = 10_000;
/** How many event streams one session may hold open (tabs); the oldest is closed beyond that. */
export const MAX_STREAMS_PER_SESSION = 4;

/**
 * The web's {@link OutboundChannelPort}: pushes later messages (agent replies, notifications) to
 * the browsers listening on `GET /api/chat/sessions/:id/events`. Messages pushed while nobody
 * listens wait (a few, per session) and are sent when a listener connects.
 */
export class SseHub implements OutboundChannelPort {
  readonly #listeners = new Map<string, Set<Response>>();
  readonly #pending = new Map<string, BotMessage[]>();

  async push(conversationId: string, messages: BotMessage[]): Promise<void> {
    if (messages.length === 0) return;
    const listeners = this.#listeners.get(conversationId);
    if (!listeners || listeners.size === 0) {
      const queue = [...(this.#pending.get(conversationId) ?? []), ...messages];
      this.#pending.delete(conversationId);
      this.#pending.set(conversationId, queue.slice(-MAX_PENDING));
      if (this.#pending.size > MAX_PENDING_SESSIONS) {
        const oldest = this.#pending.keys().next().value;
        if (oldest !== undefined) this.#pending.delete(oldest);
      }
      return;
    }
    for (const res of listeners) writeEvent(res, messages);
  }

  /** Attaches a response as an event stream of the session; detaches when it closes. */
  attach(conversationId: string, res: Response, heartbeatMs = 25_000): void {
    res.status(200);
    res.setHeader("Content-Type", "text/event-stream; charset=utf-8");
    res.setHeader("Cache-Control", "no-cache, no-transform");
    res.setHeader("Connection", "keep-alive");
    res.setHeader("X-Accel-Buffering", "no");
    res.flushHeaders();
    res.write(": connected\n\n");
    let set = this.#listeners.get(conversationId);
    if (!set) {
      set = new Set();
      this.#listeners.set(conversationId, set);
    }
    if (set.size >= MAX_STREAMS_PER_SESSION) {
      const oldest = set.values().next().value;
      if (oldest) {
        set.delete(oldest);
        oldest.end();
      }
    }
    set.add(res);
    const pending = this.#pending.get(conversationId);
    if (pending) {
      this.#pending.delete(conversationId);
      writeEvent(res, pending);
    }
    const heartbeat = setInterval(() => res.write(": ping\n\n"), heartbeatMs);
    heartbeat.unref();
    res.on("close", () => {
      clearInterval(heartbeat);
      const current = this.#listeners.get(conversationId);
      current?.delete(res);
      if (current && current.size === 0) this.#listeners.delete(conversationId);
    });
  }

  /** Ends every open stream (service shutdown). */
  closeAll(): void {
    for (const set of this.#listeners.values()) for (const res of set) res.end();
    this.#listeners.clear();
  }

  /** Number of sessions holding undelivered messages, for tests and metrics. */
  get pendingSessionCount(): number {
    return this.#pending.size;
  }

  /** Number of open streams, for tests and metrics. */
  get listenerCount(): number {
    let n = 0;
    for (const set of this.#listeners.values()) n += set.size;
    return n;
  }
}

function writeEvent(res: Response, messages: BotMessage[]): void {
  res.write(`event: messages\ndata: ${JSON.stringify({ messages })}\n\n`);
}
