/**
 * Plays replays on Telegram: before each replay a fake Bot API server starts on loopback (the
 * service is started with `TELEGRAM_BOT_TOKEN` and `TELEGRAM_API_ROOT` pointing at it), and a user
 * in a private chat sends texts and presses inline buttons through the fake's client and reads the
 * bot's messages. Two modes, as in production:
 * - `polling` (default): the real grammY bot long-polls the fake over HTTP. A turn is complete when
 *   the bot polled again after receiving the user's update (grammY handles, and answers, a whole
 *   batch before polling again).
 * - `webhook` (`MM_REPLAY_TELEGRAM_MODE=webhook`, or the `mode` option): the service registers
 *   `TELEGRAM_WEBHOOK_URL` with a secret token; the fake posts each update to the service's
 *   `POST /telegram/webhook` with `X-Telegram-Bot-Api-Secret-Token`, as Telegram does through a
 *   reverse proxy. A turn is complete when the webhook answered 200 (the route answers after the
 *   update is handled); any other answer fails the turn.
 */
import { randomBytes } from "node:crypto";
import type { BotMessage } from "../../bot/channel-port.ts";
import type { FakeTelegramApi } from "../../test/helpers/telegram-fake-api.ts";
import type { ChannelDriver, ChannelSession, PreparedChannel } from "./channel-driver.ts";

const TOKEN = "424242:replay-telegram-token";
const TURN_TIMEOUT_MS = 60_000;
/** The public URL the service registers in webhook mode; the fake delivers to the real port instead. */
const PUBLIC_WEBHOOK_URL = "https://replay.invalid/telegram/webhook";

/** How the bot receives updates in a replay. */
export type TelegramReplayMode = "polling" | "webhook";

/** Loads the fake Bot API (test code, with the devDependency `telegram-test-api`). */
export type FakeTelegramLoader = () => Promise<new () => FakeTelegramApi>;

/** Options of the Telegram driver. */
export interface TelegramDriverOptions {
  /** Default: `MM_REPLAY_TELEGRAM_MODE`, else `polling`. */
  mode?: string;
  /** Default: imports test/helpers/telegram-fake-api.ts. */
  loadFake?: FakeTelegramLoader;
}

const defaultLoader: FakeTelegramLoader = async () =>
  (await import("../../test/helpers/telegram-fake-api.ts")).FakeTelegramApi;

/**
 * The Telegram driver; the fake Bot API (a devDependency) is loaded only when a replay needs it. A
 * missing fake or an unknown mode fails each replay's set-up with one clear line.
 */
export function createTelegramDriver(options: TelegramDriverOptions = {}): ChannelDriver {
  const modeSetting = options.mode ?? process.env.MM_REPLAY_TELEGRAM_MODE;
  let mode: TelegramReplayMode = "polling";
  const loadFake = options.loadFake ?? defaultLoader;
  let fake: FakeTelegramApi | undefined;
  let users = 0;
  return {
    channel: "telegram",
    async prepare(): Promise<PreparedChannel> {
      mode = parseMode(modeSetting);
      const Fake = await loadFake().catch((error: unknown) => {
        throw notInstalled(error);
      });
      const started = new Fake();
      await started.start();
      fake = started;
      return {
        env: {
          TELEGRAM_BOT_TOKEN: TOKEN,
          TELEGRAM_API_ROOT: started.apiRoot,
          TELEGRAM_SEND_PER_SECOND: "10000",
          TELEGRAM_CHAT_SEND_PER_SECOND: "10000",
          ...(mode === "webhook"
            ? {
                TELEGRAM_WEBHOOK_URL: PUBLIC_WEBHOOK_URL,
                TELEGRAM_WEBHOOK_SECRET: randomBytes(24).toString("hex"),
              }
            : {}),
        },
        close: async () => {
          await started.stop();
          if (fake === started) fake = undefined;
        },
      };
    },
    async open(system, locale): Promise<ChannelSession> {
      const api = fake;
      if (!api) throw new Error("the Telegram driver's prepare() was not called before open()");
      if (mode === "webhook") {
        if (api.webhook?.url !== PUBLIC_WEBHOOK_URL || !api.webhook.secret) {
          throw new Error("webhook mode: the service did not register its webhook with a secret token");
        }
        api.routeWebhookTo(`${system.baseUrl}/telegram/webhook`);
      }
      users++;
      const user = 700_000 + users;
      let cursor = 0;
      const fresh = (): BotMessage[] => {
        const all = api.sent(user);
        const out = all
          .slice(cursor)
          .map(
            (m): BotMessage =>
              m.buttons.length > 0
                ? { text: m.text, buttons: m.buttons.map((b) => ({ id: b.data, label: b.text })) }
                : { text: m.text },
          );
        cursor = all.length;
        return out;
      };
      const settle = async (updateId: number): Promise<BotMessage[]> => {
        await api.handled(updateId, TURN_TIMEOUT_MS);
        return fresh();
      };
      const greeting = await settle(await api.sendText(TOKEN, user, "/start", locale));
      return {
        conversationId: `tg-${user}`,
        greeting,
        sendText: async (text) => settle(await api.sendText(TOKEN, user, text, locale)),
        pressButton: async (id) => settle(await api.press(TOKEN, user, id, locale)),
        async takePushed(waitMs = 0) {
          if (api.sent(user).length === cursor && waitMs > 0) {
            await api.until(() => api.sent(user).length > cursor, waitMs).catch(() => {});
            // let the rest of a burst arrive
            await new Promise((resolve) => setTimeout(resolve, 20));
          }
          return fresh();
        },
        close: async () => {},
      };
    },
  };
}

function parseMode(value: string | undefined): TelegramReplayMode {
  if (value === undefined || value === "" || value === "polling") return "polling";
  if (value === "webhook") return "webhook";
  throw new Error(`MM_REPLAY_TELEGRAM_MODE must be polling or webhook, not ${JSON.stringify(value)}`);
}

/** One line saying what is missing and how to get it. */
function notInstalled(error: unknown): Error {
  const detail = (error instanceof Error ? error.message : String(error)).split("\n")[0];
  return new Error(
    `the Telegram replay driver needs the fake Bot API (test/helpers/telegram-fake-api.ts and the dev dependency telegram-test-api; run npm ci without --omit=dev): ${detail}`,
  );
}
