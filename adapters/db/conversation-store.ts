import type { Clock } from "../../core/ports/clock.ts";
import type { WebSession, WebSessionStore } from "../web/web-session-store.ts";
import type { Db } from "./database.ts";

/** A conversation row as the channels and the engine see it. */
export interface ConversationRecord {
  id: string;
  channel: "web" | "telegram" | "slack";
  externalId?: string;
  tokenHash?: string;
  locale: "tr" | "en";
  state: unknown;
}

/** Default number of conversations kept decoded in memory. */
export const DEFAULT_CONVERSATION_CACHE = 2_000;

/**
 * The `Conversation` table behind the engine's conversation state and the web sessions. Every save
 * is written through; the most recently used conversations stay decoded in a small LRU cache, so
 * a turn costs one write and no read, while 10 000 open conversations stay within the memory
 * target (the rest are read back on demand).
 */
export class PrismaConversationStore implements WebSessionStore {
  readonly #db: Db;
  readonly #clock: Clock;
  readonly #capacity: number;
  readonly #cache = new Map<string, ConversationRecord>();

  constructor(db: Db, clock: Clock, options: { cacheSize?: number } = {}) {
    this.#db = db;
    this.#clock = clock;
    this.#capacity = Math.max(1, options.cacheSize ?? DEFAULT_CONVERSATION_CACHE);
  }

  /** The conversation, or undefined. */
  async get(id: string): Promise<ConversationRecord | undefined> {
    const hit = this.#cache.get(id);
    if (hit) {
      this.#touch(hit);
      return hit;
    }
    const row = await this.#db.conversation.findUnique({ where: { id } });
    if (!row) return undefined;
    const record: ConversationRecord = {
      id: row.id,
      channel: row.channel as ConversationRecord["channel"],
      externalId: row.externalId ?? undefined,
      tokenHash: row.tokenHash ?? undefined,
      locale: row.locale === "en" ? "en" : "tr",
      state: row.state ? JSON.parse(row.state) : undefined,
    };
    this.#touch(record);
    return record;
  }

  /** Creates a conversation (fails when the id exists). */
  async create(record: ConversationRecord): Promise<void> {
    const now = this.#clock.now();
    await this.#db.conversation.create({
      data: {
        id: record.id,
        channel: record.channel,
        externalId: record.externalId ?? null,
        tokenHash: record.tokenHash ?? null,
        locale: record.locale,
        state: JSON.stringify(record.state ?? null),
        createdAt: now,
        updatedAt: now,
      },
    });
    this.#touch({ ...record });
  }

  /** The engine state of a conversation, or undefined when none was saved. */
  async load(id: string): Promise<unknown> {
    const record = await this.get(id);
    return record?.state ?? undefined;
  }

  /**
   * Saves the engine state of a conversation (creating the row when the engine starts a
   * conversation the store has not seen, e.g. a Telegram chat).
   */
  async save(
    id: string,
    state: unknown,
    meta: { channel?: ConversationRecord["channel"]; locale?: "tr" | "en" } = {},
  ): Promise<void> {
    const now = this.#clock.now();
    const json = JSON.stringify(state ?? null);
    const known = this.#cache.get(id);
    if (known) {
      await this.#db.conversation.update({ where: { id }, data: { state: json, updatedAt: now } });
      known.state = JSON.parse(json);
      this.#touch(known);
      return;
    }
    const channel = meta.channel ?? "web";
    const locale = meta.locale ?? "tr";
    const row = await this.#db.conversation.upsert({
      where: { id },
      update: { state: json, updatedAt: now },
      create: { id, channel, locale, state: json, createdAt: now, updatedAt: now },
    });
    this.#touch({
      id,
      channel: row.channel as ConversationRecord["channel"],
      externalId: row.externalId ?? undefined,
      tokenHash: row.tokenHash ?? undefined,
      locale: row.locale === "en" ? "en" : "tr",
      state: JSON.parse(json),
    });
  }

  async createSession(session: WebSession): Promise<void> {
    await this.create({
      id: session.id,
      channel: "web",
      tokenHash: session.tokenHash,
      locale: session.locale,
      state: null,
    });
  }

  async findSession(id: string): Promise<WebSession | undefined> {
    const record = await this.get(id);
    if (record?.channel !== "web" || !record.tokenHash) return undefined;
    return { id: record.id, tokenHash: record.tokenHash, locale: record.locale };
  }

  /** Number of conversations held decoded in memory. */
  get cachedCount(): number {
    return this.#cache.size;
  }

  #touch(record: ConversationRecord): void {
    this.#cache.delete(record.id);
    this.#cache.set(record.id, record);
    while (this.#cache.size > this.#capacity) {
      const oldest = this.#cache.keys().next().value;
      if (oldest === undefined) break;
      this.#cache.delete(oldest);
    }
  }
}
