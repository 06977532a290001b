/**
 * The Telegram side of a private chat: its conversation id (`tg-<chatId>`, the chat id stored as
 * the Conversation row's externalId), its language and keyboard generation (kept in the
 * TelegramChat table and read from it for every update: with several instances behind a load
 * balancer, the chat's previous update may have been handled by another one), and a per-chat queue
 * so that the updates of one chat are handled, and their answers sent, in the order they arrived.
 * The chat record is personal data: the KVKK retention sweep deletes it with the chat's conversation
 * (adapters/db/retention-store.ts), and a chat that comes back afterwards gets a new one.
 */
import type { BotMessage, ConversationRef } from "../../bot/channel-port.ts";
import type { PrismaConversationStore } from "../db/conversation-store.ts";
import type { TelegramChatRecord, TelegramUpdateLog } from "../db/telegram-updates.ts";

const PREFIX = "tg-";
const CACHE_SIZE = 5_000;

/** The language of a new chat: English when the user's Telegram speaks English, else Turkish. */
export function localeOf(languageCode: string | undefined): "tr" | "en" {
  return languageCode?.toLowerCase().startsWith("en") ? "en" : "tr";
}

/** The engine's conversation id of a chat. */
export function conversationIdOf(chatId: number): string {
  return `${PREFIX}${chatId}`;
}

/** The chat id of a Telegram conversation id, or undefined. */
export function chatIdOf(conversationId: string): number | undefined {
  if (!conversationId.startsWith(PREFIX)) return undefined;
  const id = Number(conversationId.slice(PREFIX.length));
  return Number.isSafeInteger(id) ? id : undefined;
}

/** The instant keyboard generations are counted from (see {@link firstKeyboardGeneration}). */
const GENERATION_EPOCH_MS = Date.UTC(2026, 0, 1);

/**
 * The keyboard generation a new chat record starts at: the seconds since 2026-01-01 at `now`. A chat
 * whose record the retention sweep deleted starts again later than its old buttons' generations (one
 * keyboard a second over the chat's whole past would be needed to reach them), so a button sent
 * before the deletion stays stale in the new conversation. Fits the callback data's nine digits
 * until 2057.
 */
export function firstKeyboardGeneration(now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - GENERATION_EPOCH_MS) / 1000));
}

/** Options of {@link TelegramChats}. */
export interface TelegramChatsOptions {
  /**
   * The keyboard generation of a new chat record; default 0. The channel passes
   * {@link firstKeyboardGeneration} of its clock.
   */
  firstGeneration?: () => number;
}

/** Private chats, their conversations and their order of work. */
export class TelegramChats {
  readonly #log: TelegramUpdateLog;
  readonly #conversations: PrismaConversationStore;
  readonly #queues = new Map<number, Promise<unknown>>();
  readonly #questions = new Map<number, BotMessage>();
  readonly #firstGeneration: () => number;

  constructor(
    log: TelegramUpdateLog,
    conversations: PrismaConversationStore,
    options: TelegramChatsOptions = {},
  ) {
    this.#log = log;
    this.#conversations = conversations;
    this.#firstGeneration = options.firstGeneration ?? (() => 0);
  }

  /** Runs `work` after the chat's earlier work has finished. */
  serial<T>(chatId: number, work: () => Promise<T>): Promise<T> {
    const previous = this.#queues.get(chatId) ?? Promise.resolve();
    const next = previous.then(work, work);
    this.#queues.set(chatId, next);
    void next
      .finally(() => {
        if (this.#queues.get(chatId) === next) this.#queues.delete(chatId);
      })
      .catch(() => {});
    return next;
  }

  /**
   * The chat's record; on first contact it is created (language from `languageCode`) together
   * with the chat's Conversation row.
   */
  async chat(chatId: number, languageCode?: string): Promise<TelegramChatRecord> {
    const stored = await this.#log.chat(String(chatId));
    if (stored) return stored;
    const record: TelegramChatRecord = {
      chatId: String(chatId),
      keyboardGeneration: this.#firstGeneration(),
      locale: localeOf(languageCode),
    };
    await this.#log.saveChat(record);
    await this.#createConversation(chatId, record.locale);
    return record;
  }

  /**
   * The engine's reference of the chat's conversation. A chat whose conversation the KVKK retention
   * sweep deleted (idle for `MM_RETENTION_CONVERSATION_DAYS`) gets a fresh one: the customer is
   * greeted as in a new chat, the old content stays deleted, and the buttons sent before (a new
   * keyboard generation) and the remembered question are forgotten.
   */
  async refOf(chatId: number, languageCode?: string): Promise<ConversationRef> {
    const chat = await this.chat(chatId, languageCode);
    const id = conversationIdOf(chatId);
    if (!(await this.#conversations.get(id))) {
      this.#questions.delete(chatId);
      await this.#createConversation(chatId, chat.locale);
      await this.#log.nextGeneration(String(chatId));
    }
    return { id, channel: "telegram", locale: chat.locale };
  }

  /** Creates the chat's Conversation row unless it exists (another instance may create it at once). */
  async #createConversation(chatId: number, locale: "tr" | "en"): Promise<void> {
    const id = conversationIdOf(chatId);
    if (await this.#conversations.get(id)) return;
    await this.#conversations
      .create({ id, channel: "telegram", externalId: String(chatId), locale, state: null })
      .catch(async (error) => {
        if (!(await this.#conversations.get(id))) throw error;
      });
  }

  /** Switches the chat's language. */
  async setLocale(chatId: number, locale: "tr" | "en"): Promise<void> {
    await this.#onRecord(chatId, () => this.#log.setLocale(String(chatId), locale));
  }

  /** Starts a new keyboard generation (older buttons become stale, on every instance) and returns it. */
  async nextGeneration(chatId: number): Promise<number> {
    return this.#onRecord(chatId, () => this.#log.nextGeneration(String(chatId)));
  }

  /**
   * Runs an update of the chat's record, writing the record first when it is missing; once more
   * when the retention sweep deleted it in between (Prisma's P2025: no row to update).
   */
  async #onRecord<T>(chatId: number, update: () => Promise<T>): Promise<T> {
    await this.chat(chatId);
    try {
      return await update();
    } catch (error) {
      if ((error as { code?: unknown } | null)?.code !== "P2025") throw error;
      await this.chat(chatId);
      return update();
    }
  }

  /** The chat's current keyboard generation. */
  async generation(chatId: number): Promise<number> {
    return (await this.chat(chatId)).keyboardGeneration;
  }

  /** Remembers the chat's latest message with buttons (in memory: a restart forgets it). */
  rememberQuestion(chatId: number, message: BotMessage): void {
    this.#questions.delete(chatId);
    this.#questions.set(chatId, message);
    if (this.#questions.size > CACHE_SIZE) {
      const oldest = this.#questions.keys().next().value;
      if (oldest !== undefined) this.#questions.delete(oldest);
    }
  }

  /** The chat's latest message with buttons, while this process remembers it. */
  lastQuestion(chatId: number): BotMessage | undefined {
    return this.#questions.get(chatId);
  }
}
