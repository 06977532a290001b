import type { Clock } from "../../core/ports/clock.ts";
import type { Db } from "./database.ts";
import { type GroupCommitClient, WriteBatcher } from "./write-batcher.ts";

/** A conversation row as the channels and the engine see it. */
export interface ConversationRecord {
  id: string;
  channel: "web" | "telegram" | "slack";
  externalId?: string;
  tokenHash?: string;
  locale: "tr" | "en";
  state: unknown;
}

/** A web chat session's row fields (the web channel's `WebSessionStore` is satisfied by this store). */
export interface StoredWebSession {
  id: string;
  /** SHA-256 (hex) of the session token. */
  tokenHash: string;
  locale: "tr" | "en";
}

/** Default number of conversations kept decoded in memory. */
export const DEFAULT_CONVERSATION_CACHE = 2_000;

/** What a queued write may use: the client, or the transaction it joins. */
type Writer = Pick<Db, "conversation">;

/** A cached conversation: the row's fields, its state kept as the JSON text that was stored. */
interface CachedConversation {
  id: string;
  channel: ConversationRecord["channel"];
  externalId?: string;
  tokenHash?: string;
  locale: "tr" | "en";
  json: string;
  /** The row's `updatedAt` as this instance last read or wrote it. */
  updatedAt: Date;
}

/**
 * The `Conversation` table behind the engine's conversation state and the web sessions. Every save
 * is written through before it resolves; writes arriving in the same event-loop turn share one
 * transaction (group commit: one fsync for many turns). The most recently used conversations stay
 * in a small LRU cache as their stored JSON, so a turn costs one (shared) write and one key read, each
 * load hands out a fresh copy, and 10 000 open conversations stay within the memory target (the
 * rest are read back on demand). A cached conversation is checked against its row before use (one
 * primary-key read), so several instances on one database continue each other's conversations, and
 * a conversation the KVKK retention sweep deleted (on any instance) is gone here too: `get`, `load`
 * and `findSession` answer undefined, never the cached copy.
 */
export class PrismaConversationStore {
  readonly #db: Db;
  readonly #clock: Clock;
  readonly #capacity: number;
  readonly #cache = new Map<string, CachedConversation>();
  readonly #writes: WriteBatcher<Writer>;

  constructor(db: Db, clock: Clock, options: { cacheSize?: number } = {}) {
    this.#db = db;
    this.#clock = clock;
    this.#capacity = Math.max(1, options.cacheSize ?? DEFAULT_CONVERSATION_CACHE);
    this.#writes = new WriteBatcher(db as Db & GroupCommitClient<Writer>);
  }

  /** The conversation, or undefined. */
  async get(id: string): Promise<ConversationRecord | undefined> {
    const cached = await this.#cached(id);
    return cached && recordOf(cached);
  }

  async #cached(id: string): Promise<CachedConversation | undefined> {
    const hit = this.#cache.get(id);
    const row = await this.#db.conversation.findUnique({ where: { id } });
    if (!row) {
      // Gone from storage (the KVKK retention sweep deletes idle conversations, on any instance):
      // the cached copy must neither be handed out nor written back.
      if (hit) this.#cache.delete(id);
      return undefined;
    }
    if (hit && row.updatedAt.getTime() === hit.updatedAt.getTime() && (row.state || "null") === hit.json) {
      // Unchanged since this instance cached it; another instance may have moved it on meanwhile.
      this.#touch(hit);
      return hit;
    }
    const cached = cachedOf(row, row.state || "null");
    this.#touch(cached);
    return cached;
  }

  /** Creates a conversation (fails when the id exists). */
  async create(record: ConversationRecord): Promise<void> {
    const now = this.#clock.now();
    const json = JSON.stringify(record.state ?? null);
    await this.#writes.run((db) =>
      db.conversation.create({
        data: {
          id: record.id,
          channel: record.channel,
          externalId: record.externalId ?? null,
          tokenHash: record.tokenHash ?? null,
          locale: record.locale,
          state: json,
          createdAt: now,
          updatedAt: now,
        },
      }),
    );
    this.#touch(cachedOf({ ...record, updatedAt: now }, json));
  }

  /** The engine state of a conversation (a fresh copy), or undefined when none was saved. */
  async load(id: string): Promise<unknown> {
    const cached = await this.#cached(id);
    return cached ? (JSON.parse(cached.json) ?? undefined) : undefined;
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
      const { count } = await this.#writes.run((db) =>
        db.conversation.updateMany({ where: { id }, data: { state: json, updatedAt: now } }),
      );
      if (count === 1) {
        known.json = json;
        known.updatedAt = now;
        this.#touch(known);
        return;
      }
      // The retention sweep deleted the row during this turn (the conversation was idle until it
      // began): it is active again, so its row is written anew with the fields this instance knew.
      this.#cache.delete(id);
    }
    const channel = known?.channel ?? meta.channel ?? "web";
    const locale = known?.locale ?? meta.locale ?? "tr";
    const fields = { externalId: known?.externalId ?? null, tokenHash: known?.tokenHash ?? null };
    const row = await this.#writes.run((db) =>
      db.conversation.upsert({
        where: { id },
        update: { state: json, updatedAt: now },
        create: { id, channel, locale, ...fields, state: json, createdAt: now, updatedAt: now },
      }),
    );
    this.#touch(cachedOf(row, json));
  }

  async createSession(session: StoredWebSession): Promise<void> {
    await this.create({
      id: session.id,
      channel: "web",
      tokenHash: session.tokenHash,
      locale: session.locale,
      state: null,
    });
  }

  async findSession(id: string): Promise<StoredWebSession | undefined> {
    const cached = await this.#cached(id);
    if (cached?.channel !== "web" || !cached.tokenHash) return undefined;
    return { id: cached.id, tokenHash: cached.tokenHash, locale: cached.locale };
  }

  /** Number of conversations held decoded in memory. */
  get cachedCount(): number {
    return this.#cache.size;
  }

  #touch(record: CachedConversation): void {
    this.#cache.delete(record.id);
    this.#cache.set(record.id, record);
    while (this.#cache.size > this.#capacity) {
      const oldest = this.#cache.keys().next().value;
      if (oldest === undefined) break;
      this.#cache.delete(oldest);
    }
  }
}

function cachedOf(
  row: {
    id: string;
    channel: string;
    externalId?: string | null;
    tokenHash?: string | null;
    locale: string;
    updatedAt: Date;
  },
  json: string,
): CachedConversation {
  const cached: CachedConversation = {
    id: row.id,
    channel: row.channel as ConversationRecord["channel"],
    locale: row.locale === "en" ? "en" : "tr",
    json,
    updatedAt: row.updatedAt,
  };
  if (row.externalId) cached.externalId = row.externalId;
  if (row.tokenHash) cached.tokenHash = row.tokenHash;
  return cached;
}

function recordOf(cached: CachedConversation): ConversationRecord {
  const { json, updatedAt: _updatedAt, ...fields } = cached;
  return { ...fields, state: JSON.parse(json) ?? undefined };
}
