import type { Response } from "express";
import type { BotMessage, OutboundChannelPort } from "../../bot/channel-port.ts";
import { clientKey } from "../http/client-address.ts";
import { sendError } from "../http/errors.ts";

/** How many undelivered messages a session keeps while no browser listens. */
const MAX_PENDING = 50;
/**
 * How many sessions may hold undelivered messages; beyond that the longest-waiting session's are
 * dropped, so abandoned sessions cannot grow the service's memory without bound.
 */
export const MAX_PENDING_SESSIONS = 10_000;
/** How many event streams one session may hold open (tabs); the oldest is closed beyond that. */
export const MAX_STREAMS_PER_SESSION = 4;
/** How many event streams one client (IPv4 address, IPv6 /64) may hold open by default. */
export const MAX_STREAMS_PER_CLIENT = 32;
/** How many event streams the hub holds open in all by default. */
export const MAX_STREAMS_TOTAL = 5_000;

/** One open stream: its response, its client and its heartbeat. */
interface Stream {
  res: Response;
  client: string;
  heartbeat: NodeJS.Timeout;
}

/**
 * The web's {@link OutboundChannelPort}: pushes later messages (agent replies, notifications) to
 * the browsers listening on `GET /api/chat/sessions/:id/events`. Messages pushed while nobody
 * listens wait (a few, per session) and are sent when a listener connects.
 *
 * Open streams are capped per session (the oldest is closed), per client (a new one gets 429
 * `too_many_streams`) and overall (503 `streams_full`). A stream leaves the hub, and its heartbeat
 * stops, the moment it is closed or evicted, and nothing is ever written to a stream after its end
 * (a write after end is an 'error' event that would bring the process down).
 */
export class SseHub implements OutboundChannelPort {
  readonly #listeners = new Map<string, Set<Stream>>();
  readonly #perClient = new Map<string, number>();
  readonly #pending = new Map<string, BotMessage[]>();
  readonly #limits: { streamsPerClient: number; streamsTotal: number };
  #total = 0;

  constructor(limits: { streamsPerClient?: number; streamsTotal?: number } = {}) {
    this.#limits = {
      streamsPerClient: limits.streamsPerClient ?? MAX_STREAMS_PER_CLIENT,
      streamsTotal: limits.streamsTotal ?? MAX_STREAMS_TOTAL,
    };
  }

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
    for (const stream of listeners) writeEvent(stream.res, messages);
  }

  /**
   * Attaches a response as an event stream of the session; detaches when it closes. Over the
   * client's or the overall cap it answers a coded error instead and attaches nothing.
   */
  attach(conversationId: string, res: Response, heartbeatMs = 25_000): void {
    const req = (res as { req?: { ip?: string; socket?: { remoteAddress?: string } } }).req;
    const client = clientKey(req?.ip ?? req?.socket?.remoteAddress);
    if ((this.#perClient.get(client) ?? 0) >= this.#limits.streamsPerClient) {
      sendError(res, 429, "too_many_streams", "too many open event streams from this client");
      return;
    }
    let set = this.#listeners.get(conversationId);
    // a session's own oldest tab makes room before the overall cap is looked at
    if (set && set.size >= MAX_STREAMS_PER_SESSION) {
      const oldest = set.values().next().value;
      if (oldest) this.#detach(conversationId, oldest, true);
    }
    if (this.#total >= this.#limits.streamsTotal) {
      sendError(res, 503, "streams_full", "the service holds too many event streams; try again later");
      return;
    }
    res.status(200);
    res.setHeader("Content-Type", "text/event-stream; charset=utf-8");
    res.setHeader("Cache-Control", "no-cache, no-transform");
    res.setHeader("Connection", "keep-alive");
    res.setHeader("X-Accel-Buffering", "no");
    res.flushHeaders();
    write(res, ": connected\n\n");
    set = this.#listeners.get(conversationId);
    if (!set) {
      set = new Set();
      this.#listeners.set(conversationId, set);
    }
    const heartbeat = setInterval(() => write(res, ": ping\n\n"), heartbeatMs);
    heartbeat.unref();
    const stream: Stream = { res, client, heartbeat };
    set.add(stream);
    this.#total += 1;
    this.#perClient.set(client, (this.#perClient.get(client) ?? 0) + 1);
    const pending = this.#pending.get(conversationId);
    if (pending) {
      this.#pending.delete(conversationId);
      writeEvent(res, pending);
    }
    res.on("close", () => this.#detach(conversationId, stream, false));
    res.on("error", () => this.#detach(conversationId, stream, false));
    // The server answers half-closed requests (server.ts), so a client's FIN no longer ends the
    // response by itself: on a stream it means the browser is gone, and the stream goes with it.
    const socket = (res as { socket?: NodeJS.EventEmitter | null }).socket;
    socket?.once("end", () => {
      this.#detach(conversationId, stream, true);
      res.destroy();
    });
  }

  /** Removes a stream and stops its heartbeat (once); `end`: also ends the response. */
  #detach(conversationId: string, stream: Stream, end: boolean): void {
    const set = this.#listeners.get(conversationId);
    if (set?.delete(stream)) {
      clearInterval(stream.heartbeat);
      this.#total -= 1;
      const left = (this.#perClient.get(stream.client) ?? 1) - 1;
      if (left > 0) this.#perClient.set(stream.client, left);
      else this.#perClient.delete(stream.client);
      if (set.size === 0) this.#listeners.delete(conversationId);
    }
    if (end && !stream.res.writableEnded) stream.res.end();
  }

  /** Ends every open stream (service shutdown). */
  closeAll(): void {
    for (const [conversationId, set] of [...this.#listeners])
      for (const stream of [...set]) this.#detach(conversationId, stream, true);
  }

  /** Number of sessions holding undelivered messages, for tests and metrics. */
  get pendingSessionCount(): number {
    return this.#pending.size;
  }

  /** Number of open streams, for tests and metrics. */
  get listenerCount(): number {
    return this.#total;
  }

  /** Number of running heartbeat timers (one per open stream), for tests. */
  get heartbeatCount(): number {
    let n = 0;
    for (const set of this.#listeners.values()) n += set.size;
    return n;
  }
}

/** Writes unless the response has ended or its connection is gone. */
function write(res: Response, chunk: string): void {
  if (res.writableEnded || res.destroyed) return;
  res.write(chunk);
}

function writeEvent(res: Response, messages: BotMessage[]): void {
  write(res, `event: messages\ndata: ${JSON.stringify({ messages })}\n\n`);
}
