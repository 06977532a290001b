import { describe, expect, it } from "vitest";
import { EchoEngine } from "../../helpers/echo-engine.ts";
import { FakeTelegramApi } from "../../helpers/telegram-fake-api.ts";
import {
  TEST_BOT_TOKEN,
  TEST_WEBHOOK_SECRET,
  type TelegramHarness,
  telegramHarnessPerTest,
  telegramTextUpdate,
} from "../../helpers/telegram-harness.ts";

const user = 5151;
const startHarness = telegramHarnessPerTest();
let h: TelegramHarness;

const update = (updateId: number, text: string) => telegramTextUpdate(user, updateId, text);

async function post(body: unknown, secret?: string): Promise<Response> {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (secret !== undefined) headers["x-telegram-bot-api-secret-token"] = secret;
  return fetch(`${h.baseUrl}/telegram/webhook`, { method: "POST", headers, body: JSON.stringify(body) });
}

describe("Telegram channel, webhook against the fake Bot API", () => {
  it("registers the webhook with its secret token and answers users through it", async () => {
    const engine = new EchoEngine();
    h = await startHarness({ webhook: true, engine });
    expect(h.fake.webhook).toEqual({ url: `${h.baseUrl}/telegram/webhook`, secret: TEST_WEBHOOK_SECRET });
    expect(h.fake.callsOf("getUpdates")).toHaveLength(0);
    const id = await h.fake.sendText(TEST_BOT_TOKEN, user, "/start");
    await h.fake.handled(id);
    expect(h.fake.deliveries.at(-1)!.status).toBe(200);
    expect(h.fake.sent(user).map((m) => m.text)).toEqual(["hello tr"]);
    const press = await h.fake.press(TEST_BOT_TOKEN, user, h.fake.sent(user)[0]!.buttons[0]!.data);
    await h.fake.handled(press);
    expect(h.fake.sent(user).at(-1)!.text).toBe("pressed: menu");
  });

  it("a request with a wrong or missing secret token gets 401 JSON and changes nothing", async () => {
    const engine = new EchoEngine();
    h = await startHarness({ webhook: true, engine });
    for (const secret of [undefined, "wrong-secret", `${TEST_WEBHOOK_SECRET}x`, ""]) {
      const res = await post(update(1, "merhaba"), secret);
      expect(res.status).toBe(401);
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe("unauthorized");
      expect(body.error.message).toContain("X-Telegram-Bot-Api-Secret-Token");
    }
    expect(engine.events).toHaveLength(0);
    expect(h.fake.sent(user)).toHaveLength(0);
    expect(await h.database.db.telegramUpdate.count()).toBe(0);
    expect(await h.database.db.conversation.count()).toBe(0);
    // The update was not taken: delivered properly, it is handled.
    expect((await post(update(1, "merhaba"), TEST_WEBHOOK_SECRET)).status).toBe(200);
    expect(engine.events).toHaveLength(1);
  });

  it("the same update posted twice yields one engine turn and one reply", async () => {
    const engine = new EchoEngine();
    h = await startHarness({ webhook: true, engine });
    const first = await post(update(700, "tek sefer"), TEST_WEBHOOK_SECRET);
    const again = await post(update(700, "tek sefer"), TEST_WEBHOOK_SECRET);
    expect([first.status, again.status]).toEqual([200, 200]);
    // Both at once too (a retry racing the first delivery).
    const racing = await Promise.all([1, 2].map(() => post(update(701, "yarış"), TEST_WEBHOOK_SECRET)));
    expect(racing.map((r) => r.status)).toEqual([200, 200]);
    expect(engine.events.map((e) => (e.event as { text: string }).text)).toEqual(["tek sefer", "yarış"]);
    expect(h.fake.sent(user).map((m) => m.text)).toEqual(["echo: tek sefer", "echo: yarış"]);
    expect(await h.database.db.telegramUpdate.count()).toBe(2);
  });

  it("answers a body that is not an update with 400 JSON", async () => {
    h = await startHarness({ webhook: true });
    const res = await post({ hello: 1 }, TEST_WEBHOOK_SECRET);
    expect(res.status).toBe(400);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("bad_request");
    const broken = await fetch(`${h.baseUrl}/telegram/webhook`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": TEST_WEBHOOK_SECRET },
      body: "{not json",
    });
    expect(broken.status).toBe(400);
  });

  it("answers an update whose fields have the wrong types with 400 JSON, and the engine never sees it", async () => {
    const engine = new EchoEngine();
    h = await startHarness({ webhook: true, engine });
    const good = update(41, "merhaba");
    const misshapen = [
      { ...good, message: { ...good.message, text: 12345 } },
      { ...good, message: { ...good.message, chat: { id: "abc", type: "private" } } },
      { ...good, message: { ...good.message, from: { id: 5, is_bot: false, language_code: 7 } } },
      { ...good, message: "hi" },
      { update_id: 42, callback_query: { id: 1, from: { id: user }, data: "x" } },
      { update_id: 43, callback_query: { id: "q", from: { id: user }, data: { a: 1 } } },
    ];
    for (const body of misshapen) {
      const res = await post(body, TEST_WEBHOOK_SECRET);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("bad_request");
    }
    expect(engine.events).toHaveLength(0);
    expect((await post(good, TEST_WEBHOOK_SECRET)).status).toBe(200);
    expect(engine.events).toHaveLength(1);
  });

  it("refuses a webhook URL without a secret as a configuration error naming the variable, leaving nothing open", async () => {
    const running = FakeTelegramApi.running;
    await expect(
      startHarness({ env: { TELEGRAM_WEBHOOK_URL: "https://bot.example.com/telegram/webhook" } }),
    ).rejects.toThrow(
      "configuration error: TELEGRAM_WEBHOOK_SECRET must be set when TELEGRAM_WEBHOOK_URL is set",
    );
    expect(FakeTelegramApi.running).toBe(running);
  });
});
