/**
 * Plays replays on Telegram: before each replay a fake Bot API server starts on loopback (the
 * service is started with `TELEGRAM_BOT_TOKEN` and `TELEGRAM_API_ROOT` pointing at it, so the
 * real grammY bot long-polls it over HTTP); a user in a private chat sends texts and presses
 * inline buttons through the fake's client and reads the bot's messages. A turn is complete when
 * the bot has handled the user's update: it polled again after receiving it, and grammY handles
 * (and answers) a whole batch before polling again.
 */
import type { BotMessage } from "../../bot/channel-port.ts";
import type { FakeTelegramApi } from "../../test/helpers/telegram-fake-api.ts";
import type { ChannelDriver, ChannelSession, PreparedChannel } from "./channel-driver.ts";

const TOKEN = "424242:replay-telegram-token";
const TURN_TIMEOUT_MS = 60_000;

/** The Telegram driver; the fake Bot API (a devDependency) is loaded only when a replay needs it. */
export function createTelegramDriver(): ChannelDriver {
  let fake: FakeTelegramApi | undefined;
  let users = 0;
  return {
    channel: "telegram",
    async prepare(): Promise<PreparedChannel> {
      const { FakeTelegramApi } = await import("../../test/helpers/telegram-fake-api.ts");
      const started = new FakeTelegramApi();
      await started.start();
      fake = started;
      return {
        env: {
          TELEGRAM_BOT_TOKEN: TOKEN,
          TELEGRAM_API_ROOT: started.apiRoot,
          TELEGRAM_SEND_PER_SECOND: "10000",
          TELEGRAM_CHAT_SEND_PER_SECOND: "10000",
        },
        close: async () => {
          await started.stop();
          if (fake === started) fake = undefined;
        },
      };
    },
    async open(_system, locale): Promise<ChannelSession> {
      const api = fake;
      if (!api) throw new Error("the Telegram driver's prepare() was not called before open()");
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
