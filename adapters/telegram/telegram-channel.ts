/**
 * The Telegram channel (grammY): long polling when `TELEGRAM_WEBHOOK_URL` is unset, else the
 * webhook at `POST /telegram/webhook` registered with `setWebhook` and its secret token. Pushed
 * messages (agent replies, hand-off notices) reach the chat through {@link ChannelAdapter.outbound}.
 */
import { BotError } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import { Counter } from "prom-client";
import type { BotMessage } from "../../bot/channel-port.ts";
import type { ChannelAdapter, ChannelContext } from "../composition/channel.ts";
import { ConfigurationError } from "../config/environment.ts";
import { isStorageUnavailable } from "../db/storage-errors.ts";
import { TELEGRAM_UPDATE_ABANDONED_AFTER_SECONDS, TelegramUpdateLog } from "../db/telegram-updates.ts";
import { HttpError } from "../http/errors.ts";
import { LongPolling } from "./long-polling.ts";
import { createTelegramBot, UpdateInProgress } from "./telegram-bot.ts";
import { chatIdOf, firstKeyboardGeneration, TelegramChats } from "./telegram-chats.ts";
import { TelegramConnect } from "./telegram-connect.ts";
import { telegramWebhookRouter } from "./webhook-route.ts";

/** The update kinds the bot asks Telegram for. */
const allowedUpdates = ["message", "edited_message", "callback_query"] as const;

/** Options for tests. */
export interface TelegramChannelOptions {
  /** The bot's own user, so `getMe` is not called. */
  botInfo?: UserFromGetMe;
  /** The first pause before connecting again when the Bot API is out of reach (default 1 s, doubling). */
  connectRetryMs?: number;
}

/** Builds the Telegram channel; throws a {@link ConfigurationError} on a missing token or webhook secret. */
export function createTelegramChannel(
  ctx: ChannelContext,
  options: TelegramChannelOptions = {},
): ChannelAdapter {
  const { env, logger } = ctx;
  const token = env.TELEGRAM_BOT_TOKEN;
  if (!token) throw new ConfigurationError("TELEGRAM_BOT_TOKEN", "must be set for the Telegram channel");
  const webhookUrl = env.TELEGRAM_WEBHOOK_URL;
  const secret = env.TELEGRAM_WEBHOOK_SECRET;
  if (webhookUrl && !secret) {
    throw new ConfigurationError("TELEGRAM_WEBHOOK_SECRET", "must be set when TELEGRAM_WEBHOOK_URL is set");
  }
  const updates = new TelegramUpdateLog(ctx.database.db, ctx.clock);
  const chats = new TelegramChats(updates, ctx.conversations, {
    firstGeneration: () => firstKeyboardGeneration(ctx.clock.now()),
  });
  const counter = new Counter({
    name: "mm_telegram_updates_total",
    help: "Telegram updates received, by outcome (handled, duplicate, cut_off: answered with a request to write again)",
    labelNames: ["outcome"],
    registers: [ctx.metrics],
  });
  /** When this process began long polling (see pollingSince in telegram-bot.ts). */
  let pollingSince: Date | undefined;
  const telegram = createTelegramBot({
    token,
    apiRoot: env.TELEGRAM_API_ROOT,
    botInfo: options.botInfo,
    engine: ctx.engine,
    conversations: ctx.conversations,
    chats,
    updates,
    translator: ctx.translator,
    logger,
    updatesPerMinute: env.MM_CHAT_MESSAGES_PER_MINUTE,
    rates: { perSecond: env.TELEGRAM_SEND_PER_SECOND, perChatPerSecond: env.TELEGRAM_CHAT_SEND_PER_SECOND },
    onUpdate: (outcome) => counter.inc({ outcome }),
    // a little over the claim's grace: a killed process's claim is cut off by then (webhook and polling)
    busyWaitMs: (TELEGRAM_UPDATE_ABANDONED_AFTER_SECONDS + 2) * 1000,
    pollingSince: () => pollingSince,
  });
  const { bot } = telegram;
  let polling: LongPolling | undefined;
  let closing = false;
  const connect = new TelegramConnect({
    // Not bot.init(): grammY retries getMe there for ever while the API is out of reach.
    init: async () => {
      if (!bot.isInited()) bot.botInfo = await bot.api.getMe();
    },
    connected: () => afterInit(),
    logger,
    retry: { firstDelayMs: options.connectRetryMs ?? 1_000, maxDelayMs: 60_000 },
  });

  const routers =
    webhookUrl && secret
      ? [
          telegramWebhookRouter({
            secret,
            handle: async (update) => {
              // Not connected yet (the Bot API out of reach since start): 503, Telegram delivers again.
              if (!bot.isInited())
                throw new HttpError(503, "telegram_unavailable", "the Telegram Bot API is not reachable yet");
              await bot.handleUpdate(update).catch((error: unknown) => {
                // Still claimed and not done after the wait: Telegram delivers it again later.
                if (error instanceof BotError && error.error instanceof UpdateInProgress)
                  throw new HttpError(
                    503,
                    "telegram_update_in_progress",
                    "this update is being handled or was cut off moments ago; deliver it again",
                  );
                throw error;
              });
            },
          }),
        ]
      : [];

  return {
    name: "telegram",
    routers,
    outbound: {
      async push(conversationId: string, messages: BotMessage[]): Promise<void> {
        const stored =
          chatIdOf(conversationId) ?? Number((await ctx.conversations.get(conversationId))?.externalId);
        if (!Number.isSafeInteger(stored))
          throw new Error(`no Telegram chat for conversation ${conversationId}`);
        await chats.serial(stored, () => telegram.send(stored, messages));
      },
    },
    async start() {
      await connect.start();
    },
    async close() {
      closing = true;
      await connect.stop();
      // waits for the update under way; confirms to Telegram only the finished ones
      await polling?.stop();
    },
  };

  /** What follows `getMe`: old update ids pruned, the command list, then the webhook or long polling. */
  async function afterInit(): Promise<void> {
    await updates
      .prune()
      .catch((error) => logger.warn({ err: String(error) }, "old telegram update ids not pruned"));
    await setCommands().catch((error) =>
      logger.warn({ err: String(error) }, "telegram command list not set (setMyCommands)"),
    );
    if (closing) return;
    if (webhookUrl && secret) {
      await bot.api.setWebhook(webhookUrl, { secret_token: secret, allowed_updates: [...allowedUpdates] });
      logger.info({ bot: bot.botInfo.username }, "telegram webhook set");
      return;
    }
    // Not bot.start(): its stop confirms the update under way to Telegram before it is done (long-polling.ts).
    polling = new LongPolling({
      bot,
      allowedUpdates,
      logger,
      // not handled: still claimed elsewhere after the wait, or storage out of reach; asked for again
      retryable: (error) => error instanceof UpdateInProgress || isStorageUnavailable(error),
    });
    pollingSince = ctx.clock.now();
    polling.start();
    logger.info({ bot: bot.botInfo.username }, "telegram long polling started");
  }

  async function setCommands(): Promise<void> {
    for (const locale of ["tr", "en"] as const) {
      const t = ctx.translator.getFixedT(locale, "telegram");
      await bot.api.setMyCommands(
        (["start", "help", "menu"] as const).map((command) => ({
          command,
          description: t(`commands.${command}`),
        })),
        locale === "en" ? { language_code: "en" } : {},
      );
    }
  }
}
