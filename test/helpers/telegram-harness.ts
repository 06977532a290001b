/**
 * The Telegram channel wired as the composition root wires it (over a real conversation store on
 * a fresh database, the HTTP app on a loopback port), talking to {@link FakeTelegramApi} over real
 * HTTP, in long-polling or webhook mode.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Express } from "express";
import { Registry } from "prom-client";
import { afterEach } from "vitest";
import type { ChannelAdapter } from "../../adapters/composition/channel.ts";
import { readEnvironment } from "../../adapters/config/environment.ts";
import { PrismaConversationStore } from "../../adapters/db/conversation-store.ts";
import { createHttpApp } from "../../adapters/http/server.ts";
import { createTranslator } from "../../adapters/i18n/translator.ts";
import { createLogger } from "../../adapters/logging/logger.ts";
import { createTelegramChannel } from "../../adapters/telegram/telegram-channel.ts";
import type { BotMessage, ConversationEngine } from "../../bot/channel-port.ts";
import { systemClock } from "../../core/ports/clock.ts";
import { cryptoRandom } from "../../core/ports/random.ts";
import { freshDatabase, type TestDialect, testDialects } from "./databases.ts";
import { EchoEngine } from "./echo-engine.ts";
import { FakeTelegramApi } from "./telegram-fake-api.ts";

/** The bot token the tests use. */
export const TEST_BOT_TOKEN = "123456:TEST-telegram-token";
/** The webhook secret the tests use. */
export const TEST_WEBHOOK_SECRET = "test-webhook-secret_123";

/** A running channel with its fake Bot API. */
export interface TelegramHarness {
  fake: FakeTelegramApi;
  channel: ChannelAdapter;
  engine: ConversationEngine;
  database: Awaited<ReturnType<typeof freshDatabase>>;
  conversations: PrismaConversationStore;
  /** Base URL of the HTTP app (webhook mode). */
  baseUrl: string;
  metrics: Registry;
  /** Sends a user's text through the fake and waits until the bot handled it; returns its update id. */
  say(userId: number, text: string, languageCode?: string): Promise<number>;
  close(): Promise<void>;
}

/** How {@link startTelegramHarness} is started. */
export interface TelegramHarnessOptions {
  webhook?: boolean;
  engine?: ConversationEngine;
  env?: Record<string, string>;
  dialect?: TestDialect;
  pushed?: (conversationId: string, messages: BotMessage[]) => Promise<void>;
}

/**
 * For a test file (call it at its top level or in a `describe`): a start function whose harness is
 * closed after each test.
 */
export function telegramHarnessPerTest(): (options?: TelegramHarnessOptions) => Promise<TelegramHarness> {
  let running: TelegramHarness | undefined;
  afterEach(async () => {
    await running?.close();
    running = undefined;
  });
  return async (options) => {
    running = await startTelegramHarness(options);
    return running;
  };
}

/** A raw update with a text message from `userId` in its private chat. */
export function telegramTextUpdate(userId: number, updateId: number, text: string) {
  return {
    update_id: updateId,
    message: {
      message_id: updateId,
      date: 1_700_000_000,
      chat: { id: userId, type: "private", first_name: "U" },
      from: { id: userId, is_bot: false, first_name: "U" },
      text,
    },
  };
}

/** Starts the fake Bot API, the HTTP app and the channel (`start()` included). */
export async function startTelegramHarness(options: TelegramHarnessOptions = {}): Promise<TelegramHarness> {
  const fake = new FakeTelegramApi();
  await fake.start();
  const database = await freshDatabase(options.dialect ?? testDialects[0]!).catch(async (error) => {
    await fake.stop();
    throw error;
  });
  let app: Express | undefined;
  const server: Server = createServer((req, res) => {
    if (app) app(req, res);
    else res.writeHead(503).end();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const stopAll = async () => {
    await fake.stop();
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
    await database.dispose();
  };
  try {
    return await startChannel();
  } catch (error) {
    // A channel that does not start (a configuration error) leaves nothing open behind it.
    await stopAll();
    throw error;
  }

  async function startChannel(): Promise<TelegramHarness> {
    const env = readEnvironment({
      TELEGRAM_BOT_TOKEN: TEST_BOT_TOKEN,
      TELEGRAM_API_ROOT: fake.apiRoot,
      TELEGRAM_SEND_PER_SECOND: "1000",
      TELEGRAM_CHAT_SEND_PER_SECOND: "1000",
      LOG_LEVEL: "silent",
      ...(options.webhook
        ? {
            TELEGRAM_WEBHOOK_URL: `${baseUrl}/telegram/webhook`,
            TELEGRAM_WEBHOOK_SECRET: TEST_WEBHOOK_SECRET,
          }
        : {}),
      ...options.env,
    });
    const logger = createLogger({ level: "silent" });
    const conversations = new PrismaConversationStore(database.db, systemClock);
    const engine = options.engine ?? new EchoEngine();
    const metrics = new Registry();
    const channel = createTelegramChannel({
      env,
      logger,
      clock: systemClock,
      random: cryptoRandom,
      translator: await createTranslator(),
      database,
      engine,
      conversations,
      outbound: { push: options.pushed ?? (async () => {}) },
      metrics,
    });
    app = createHttpApp(channel.routers, logger);
    await channel.start?.();
    return {
      fake,
      channel,
      engine,
      database,
      conversations,
      baseUrl,
      metrics,
      say: async (userId, text, languageCode) => {
        const id = await fake.sendText(TEST_BOT_TOKEN, userId, text, languageCode);
        await fake.handled(id);
        return id;
      },
      close: async () => {
        await channel.close();
        await stopAll();
      },
    };
  }
}
