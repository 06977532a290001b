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

/**
 * The persisted log of Telegram `update_id`s and the chats' small state. {@link claim} inserts the
 * update's unique key before its effect runs: the first delivery wins, a redelivered update (a
 * webhook retry, a polling restart) finds the key taken and is dropped. Inserts of one event-loop
 * turn share one transaction (group commit), as the conversation store's writes do.
 */
export class TelegramUpdateLog {
  readonly #db: Db;
  readonly #clock: Clock;
  readonly #writes: WriteBatcher<Writer>;

  constructor(db: Db, clock: Clock) {
    this.#db = db;
    this.#clock = clock;
    this.#writes = new WriteBatcher(db as Db & GroupCommitClient<Writer>);
  }

  /** Takes an update for handling: true the first time, false when it was taken before. */
  async claim(botId: string, updateId: number): Promise<boolean> {
    const receivedAt = this.#clock.now();
    try {
      await this.#writes.run((db) =>
        db.telegramUpdate.create({ data: { botId, updateId: BigInt(updateId), receivedAt } }),
      );
      return true;
    } catch (error) {
      if ((error as { code?: string }).code === "P2002") return false;
      throw error;
    }
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
