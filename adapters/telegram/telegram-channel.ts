/**
 * The Telegram channel (grammY): long polling when `TELEGRAM_WEBHOOK_URL` is unset, else the
 * webhook at `POST /telegram/webhook` registered with `setWebhook` and its secret token. Pushed
 * messages (agent replies, hand-off notices) reach the chat through {@link ChannelAdapter.outbound}.
 */
import type { UserFromGetMe } from "grammy/types";
import { Counter } from "prom-client";
import type { BotMessage } from "../../bot/channel-port.ts";
import type { ChannelAdapter, ChannelContext } from "../composition/channel.ts";
import { ConfigurationError } from "../config/environment.ts";
import { TelegramUpdateLog } from "../db/telegram-updates.ts";
import { createTelegramBot } from "./telegram-bot.ts";
import { chatIdOf, TelegramChats } from "./telegram-chats.ts";
import { telegramWebhookRouter } from "./webhook-route.ts";

/** The update kinds the bot asks Telegram for. */
const allowedUpdates = ["message", "edited_message", "callback_query"] as const;

/** Options for tests. */
export interface TelegramChannelOptions {
  /** The bot's own user, so `getMe` is not called. */
  botInfo?: UserFromGetMe;
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
  const chats = new TelegramChats(updates, ctx.conversations);
  const counter = new Counter({
    name: "mm_telegram_updates_total",
    help: "Telegram updates received, by outcome (handled, duplicate, cut_off: answered with a request to write again)",
    labelNames: ["outcome"],
    registers: [ctx.metrics],
  });
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
  });
  const { bot } = telegram;
  let ready: Promise<void> | undefined;
  const init = () => {
    ready ??= bot.init();
    return ready;
  };
  let polling: Promise<void> | undefined;

  const routers =
    webhookUrl && secret
      ? [
          telegramWebhookRouter({
            secret,
            handle: async (update) => {
              await init();
              await bot.handleUpdate(update);
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
      await init();
      await updates
        .prune()
        .catch((error) => logger.warn({ err: String(error) }, "old telegram update ids not pruned"));
      await setCommands().catch((error) =>
        logger.warn({ err: String(error) }, "telegram command list not set (setMyCommands)"),
      );
      if (webhookUrl && secret) {
        await bot.api.setWebhook(webhookUrl, { secret_token: secret, allowed_updates: [...allowedUpdates] });
        logger.info({ bot: bot.botInfo.username }, "telegram webhook set");
        return;
      }
      polling = bot
        .start({ allowed_updates: [...allowedUpdates], drop_pending_updates: false })
        .catch((error) => logger.error({ err: String(error) }, "telegram long polling stopped"));
      logger.info({ bot: bot.botInfo.username }, "telegram long polling started");
    },
    async close() {
      if (polling) {
        await bot.stop().catch(() => {});
        await polling;
      }
    },
  };

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
