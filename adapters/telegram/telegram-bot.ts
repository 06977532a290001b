/**
 * The grammY bot of the Telegram channel: every update is taken exactly once (its update id
 * persisted before its effect, stamped done after it; a delivery whose first handling was cut off
 * is answered with a request to write again), then only private chats are served, per-chat floods are answered
 * politely, and texts, commands and button presses become engine events whose answers go back as
 * plain messages with inline keyboards. Everything else gets a short answer or is ignored.
 */
import { limit } from "@grammyjs/ratelimiter";
import { Bot, type Context, GrammyError } from "grammy";
import type { UserFromGetMe } from "grammy/types";
import type { i18n } from "i18next";
import type { Logger } from "pino";
import type { BotMessage, ConversationEngine, ConversationRef, UserEvent } from "../../bot/channel-port.ts";
import { languageRequestOf } from "../../bot/language-request.ts";
import { parseState } from "../../bot/state.ts";
import { maskPersonalData } from "../../core/privacy/mask.ts";
import { longerThan } from "../../core/text/longer-than.ts";
import { MAX_MESSAGE_CHARACTERS } from "../../core/text/message-cap.ts";
import type { PrismaConversationStore } from "../db/conversation-store.ts";
import type { TelegramUpdateLog } from "../db/telegram-updates.ts";
import { installApiLimits, type SendRates } from "./api-limits.ts";
import { dialogExpectationOf } from "./dialog-expectation.ts";
import { parseCallbackData, renderMessages } from "./render.ts";
import { type DialogExpectation, type SensitiveKind, sensitiveKindOf } from "./sensitive-message.ts";
import type { TelegramChats } from "./telegram-chats.ts";

/** What the bot is built from. */
export interface TelegramBotDeps {
  token: string;
  /** A self-hosted or test Bot API server; default Telegram's. */
  apiRoot?: string;
  /** Skips `getMe` (tests). */
  botInfo?: UserFromGetMe;
  engine: ConversationEngine;
  conversations: PrismaConversationStore;
  chats: TelegramChats;
  updates: TelegramUpdateLog;
  translator: i18n;
  logger: Logger;
  /** Customer updates per chat and minute before the polite refusal. */
  updatesPerMinute: number;
  rates: SendRates;
  /** Counts updates by outcome. */
  onUpdate?: (outcome: UpdateOutcome) => void;
  /**
   * A delivery of an update claimed moments ago and not done (another instance's turn, or a process
   * killed while handling it and restarted within the claim's grace) waits, up to `busyWaitMs`,
   * until the claim is done (a duplicate) or cut off (the customer is asked again) instead of being
   * dropped; still busy then, it is refused with {@link UpdateInProgress}: the webhook answers 503
   * and Telegram delivers it again, long polling asks for it again (long-polling.ts). Unset: such a
   * delivery is dropped at once.
   */
  busyWaitMs?: number;
  /**
   * When this process began long polling (undefined: webhook, or not polling yet). Only one process
   * can poll a bot, so an update claimed before then and not done is an earlier poller's, killed or
   * stopped mid-turn: it is cut off at once instead of waited for.
   */
  pollingSince?: () => Date | undefined;
}

/**
 * Thrown for an update claimed moments ago and not yet done: it must be delivered again later (the
 * webhook's 503, polling's next `getUpdates`), when it is either done (dropped) or cut off (the
 * customer is asked again).
 */
export class UpdateInProgress extends Error {
  constructor(readonly updateId: number) {
    super(`telegram update ${updateId} is being handled or was cut off moments ago`);
    this.name = "UpdateInProgress";
  }
}

/**
 * What became of an update: handled, dropped as a duplicate, or answered with "please write again"
 * because its first handling was cut off (the process died between the claim and the effect).
 */
export type UpdateOutcome = "handled" | "duplicate" | "cut_off";

/** The bot and how the channel sends to a chat. */
export interface TelegramBot {
  bot: Bot;
  /** Sends bot messages to a chat (a new keyboard generation when they carry buttons). */
  send(chatId: number, messages: BotMessage[]): Promise<void>;
}

const commands = new Set(["start", "help", "menu", "en", "tr"]);

/** Builds the bot with its middleware; nothing is fetched until `init`/`start`. */
export function createTelegramBot(deps: TelegramBotDeps): TelegramBot {
  const { engine, chats, logger } = deps;
  const bot = new Bot(deps.token, {
    ...(deps.botInfo ? { botInfo: deps.botInfo } : {}),
    client: { ...(deps.apiRoot ? { apiRoot: deps.apiRoot } : {}) },
  });
  installApiLimits(bot.api, deps.rates);
  const say = (locale: "tr" | "en", key: string, params?: Record<string, string>) =>
    deps.translator.getFixedT(locale, "telegram")(key, params);

  async function send(chatId: number, messages: BotMessage[]): Promise<void> {
    if (messages.length === 0) return;
    const withButtons = messages.filter((m) => m.buttons?.length).at(-1);
    const generation = withButtons ? await chats.nextGeneration(chatId) : await chats.generation(chatId);
    if (withButtons) chats.rememberQuestion(chatId, withButtons);
    await sendRendered(chatId, messages, generation);
  }

  async function sendRendered(chatId: number, messages: BotMessage[], generation: number): Promise<void> {
    for (const out of renderMessages(messages, generation)) {
      await bot.api.sendMessage(chatId, out.text, out.keyboard ? { reply_markup: out.keyboard } : {});
    }
  }

  /** Sends and logs a failure instead of throwing: the turn's effect has happened already. */
  async function answer(chatId: number, messages: BotMessage[]): Promise<void> {
    await send(chatId, messages).catch((error) => {
      logger.warn({ chat: chatId, err: describe(error) }, "telegram answer not delivered");
    });
  }

  async function turn(chatId: number, ref: ConversationRef, event: UserEvent, sensitive?: Sensitive) {
    const replies = await engine.handle(ref, event);
    if (sensitive) {
      await bot.api.deleteMessage(chatId, sensitive.messageId).catch((error) => {
        logger.info(
          { chat: chatId, err: describe(error) },
          "telegram message with sensitive data not deleted",
        );
      });
      replies.unshift({ text: say(ref.locale, `deleted.${sensitive.kind}`) });
    }
    await answer(chatId, replies);
  }

  async function expectationOf(conversationId: string): Promise<DialogExpectation> {
    return dialogExpectationOf(
      parseState(await deps.conversations.load(conversationId).catch(() => undefined)),
    );
  }

  // 1. Exactly once: the update id is persisted before anything else happens, and stamped done
  // after its effect. Updates being handled in this process are known without asking storage.
  const inFlight = new Set<number>();
  bot.use(async (ctx, next) => {
    const botId = String(ctx.me.id);
    const updateId = ctx.update.update_id;
    if (inFlight.has(updateId)) {
      // being handled in this very process: its effect is under way, a plain duplicate
      deps.onUpdate?.("duplicate");
      logger.info({ update: updateId }, "telegram update delivered again, ignored");
      return;
    }
    inFlight.add(updateId);
    let claim: Awaited<ReturnType<TelegramUpdateLog["claim"]>>;
    try {
      claim = await deps.updates.claim(botId, updateId, deps.pollingSince?.());
    } finally {
      inFlight.delete(updateId);
    }
    if (claim === "busy" && deps.busyWaitMs !== undefined) {
      claim = await claimOnceSettled(botId, updateId, deps.busyWaitMs);
      if (claim === "busy") {
        logger.info({ update: updateId }, "telegram update still claimed and not done: delivery refused");
        throw new UpdateInProgress(updateId);
      }
    }
    if (claim === "cut_off") {
      deps.onUpdate?.("cut_off");
      logger.warn({ update: updateId }, "telegram update cut off before its effect; the user is asked again");
      await askAgain(ctx);
      return;
    }
    if (claim !== "new") {
      deps.onUpdate?.("duplicate");
      logger.info({ update: updateId }, "telegram update delivered again, ignored");
      return;
    }
    deps.onUpdate?.("handled");
    inFlight.add(updateId);
    try {
      await next();
    } catch (error) {
      logger.error({ update: updateId, err: describe(error) }, "telegram update failed");
      await tellFailed(ctx);
    } finally {
      inFlight.delete(updateId);
      await deps.updates.complete(botId, updateId).catch((error) => {
        logger.warn({ update: updateId, err: describe(error) }, "telegram update not stamped done");
      });
    }
  });

  /** Claims again every 250 ms while the update is busy elsewhere, for at most `waitMs` of real time. */
  async function claimOnceSettled(botId: string, updateId: number, waitMs: number) {
    const until = performance.now() + waitMs;
    let claim: Awaited<ReturnType<TelegramUpdateLog["claim"]>> = "busy";
    while (claim === "busy" && performance.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      claim = await deps.updates.claim(botId, updateId, deps.pollingSince?.());
    }
    return claim;
  }

  /**
   * Tells a private chat whose message (or press) failed that it was not processed, so the customer
   * is never left with silence. Straight through the Bot API: the failure may be storage's.
   */
  async function tellFailed(ctx: Context): Promise<void> {
    const chat = ctx.chat;
    if (chat?.type !== "private" || !(ctx.callbackQuery || ctx.message)) return;
    if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(() => {});
    const stored = await deps.updates.chat(String(chat.id)).catch(() => undefined);
    await bot.api.sendMessage(chat.id, say(stored?.locale ?? localeOfUser(ctx), "failed")).catch((error) => {
      logger.warn({ chat: chat.id, err: describe(error) }, "telegram failure notice not delivered");
    });
  }

  /**
   * Tells a private chat that its message (or press) was not processed and should be sent again,
   * and shows where the dialog stands (the engine's `start`: greeting and the open question again;
   * it applies, sends and revokes nothing). The lost message itself is not replayed: its effect may
   * or may not have happened before the crash.
   */
  async function askAgain(ctx: Context): Promise<void> {
    const chat = ctx.chat;
    if (chat?.type !== "private" || !(ctx.callbackQuery || ctx.message)) return;
    if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(() => {});
    await chats.serial(chat.id, async () => {
      const ref = await chats.refOf(chat.id, ctx.from?.language_code);
      await answer(chat.id, [{ text: say(ref.locale, "cut_off") }]);
      await turn(chat.id, ref, { type: "start" });
    });
  }

  // 2. Private chats only; channel posts and other update kinds are ignored.
  bot.use(async (ctx, next) => {
    const chat = ctx.chat;
    if (!chat || ctx.channelPost || ctx.editedChannelPost) return;
    if (chat.type === "private") return next();
    const locale = localeOfUser(ctx);
    if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: say(locale, "group") }).catch(() => {});
    else if (ctx.message?.text?.startsWith("/")) await answer(chat.id, [{ text: say(locale, "group") }]);
  });

  // 3. Per-chat flood control, answered once per excess (the plugin does not await the answer:
  // it is awaited here, so the update counts as handled once the answer is out).
  const refusals = new WeakMap<Context, Promise<void>>();
  bot.use(async (ctx, next) => {
    await next();
    await refusals.get(ctx);
  });
  bot.use(
    limit({
      timeFrame: 60_000,
      limit: deps.updatesPerMinute,
      keyGenerator: (ctx: Context) => ctx.chat?.id.toString(),
      onLimitExceeded: (ctx: Context) => {
        const refuse = async () => {
          if (ctx.callbackQuery) await ctx.answerCallbackQuery().catch(() => {});
          if (ctx.chat) await answer(ctx.chat.id, [{ text: say(localeOfUser(ctx), "rate_limited") }]);
        };
        refusals.set(ctx, refuse());
      },
    }),
  );

  // 4. One chat's updates in order.
  bot.use((ctx, next) => chats.serial(ctx.chat!.id, () => next()));

  bot.on("edited_message", async (ctx) => {
    const ref = await chats.refOf(ctx.chat.id, ctx.from?.language_code);
    await answer(ctx.chat.id, [{ text: say(ref.locale, "edited") }]);
  });

  bot.on("callback_query:data", async (ctx) => {
    const chatId = ctx.chat!.id;
    const ref = await chats.refOf(chatId, ctx.from.language_code);
    const pressed = parseCallbackData(ctx.callbackQuery.data);
    const generation = await chats.generation(chatId);
    if (!pressed || pressed.generation !== generation) {
      await ctx.answerCallbackQuery({ text: say(ref.locale, "stale_button") }).catch(() => {});
      // …and in the chat, the question now open with its buttons again, so the user is not lost.
      const question = chats.lastQuestion(chatId);
      const again: BotMessage[] = question
        ? [{ text: say(ref.locale, "stale_button_again") }, question]
        : [{ text: say(ref.locale, "stale_button_typed") }];
      await sendRendered(chatId, again, generation).catch((error) => {
        logger.warn({ chat: chatId, err: describe(error) }, "telegram answer not delivered");
      });
      return;
    }
    await ctx.answerCallbackQuery().catch(() => {});
    await turn(chatId, ref, { type: "button", id: pressed.buttonId });
  });

  bot.on("callback_query", (ctx) => ctx.answerCallbackQuery().catch(() => {}));

  /** A text the customer wrote (typed, a caption, a shared contact's number) as the engine's turn. */
  const typed = async (
    ctx: Context & { chat: { id: number }; message: { message_id: number } },
    text: string,
  ) => {
    const chatId = ctx.chat.id;
    let ref = await chats.refOf(chatId, ctx.from?.language_code);
    // more than the engine reads (Telegram lets 4 096 through): refused whole, never read in part
    if (longerThan(text, MAX_MESSAGE_CHARACTERS))
      return answer(chatId, [{ text: say(ref.locale, "too_long", { max: characterCount(ref.locale) }) }]);
    const command = commandOf(text, ctx.me.username);
    if (command === "start") return turn(chatId, ref, { type: "start" });
    if (command === "help") return answer(chatId, [{ text: say(ref.locale, "help") }]);
    if (command === "menu")
      return turn(chatId, ref, { type: "text", text: ref.locale === "en" ? "menu" : "menü" });
    const language = command === "en" || command === "tr" ? command : languageRequestOf(text);
    if (language) {
      await chats.setLocale(chatId, language);
      ref = { ...ref, locale: language };
      await answer(chatId, [{ text: say(language, "language_set") }]);
      // The engine greets in the new language and asks the open question again (its state is kept).
      return turn(chatId, ref, { type: "start" });
    }
    const kind = sensitiveKindOf(text, await expectationOf(ref.id));
    await turn(
      chatId,
      ref,
      { type: "text", text },
      kind ? { kind, messageId: ctx.message.message_id } : undefined,
    );
  };

  bot.on("message:text", (ctx) => typed(ctx, ctx.message.text));

  // A contact shared with Telegram's button is its phone number typed (the phone question takes it).
  bot.on("message:contact", (ctx) => typed(ctx, telegramPhoneAsTyped(ctx.message.contact.phone_number)));

  // A photo or a file with a caption: the attachment is not read, the caption is answered.
  bot.on("message:caption", async (ctx) => {
    const ref = await chats.refOf(ctx.chat.id, ctx.from?.language_code);
    await answer(ctx.chat.id, [{ text: say(ref.locale, "caption_only") }]);
    await typed(ctx, ctx.message.caption);
  });

  bot.on("message", async (ctx) => {
    const ref = await chats.refOf(ctx.chat.id, ctx.from?.language_code);
    await answer(ctx.chat.id, [{ text: say(ref.locale, "unsupported") }]);
  });

  bot.catch((error) => {
    logger.error({ err: describe(error.error) }, "telegram update failed");
  });

  return { bot, send };
}

interface Sensitive {
  kind: SensitiveKind;
  messageId: number;
}

/** Telegram sends a contact's number as digits with or without "+": "905321234567" is "+905321234567". */
export function telegramPhoneAsTyped(phone: string): string {
  const trimmed = phone.trim();
  return /^\d{11,15}$/.test(trimmed) && !trimmed.startsWith("0") ? `+${trimmed}` : trimmed;
}

/** The most a message is read, written as the customer's language writes numbers ("2.000", "2,000"). */
function characterCount(locale: "tr" | "en"): string {
  return new Intl.NumberFormat(locale === "en" ? "en-GB" : "tr-TR").format(MAX_MESSAGE_CHARACTERS);
}

function localeOfUser(ctx: Context): "tr" | "en" {
  return ctx.from?.language_code?.toLowerCase().startsWith("en") ? "en" : "tr";
}

/** The bot command of a text (`/help`, `/help@ThisBot`), or undefined. */
function commandOf(text: string, username: string): string | undefined {
  const match = /^\/([a-z]+)(?:@(\w+))?(?:\s|$)/i.exec(text.trim());
  if (!match) return undefined;
  if (match[2] && match[2].toLowerCase() !== username.toLowerCase()) return undefined;
  const name = match[1]!.toLowerCase();
  return commands.has(name) ? name : undefined;
}

/** A loggable, masked description of an error (never a customer's message text). */
function describe(error: unknown): string {
  if (error instanceof GrammyError) return `GrammyError ${error.error_code}: ${error.description}`;
  return maskPersonalData(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
}
