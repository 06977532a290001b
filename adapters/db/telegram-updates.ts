import type { Clock } from "../../core/ports/clock.ts";
import type { Db } from "./database.ts";
import { type GroupCommitClient, WriteBatcher } from "./write-batcher.ts";

/** What a queued write may use: the client, or the transaction it joins. */
type Writer = Pick<Db, "telegramUpdate" | "telegramChat">;

/** A private chat's keyboard generation and language. */
export interface TelegramChatRecord {
  chatId: string;
  keyboardGeneration: number;
  locale: "tr" | "en";
}

/** Hours an update id is kept: Telegram redelivers an update for at most 24 hours. */
export const TELEGRAM_UPDATE_RETENTION_HOURS = 48;

/** Seconds after which a claimed update that never completed counts as cut off (see {@link TelegramUpdateLog.claim}). */
export const TELEGRAM_UPDATE_ABANDONED_AFTER_SECONDS = 10;

/**
 * What a delivery of an update may do: `new` handles it; `done` and `busy` (claimed moments ago,
 * maybe still being handled elsewhere) drop it; `cut_off` (claimed long ago and never completed:
 * the process died between the claim and the effect) answers the customer that the message was
 * not processed. Only one delivery ever gets `new`, and only one gets `cut_off`.
 */
export type UpdateClaim = "new" | "done" | "busy" | "cut_off";

/**
 * The persisted log of Telegram `update_id`s and the chats' small state. {@link claim} inserts the
 * update's unique key before its effect runs and {@link complete} stamps it after: the first
 * delivery wins, a redelivered update (a webhook retry, a polling restart) finds the key taken and
 * is dropped, or answered when its first handling was cut off. Writes of one event-loop turn share
 * one transaction (group commit), as the conversation store's writes do.
 */
export class TelegramUpdateLog {
  readonly #db: Db;
  readonly #clock: Clock;
  readonly #writes: WriteBatcher<Writer>;
  readonly #abandonedAfterMs: number;

  constructor(db: Db, clock: Clock, options: { abandonedAfterSeconds?: number } = {}) {
    this.#db = db;
    this.#clock = clock;
    this.#writes = new WriteBatcher(db as Db & GroupCommitClient<Writer>);
    this.#abandonedAfterMs =
      (options.abandonedAfterSeconds ?? TELEGRAM_UPDATE_ABANDONED_AFTER_SECONDS) * 1000;
  }

  /**
   * Takes an update for handling (see {@link UpdateClaim}). `heldBefore`: a claim not done and made
   * before this instant is cut off whatever its age (long polling: only one process polls a bot, so
   * a claim older than this process's polling is an earlier poller's, killed or stopped mid-turn).
   */
  async claim(botId: string, updateId: number, heldBefore?: Date): Promise<UpdateClaim> {
    const receivedAt = this.#clock.now();
    const key = { botId, updateId: BigInt(updateId) };
    try {
      await this.#writes.run((db) => db.telegramUpdate.create({ data: { ...key, receivedAt } }));
      return "new";
    } catch (error) {
      if ((error as { code?: string }).code !== "P2002") throw error;
    }
    const row = await this.#db.telegramUpdate.findUnique({ where: { botId_updateId: key } });
    if (!row || row.completedAt) return "done";
    const earlier = heldBefore !== undefined && row.receivedAt.getTime() < heldBefore.getTime();
    if (!earlier && receivedAt.getTime() - row.receivedAt.getTime() < this.#abandonedAfterMs) return "busy";
    // Cut off: the one delivery that stamps it answers, every later one finds it done.
    const { count } = await this.#writes.run((db) =>
      db.telegramUpdate.updateMany({
        where: { ...key, completedAt: null },
        data: { completedAt: receivedAt },
      }),
    );
    return count === 1 ? "cut_off" : "done";
  }

  /** Stamps a claimed update as done (its effect happened). */
  async complete(botId: string, updateId: number): Promise<void> {
    const completedAt = this.#clock.now();
    await this.#writes.run((db) =>
      db.telegramUpdate.updateMany({ where: { botId, updateId: BigInt(updateId) }, data: { completedAt } }),
    );
  }

  /** Deletes update ids older than the retention; returns how many. */
  async prune(hours = TELEGRAM_UPDATE_RETENTION_HOURS): Promise<number> {
    const before = new Date(this.#clock.now().getTime() - hours * 3_600_000);
    const { count } = await this.#db.telegramUpdate.deleteMany({ where: { receivedAt: { lt: before } } });
    return count;
  }

  /** The chat's record, or undefined before its first message. */
  async chat(chatId: string): Promise<TelegramChatRecord | undefined> {
    const row = await this.#db.telegramChat.findUnique({ where: { chatId } });
    if (!row) return undefined;
    return {
      chatId: row.chatId,
      keyboardGeneration: row.keyboardGeneration,
      locale: row.locale === "en" ? "en" : "tr",
    };
  }

  /**
   * Adds one to a stored chat's keyboard generation, in storage, and returns the new one: instances
   * sending buttons to one chat at the same time get distinct generations.
   */
  async nextGeneration(chatId: string): Promise<number> {
    const updatedAt = this.#clock.now();
    const row = await this.#writes.run((db) =>
      db.telegramChat.update({
        where: { chatId },
        data: { keyboardGeneration: { increment: 1 }, updatedAt },
      }),
    );
    return row.keyboardGeneration;
  }

  /** Sets a stored chat's language only (its keyboard generation is left as another instance set it). */
  async setLocale(chatId: string, locale: "tr" | "en"): Promise<void> {
    const updatedAt = this.#clock.now();
    await this.#writes.run((db) =>
      db.telegramChat.update({ where: { chatId }, data: { locale, updatedAt } }),
    );
  }

  /** Stores a chat's keyboard generation and language. */
  async saveChat(record: TelegramChatRecord): Promise<void> {
    const updatedAt = this.#clock.now();
    const data = { keyboardGeneration: record.keyboardGeneration, locale: record.locale, updatedAt };
    await this.#writes.run((db) =>
      db.telegramChat.upsert({
        where: { chatId: record.chatId },
        update: data,
        create: { chatId: record.chatId, ...data },
      }),
    );
  }
}
