/**
 * Hostile chat messages on every customer channel (issue 16): the web chat API and Telegram (webhook
 * mode, through the fake Bot API of test/helpers/telegram-fake-api.ts), against the whole composed
 * service. Fuzzed messages of a fixed seed (test/hostile/chat-fuzz-inputs.ts) are sent in several
 * dialog states, in Turkish and English conversations, each as typed text and as the id of a pressed
 * button (on Telegram in the chat's current keyboard generation, so the engine sees it). Every answer is a proper message (words, no
 * stack trace, no template or i18n key, not the apology for an exception) or, on the web, a coded
 * JSON refusal; nothing crashes; and storage changes only where the channels keep conversations
 * (records changed as in test/hostile/http-routes.test.ts: row counts of every model). Prints its figures.
 */
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { callbackDataOf, parseCallbackData } from "../../adapters/telegram/render.ts";
import { FakeTelegramApi } from "../helpers/telegram-fake-api.ts";
import { startTestService } from "../helpers/web-service.ts";
import { apologies, improper, STACK } from "./chat-answer-check.ts";
import { chatFuzzInputs, type FuzzInput } from "./chat-fuzz-inputs.ts";
import { recordsChanged, type StorageCounts, storageCounts } from "./storage-snapshot.ts";

const TOKEN = "737373:hostile-chat-token";
const SECRET = randomBytes(16).toString("hex");
const SEED = 1616;
/** Fuzzed messages per dialog state; a conversation takes this many before a fresh one. */
const INPUTS = 48;
const PER_CONVERSATION = 8;

type Locale = "tr" | "en";
/** How a conversation is brought to the state the inputs are sent in. */
type Setup = {
  name: string;
  web: { button?: string; text?: string }[];
  telegram: { press?: string; text?: string }[];
};

const states: Setup[] = [
  { name: "menu", web: [], telegram: [] },
  { name: "application: person kind", web: [{ button: "i:apply" }], telegram: [{ press: "i:apply" }] },
  {
    name: "application: VKN",
    web: [{ button: "i:apply" }, { text: "tüzel" }],
    telegram: [{ press: "i:apply" }, { text: "tüzel" }],
  },
  {
    name: "verification: VKN",
    web: [{ button: "i:contact_update" }],
    telegram: [{ press: "i:contact_update" }],
  },
];

interface Figures {
  tried: number;
  crashes: number;
  refused: number;
  failures: string[];
}

const show = (text: string) => JSON.stringify(text.slice(0, 60));

let s: Awaited<ReturnType<typeof startTestService>>;
let fake: FakeTelegramApi;

beforeAll(async () => {
  fake = new FakeTelegramApi();
  await fake.start();
  s = await startTestService({
    TELEGRAM_BOT_TOKEN: TOKEN,
    TELEGRAM_API_ROOT: fake.apiRoot,
    TELEGRAM_WEBHOOK_URL: "https://bot.example.invalid/telegram/webhook",
    TELEGRAM_WEBHOOK_SECRET: SECRET,
    TELEGRAM_SEND_PER_SECOND: "10000",
    TELEGRAM_CHAT_SEND_PER_SECOND: "10000",
    MM_CHAT_SESSIONS_PER_MINUTE: "100000",
    MM_CHAT_REQUESTS_PER_MINUTE: "100000",
    MM_CHAT_MESSAGES_PER_MINUTE: "100000",
  });
  fake.routeWebhookTo(`${s.baseUrl}/telegram/webhook`);
}, 120_000);
afterAll(async () => {
  await s?.close();
  await fake?.stop();
});

const inputs: FuzzInput[] = chatFuzzInputs(SEED, INPUTS);

describe("hostile chat messages on every customer channel", () => {
  it("the answer check refuses what a crash or a slip would show", () => {
    expect(improper("Lütfen geçerli bir VKN yazın.", "x")).toBeUndefined();
    expect(improper("Geçersiz: '{{x}}'", "{{x}}")).toBeUndefined(); // the customer's own text, quoted back
    expect(improper("TypeError: x is undefined\n    at turn (bot/turn.ts:12:3)", "x")).toBe("stack trace");
    expect(improper("verify.ask_subject", "x")).toBe("an i18n key");
    expect(improper("Merhaba {{name}}", "x")).toBe("raw code or template");
    expect(improper("🔥 ✓", "x")).toBe("no words");
    expect(improper(apologies()[1]!, "x")).toBe("the apology for an exception");
  });

  it("the web chat answers every fuzzed message properly, never crashes, and changes nothing but its conversations", async () => {
    const base = s.baseUrl;
    const before: StorageCounts = await storageCounts(s.service.database.db);
    const figures: Figures = { tried: 0, crashes: 0, refused: 0, failures: [] };
    let sessions = 0;

    async function post(path: string, body: unknown, token?: string) {
      const res = await fetch(`${base}${path}`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(30_000),
      });
      return { status: res.status, json: (await res.json()) as Record<string, unknown> };
    }
    async function open(state: Setup, locale: Locale) {
      const created = await post("/api/chat/sessions", { locale });
      expect(created.status).toBe(201);
      sessions += 1;
      const session = created.json as { sessionId: string; token: string };
      for (const step of state.web) {
        const res = await post(
          `/api/chat/sessions/${session.sessionId}/messages`,
          step.button ? { button: step.button } : { text: step.text },
          session.token,
        );
        expect(res.status, `${state.name} set-up`).toBe(200);
      }
      return session;
    }

    for (const state of states) {
      let session: { sessionId: string; token: string } | undefined;
      for (const [i, input] of inputs.entries()) {
        const locale: Locale = Math.floor(i / PER_CONVERSATION) % 2 === 0 ? "tr" : "en";
        if (i % PER_CONVERSATION === 0) session = await open(state, locale);
        // the text as typed, and the same junk as the id of a pressed button
        const events: { text?: string; button?: string }[] = [
          { text: input.text },
          { button: input.text.slice(0, 100) },
        ];
        for (const event of events) {
          figures.tried += 1;
          const kind = event.text !== undefined ? "text" : "button";
          const where = `web ${state.name} ${kind} [${input.family}] ${show(input.text)}`;
          let res: Awaited<ReturnType<typeof post>>;
          try {
            res = await post(`/api/chat/sessions/${session!.sessionId}/messages`, event, session!.token);
          } catch (error) {
            figures.crashes += 1;
            figures.failures.push(`${where}: ${String(error)}`);
            continue;
          }
          if (res.status >= 500) {
            figures.crashes += 1;
            figures.failures.push(`${where}: ${res.status} ${JSON.stringify(res.json).slice(0, 200)}`);
            continue;
          }
          if (res.status !== 200) {
            // a documented refusal (blank or over-long text): a coded JSON error with a message
            const error = (res.json as { error?: { code?: unknown; message?: unknown } }).error;
            figures.refused += 1;
            if (res.status !== 400 || typeof error?.code !== "string" || typeof error.message !== "string")
              figures.failures.push(`${where}: ${res.status} ${JSON.stringify(res.json).slice(0, 200)}`);
            else if (STACK.test(error.message)) figures.failures.push(`${where}: stack trace in the error`);
            continue;
          }
          const messages = (res.json as { messages?: { text?: unknown }[] }).messages ?? [];
          if (messages.length === 0) figures.failures.push(`${where}: no answer`);
          for (const message of messages) {
            const quoted = event.text ?? event.button ?? "";
            const why = typeof message.text === "string" ? improper(message.text, quoted) : "no text";
            if (why) figures.failures.push(`${where}: ${why}: ${show(String(message.text))}`);
          }
        }
      }
    }

    const changed = recordsChanged(before, await storageCounts(s.service.database.db), {
      Conversation: sessions,
    });
    console.log(
      `hostile chat (web): ${figures.tried} inputs tried, ${figures.crashes} crashes, ${changed.total} records changed, ${figures.refused} refused with a coded error, ${sessions} sessions opened on purpose`,
    );
    expect(figures.failures).toEqual([]);
    expect(figures.crashes).toBe(0);
    expect(changed.models).toEqual([]);
  }, 600_000);

  it("Telegram answers every fuzzed message properly, never crashes, and changes nothing but its chats", async () => {
    const before: StorageCounts = await storageCounts(s.service.database.db);
    const figures: Figures = { tried: 0, crashes: 0, refused: 0, failures: [] };
    let chats = 0;
    let updates = 0;
    let nextUpdate = 5_000_000;
    let nextChat = 880_000;

    /** Delivers a raw update and waits until the service handled it; returns the bot's new messages. */
    async function deliver(chatId: number, fields: Record<string, unknown>) {
      const seen = fake.sent(chatId).length;
      const id = nextUpdate++;
      updates += 1;
      await fake.deliver({ update_id: id, ...fields });
      await fake.handled(id, 30_000);
      return fake.sent(chatId).slice(seen);
    }
    const from = (chatId: number, locale: Locale) => ({
      id: chatId,
      is_bot: false,
      first_name: "Fuzz",
      language_code: locale,
    });
    const text = (chatId: number, locale: Locale, body: string) =>
      deliver(chatId, {
        message: {
          message_id: nextUpdate,
          date: Math.floor(Date.now() / 1000),
          chat: { id: chatId, type: "private", first_name: "Fuzz" },
          from: from(chatId, locale),
          text: body,
        },
      });
    /** Presses the button of the bot's latest keyboard that the web offers as `buttonId`. */
    async function press(chatId: number, locale: Locale, buttonId: string, webLabel: string) {
      const keyboard = fake
        .sent(chatId)
        .filter((m) => m.buttons.length > 0)
        .at(-1);
      const button = keyboard?.buttons.find((b) => b.text === webLabel);
      if (!button)
        throw new Error(`no button ${buttonId} (${webLabel}) in ${JSON.stringify(keyboard?.buttons)}`);
      return deliver(chatId, {
        callback_query: {
          id: String(nextUpdate),
          from: from(chatId, locale),
          chat_instance: String(chatId),
          message: {
            message_id: keyboard!.messageId,
            date: Math.floor(Date.now() / 1000),
            chat: { id: chatId, type: "private", first_name: "Fuzz" },
          },
          data: button.data,
        },
      });
    }
    /**
     * Presses a button whose id is `junk`, in the current keyboard generation when the id fits in
     * the callback data (so the engine sees it), else as raw callback data (a stale button).
     */
    async function pressData(chatId: number, locale: Locale, junk: string) {
      const keyboard = fake
        .sent(chatId)
        .filter((m) => m.buttons.length > 0)
        .at(-1);
      const generation = parseCallbackData(keyboard?.buttons[0]?.data ?? "")?.generation ?? 0;
      const data = callbackDataOf(generation, junk.slice(0, 60) || " ") ?? junk.slice(0, 64);
      return deliver(chatId, {
        callback_query: {
          id: String(nextUpdate),
          from: from(chatId, locale),
          chat_instance: String(chatId),
          message: {
            message_id: keyboard?.messageId ?? 1,
            date: Math.floor(Date.now() / 1000),
            chat: { id: chatId, type: "private", first_name: "Fuzz" },
          },
          data,
        },
      });
    }
    /** The web menu's label of a button, in a locale (Telegram shows the same labels). */
    const labels = new Map<string, string>();
    async function labelOf(buttonId: string, locale: Locale): Promise<string> {
      const key = `${locale}:${buttonId}`;
      if (!labels.has(key)) {
        const res = await fetch(`${s.baseUrl}/api/chat/sessions`, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify({ locale }),
        });
        const body = (await res.json()) as { messages: { buttons?: { id: string; label: string }[] }[] };
        for (const m of body.messages)
          for (const b of m.buttons ?? []) labels.set(`${locale}:${b.id}`, b.label);
      }
      return labels.get(key) ?? buttonId;
    }
    // the web sessions opened above to read labels are conversations too
    const labelSessions = async () => new Set([...labels.keys()].map((k) => k.split(":")[0])).size;

    async function open(state: Setup, locale: Locale): Promise<number> {
      const chatId = nextChat++;
      chats += 1;
      expect((await text(chatId, locale, "/start")).length, "/start is answered").toBeGreaterThan(0);
      for (const step of state.telegram) {
        const got = step.press
          ? await press(chatId, locale, step.press, await labelOf(step.press, locale))
          : await text(chatId, locale, step.text!);
        expect(got.length, `${state.name} set-up`).toBeGreaterThan(0);
      }
      return chatId;
    }

    for (const state of states) {
      let chatId = 0;
      for (const [i, input] of inputs.entries()) {
        const locale: Locale = Math.floor(i / PER_CONVERSATION) % 2 === 0 ? "tr" : "en";
        if (i % PER_CONVERSATION === 0) chatId = await open(state, locale);
        // the text as typed, and the same junk as a pressed button's id (of the current keyboard)
        const events = [
          { kind: "text", send: () => text(chatId, locale, input.text), quoted: input.text },
          {
            kind: "button",
            send: () => pressData(chatId, locale, input.text),
            quoted: input.text.slice(0, 60),
          },
        ];
        for (const event of events) {
          figures.tried += 1;
          const where = `telegram ${state.name} ${event.kind} [${input.family}] ${show(input.text)}`;
          let answers: Awaited<ReturnType<typeof deliver>>;
          try {
            answers = await event.send();
          } catch (error) {
            figures.crashes += 1;
            figures.failures.push(`${where}: ${String(error).slice(0, 200)}`);
            continue;
          }
          if (answers.length === 0) figures.failures.push(`${where}: no answer`);
          for (const answer of answers) {
            const why = improper(answer.text, event.quoted);
            if (why) figures.failures.push(`${where}: ${why}: ${show(answer.text)}`);
          }
        }
      }
    }

    const opened = await labelSessions();
    const changed = recordsChanged(before, await storageCounts(s.service.database.db), {
      Conversation: chats + opened,
      TelegramChat: chats,
      TelegramUpdate: updates,
    });
    console.log(
      `hostile chat (telegram): ${figures.tried} inputs tried, ${figures.crashes} crashes, ${changed.total} records changed, ${chats} chats opened on purpose (${updates} updates)`,
    );
    expect(figures.failures).toEqual([]);
    expect(figures.crashes).toBe(0);
    expect(changed.models).toEqual([]);
  }, 600_000);
});
