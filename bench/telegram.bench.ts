/**
 * Telegram benchmark, on the embedded defaults (the whole service, SQLite in a temp data folder),
 * with the Telegram channel in webhook mode against the fake Bot API on loopback: 200 private chats
 * each post signed webhook updates (a text message) back to back (closed loop) for 3 s after a 1 s
 * warm-up → updates/s, each one taken exactly once, handled by the engine and answered with a
 * sendMessage to the fake. In the same run and service, the web chat's turns/s with 200 sessions
 * (POST /api/chat/sessions/:id/messages) is the baseline. Send limits are lifted (Telegram's own
 * 30 messages/s would cap the figure, not the service).
 */
import { FakeTelegramApi } from "../test/helpers/telegram-fake-api.ts";
import { startBenchService } from "./bench-service.ts";
import { reportFigure } from "./format.ts";
import { loopFor } from "./loop.ts";

const CHATS = 200;
const RUN_MS = 3_000;
const WARM_UP_MS = 1_000;
const SECRET = "bench-webhook-secret";
const TEXTS = ["merhaba", "fiyat nedir", "mali mühür nedir", "menü"];

/** Steps per second of `workers` loops calling `step` back to back for `ms`. */
async function closedLoop(workers: number, ms: number, step: (worker: number, n: number) => Promise<void>) {
  const done = await loopFor(ms, workers, (i, worker) => step(worker, i));
  return done.count / done.seconds;
}

async function postJson(url: string, body: object, headers: Record<string, string> = {}) {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`${url} answered ${res.status}: ${text.slice(0, 200)}`);
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}

/** Runs the benchmark and prints its figure. */
export default async function run(): Promise<void> {
  const fake = new FakeTelegramApi();
  await fake.start();
  const service = await startBenchService({
    TELEGRAM_BOT_TOKEN: "777:bench-token",
    TELEGRAM_API_ROOT: fake.apiRoot,
    TELEGRAM_WEBHOOK_URL: "http://127.0.0.1/telegram/webhook",
    TELEGRAM_WEBHOOK_SECRET: SECRET,
    TELEGRAM_SEND_PER_SECOND: "10000",
    TELEGRAM_CHAT_SEND_PER_SECOND: "10000",
  });
  const base = service.baseUrl;
  try {
    let updateId = 1;
    const webhook = (chat: number, n: number) =>
      postJson(
        `${base}/telegram/webhook`,
        {
          update_id: updateId++,
          message: {
            message_id: updateId,
            date: 1_700_000_000,
            chat: { id: 10_000 + chat, type: "private", first_name: "B" },
            from: { id: 10_000 + chat, is_bot: false, first_name: "B" },
            text: TEXTS[n % TEXTS.length],
          },
        },
        { "x-telegram-bot-api-secret-token": SECRET },
      ).then(() => {});
    const sessions: { id: string; token: string }[] = [];
    for (let i = 0; i < CHATS; i++) {
      const body = await postJson(`${base}/api/chat/sessions`, { locale: "tr" });
      sessions.push({ id: String(body.sessionId), token: String(body.token) });
    }
    const web = (s: number, n: number) =>
      postJson(
        `${base}/api/chat/sessions/${sessions[s]!.id}/messages`,
        { text: TEXTS[n % TEXTS.length] },
        { authorization: `Bearer ${sessions[s]!.token}` },
      ).then(() => {});
    await closedLoop(CHATS, WARM_UP_MS, webhook);
    const telegram = await closedLoop(CHATS, RUN_MS, webhook);
    await closedLoop(CHATS, WARM_UP_MS, web);
    const webTurns = await closedLoop(CHATS, RUN_MS, web);
    const replies = fake.callsOf("sendMessage").length;
    if (replies < updateId - 1)
      throw new Error(`telegram bench: ${updateId - 1} updates but ${replies} replies`);
    reportFigure("telegram webhook updates per second (200 chats, SQLite)", telegram, "updates/s", {
      what: "web chat turns per second (200 sessions, same run)",
      value: webTurns,
      unit: "turns/s",
    });
  } finally {
    await service.close();
    await fake.stop();
  }
}
