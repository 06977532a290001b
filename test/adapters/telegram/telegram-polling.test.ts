import { describe, expect, it } from "vitest";
import { parseCallbackData } from "../../../adapters/telegram/render.ts";
import { firstKeyboardGeneration } from "../../../adapters/telegram/telegram-chats.ts";
import type { ConversationEngine } from "../../../bot/channel-port.ts";
import { EchoEngine } from "../../helpers/echo-engine.ts";
import {
  TEST_BOT_TOKEN,
  type TelegramHarness,
  telegramHarnessPerTest,
} from "../../helpers/telegram-harness.ts";

const user = 4242;
const startHarness = telegramHarnessPerTest();
let h: TelegramHarness;

const say = (text: string, languageCode?: string) => h.say(user, text, languageCode);

describe("Telegram channel, long polling against the fake Bot API", () => {
  it("answers /start with the engine's greeting as an inline keyboard, plain text, and sets the commands", async () => {
    const engine = new EchoEngine();
    h = await startHarness({ engine });
    const before = firstKeyboardGeneration(new Date());
    await say("/start");
    const after = firstKeyboardGeneration(new Date());
    const sent = h.fake.sent(user);
    expect(sent.map((m) => m.text)).toEqual(["hello tr"]);
    // a new chat's first keyboard: one after the chat's first generation (seconds since 2026-01-01)
    expect(sent[0]!.buttons).toEqual([{ text: "Menü", data: expect.stringMatching(/^\d+\|menu$/) }]);
    const generation = parseCallbackData(sent[0]!.buttons[0]!.data)!.generation;
    expect(generation).toBeGreaterThan(before);
    expect(generation).toBeLessThanOrEqual(after + 1);
    expect(sent[0]!.payload.parse_mode).toBeUndefined();
    expect(engine.events[0]).toMatchObject({
      conversation: { id: `tg-${user}`, channel: "telegram", locale: "tr" },
      event: { type: "start" },
    });
    const commands = h.fake.callsOf("setMyCommands");
    expect(commands).toHaveLength(2);
    expect(JSON.stringify(commands[0]!.commands)).toContain('"command":"menu"');
    const row = await h.conversations.get(`tg-${user}`);
    expect(row).toMatchObject({ channel: "telegram", externalId: String(user) });
  });

  it("turns a button press into a button event, answering the callback query first", async () => {
    const engine = new EchoEngine();
    h = await startHarness({ engine });
    await say("/start");
    const id = await h.fake.press(TEST_BOT_TOKEN, user, h.fake.sent(user)[0]!.buttons[0]!.data);
    await h.fake.handled(id);
    expect(engine.events.at(-1)!.event).toEqual({ type: "button", id: "menu" });
    expect(h.fake.sent(user).at(-1)!.text).toBe("pressed: menu");
    const order = h.fake.calls
      .map((c) => c.method)
      .filter((m) => m === "answerCallbackQuery" || m === "sendMessage");
    expect(order.slice(-2)).toEqual(["answerCallbackQuery", "sendMessage"]);
  });

  it("answers a stale button politely without an engine turn, and accepts typed answers", async () => {
    const engine = new EchoEngine();
    h = await startHarness({ engine });
    await say("/start");
    const old = h.fake.sent(user)[0]!.buttons[0]!.data;
    const generation = parseCallbackData(old)!.generation;
    await say("/start"); // a new keyboard: the first one is stale now
    const turns = engine.events.length;
    await h.fake.handled(await h.fake.press(TEST_BOT_TOKEN, user, old));
    expect(engine.events.length).toBe(turns);
    const answers = h.fake.callsOf("answerCallbackQuery");
    expect(String(answers.at(-1)!.text)).toContain("artık geçerli değil");
    // In the chat too: the open question with its (current) buttons again.
    const [notice, again] = h.fake.sent(user).slice(-2);
    expect(notice!.text).toBe("Bu düğme artık geçerli değil. Kaldığımız yer:");
    expect(again).toMatchObject({
      text: "hello tr",
      buttons: [{ text: "Menü", data: `${generation + 1}|menu` }],
    });
    await h.fake.handled(await h.fake.press(TEST_BOT_TOKEN, user, again!.buttons[0]!.data));
    expect(engine.events.at(-1)!.event).toEqual({ type: "button", id: "menu" });
    await say("Menü");
    expect(engine.events.at(-1)!.event).toEqual({ type: "text", text: "Menü" });
  });

  it("speaks English to an English Telegram and on /en; /help answers without the engine", async () => {
    const engine = new EchoEngine();
    h = await startHarness({ engine });
    await say("/start", "en-GB");
    expect(h.fake.sent(user)[0]!.text).toBe("hello en");
    await say("/tr");
    expect(h.fake.sent(user).map((m) => m.text)).toContain("Bundan sonra Türkçe konuşuyorum.");
    expect(engine.events.at(-1)!.conversation.locale).toBe("tr");
    const before = engine.events.length;
    await say("/help");
    expect(engine.events.length).toBe(before);
    expect(h.fake.sent(user).at(-1)!.text).toContain("/menu");
  });

  it("switches the language when asked in words, keeping other short texts for the engine", async () => {
    const engine = new EchoEngine();
    h = await startHarness({ engine });
    await say("/start");
    await say("English please");
    expect(h.fake.sent(user).map((m) => m.text)).toContain("From now on I speak English.");
    expect(engine.events.at(-1)).toMatchObject({ conversation: { locale: "en" }, event: { type: "start" } });
    expect(h.fake.sent(user).at(-1)!.text).toBe("hello en");
    await say("ingilizce fatura istiyorum");
    expect(engine.events.at(-1)).toMatchObject({
      conversation: { locale: "en" },
      event: { type: "text", text: "ingilizce fatura istiyorum" },
    });
    await say("türkçe lütfen");
    expect(h.fake.sent(user).map((m) => m.text)).toContain("Bundan sonra Türkçe konuşuyorum.");
    expect(engine.events.at(-1)).toMatchObject({ conversation: { locale: "tr" }, event: { type: "start" } });
    await say("in English");
    expect(engine.events.at(-1)!.conversation.locale).toBe("en");
    expect(await h.database.db.telegramChat.findUnique({ where: { chatId: String(user) } })).toMatchObject({
      locale: "en",
    });
  });

  it("splits a long answer at 4096 characters", async () => {
    const long = `${"a".repeat(4000)}\n${"b".repeat(4000)}\n${"c".repeat(2000)}`;
    const engine: ConversationEngine = { handle: async () => [{ text: long }] };
    h = await startHarness({ engine });
    await say("hello");
    const texts = h.fake.sent(user).map((m) => m.text);
    expect(texts.length).toBe(3);
    for (const t of texts) expect(t.length).toBeLessThanOrEqual(4096);
    expect(texts.join("")).toBe(long);
  });

  it("deletes a message carrying a TCKN after reading it and says why", async () => {
    const engine = new EchoEngine();
    h = await startHarness({ engine });
    await say("/start");
    await say("TC kimlik numaram 10000000146");
    expect(engine.events.at(-1)!.event).toEqual({ type: "text", text: "TC kimlik numaram 10000000146" });
    const deleted = h.fake.callsOf("deleteMessage");
    expect(deleted).toHaveLength(1);
    expect(deleted[0]!.chat_id).toBe(user);
    const texts = h.fake.sent(user).map((m) => m.text);
    expect(texts.at(-2)).toContain("T.C. kimlik numarası içeren mesajınızı");
    await say("sipariş 12345678901");
    expect(h.fake.callsOf("deleteMessage")).toHaveLength(1);
  });

  it("a redelivered update (polling restart) has no second effect", async () => {
    const engine = new EchoEngine();
    h = await startHarness({ engine });
    const update = {
      update_id: 900_001,
      message: {
        message_id: 77,
        date: 1_700_000_000,
        chat: { id: user, type: "private", first_name: "U" },
        from: { id: user, is_bot: false, first_name: "U" },
        text: "bir kez",
      },
    };
    await h.fake.deliver(update);
    await h.fake.handled(900_001);
    await h.fake.deliver(update);
    await h.fake.deliver({ ...update, update_id: 900_002, message: { ...update.message, text: "iki" } });
    await h.fake.handled(900_002);
    expect(engine.events.map((e) => (e.event as { text?: string }).text)).toEqual(["bir kez", "iki"]);
    expect(h.fake.sent(user).map((m) => m.text)).toEqual(["echo: bir kez", "echo: iki"]);
    const metrics = await h.metrics.getSingleMetricAsString("mm_telegram_updates_total");
    expect(metrics).toContain('outcome="duplicate"} 1');
  });

  it("pushes messages to the chat of a Telegram conversation", async () => {
    h = await startHarness();
    await say("/start");
    const generation = parseCallbackData(h.fake.sent(user)[0]!.buttons[0]!.data)!.generation;
    await h.channel.outbound.push(`tg-${user}`, [
      { text: "Temsilci: merhaba", buttons: [{ id: "x", label: "Tamam" }] },
    ]);
    const last = h.fake.sent(user).at(-1)!;
    expect(last.text).toBe("Temsilci: merhaba");
    expect(last.buttons).toEqual([{ text: "Tamam", data: `${generation + 1}|x` }]);
  });
});
