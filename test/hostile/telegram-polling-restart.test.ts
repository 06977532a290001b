/**
 * Telegram long polling across a restart, with the service (`adapters/main.ts`) as real child
 * processes against the fake Bot API, which keeps an update until a `getUpdates` confirms it as
 * Telegram does. A turn is caught mid-way (its answer hangs at `sendMessage`), then:
 *
 * - the service is stopped (SIGTERM) and, its stop never finishing, killed: grammY's stop confirmed
 *   the update being handled, so Telegram never gave it again and the customer was left in silence;
 * - the service is killed (SIGKILL) and a new process polls within the claim's 10 s grace: the
 *   update came again, its claim read "busy, maybe handled elsewhere" and polling dropped it (and
 *   confirmed it with its next poll), so the customer was left in silence.
 *
 * Now polling confirms only updates it finished, and waits out a claim moments old: the customer
 * gets "please write again" once with the open question, the lost text is not run twice, and the
 * next message is answered.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, projectRoot, type RunningScript, watchProcess } from "../helpers/processes.ts";
import { FakeTelegramApi } from "../helpers/telegram-fake-api.ts";
import { telegramTextUpdate } from "../helpers/telegram-harness.ts";

const TOKEN = "123456:polling-restart";
const CUT_OFF = "Son mesajınızı bir kesinti yüzünden işleyemedim.";
/** How the answer to "fiyat ne kadar" begins (locales/tr/bot.json info.prices). */
const PRICES = "Güncel fiyatlar";
const dir = mkdtempSync(join(tmpdir(), "mm-tg-restart-"));
const fake = new FakeTelegramApi();
const running = new Set<RunningScript>();

beforeAll(async () => {
  await fake.start();
});
afterAll(async () => {
  for (const service of running) service.child.kill("SIGKILL");
  await Promise.all([...running].map((s) => s.exited));
  await fake.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** The service in ONE node process (tsx as a loader), so a signal reaches the service itself. */
async function startService(): Promise<RunningScript> {
  const service = watchProcess(
    spawn(process.execPath, ["--import", "tsx", "adapters/main.ts"], {
      cwd: projectRoot,
      env: {
        ...process.env,
        PORT: String(await freePort()),
        HOST: "127.0.0.1",
        MM_DATA_DIR: dir,
        DATABASE_URL: "",
        LOG_LEVEL: "info",
        TELEGRAM_BOT_TOKEN: TOKEN,
        TELEGRAM_API_ROOT: fake.apiRoot,
        TELEGRAM_WEBHOOK_URL: "",
        TELEGRAM_WEBHOOK_SECRET: "",
        SLACK_SIGNING_SECRET: "",
        SLACK_BOT_TOKEN: "",
      },
      stdio: ["ignore", "pipe", "pipe"],
    }),
  );
  running.add(service);
  void service.exited.then(() => running.delete(service));
  return service;
}

async function kill(service: RunningScript, signal: NodeJS.Signals = "SIGKILL"): Promise<void> {
  (service.child as ChildProcess).kill(signal);
  if (signal === "SIGKILL") await service.exited;
}

const texts = (chat: number) => fake.sent(chat).map((m) => m.text);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until the chat has received at least `count` messages. */
async function received(chat: number, count: number, timeoutMs = 40_000): Promise<string[]> {
  await fake.until(
    () => fake.sent(chat).length >= count,
    timeoutMs,
    `chat ${chat}: ${count} messages expected, got ${JSON.stringify(texts(chat))}`,
  );
  return texts(chat);
}

/** Waits until the update was confirmed (handled: polled past); returns how many messages the chat has. */
async function handled(chat: number, updateId: number): Promise<number> {
  await fake.until(() => !fake.unconfirmed().includes(updateId), 40_000, `update ${updateId} not handled`);
  return fake.sent(chat).length;
}

/** Delivers a text and waits until the service is stuck sending its answer. */
async function caughtMidTurn(chat: number, updateId: number, text: string): Promise<void> {
  const stalled = fake.stalledCalls("sendMessage");
  fake.stall("sendMessage");
  fake.enqueue(telegramTextUpdate(chat, updateId, text));
  await fake.until(
    () => fake.stalledCalls("sendMessage") > stalled,
    30_000,
    "the turn never reached its answer",
  );
}

/** Asserts what the customer got after the lost update, and that the next message is answered once. */
async function expectAskedAgainThenServed(chat: number, before: number, nextUpdateId: number) {
  const after = (await received(chat, before + 2)).slice(before);
  // asked to write again, once, with where the dialog stands; the lost text's answer is not sent
  expect(after[0]).toContain(CUT_OFF);
  fake.enqueue(telegramTextUpdate(chat, nextUpdateId, "fiyat ne kadar"));
  await handled(chat, nextUpdateId);
  const all = texts(chat).slice(before);
  expect(all.filter((t) => t.includes(CUT_OFF))).toHaveLength(1);
  // the price was answered once: for the message after the restart, never for the lost one
  expect(all.filter((t) => t.startsWith(PRICES))).toHaveLength(1);
}

describe("Telegram long polling across a restart", () => {
  it("a stop that never finished (SIGTERM mid-turn, then SIGKILL) leaves the update to the next process: asked again once, nothing run twice", async () => {
    const chat = 5101;
    const first = await startService();
    await first.waitFor(/telegram long polling started/, 90_000);
    fake.enqueue(telegramTextUpdate(chat, 910_001, "/start"));
    const greeted = await handled(chat, 910_001);
    await caughtMidTurn(chat, 910_002, "fiyat ne kadar");
    await kill(first, "SIGTERM");
    await first.waitFor(/shutting down/, 10_000);
    await sleep(1_500); // the stop hangs on the turn's answer; the host gives up on it
    await kill(first);
    fake.unstall("sendMessage");
    // Telegram still holds the update the process never finished
    expect(fake.unconfirmed()).toContain(910_002);
    const second = await startService();
    await second.waitFor(/telegram long polling started/, 90_000);
    await expectAskedAgainThenServed(chat, greeted, 910_003);
    await kill(second);
  }, 240_000);

  it("SIGKILL mid-turn with a new process polling within the claim's grace: the update waits out the grace, asked again once, nothing run twice", async () => {
    const chat = 5202;
    const first = await startService();
    await first.waitFor(/telegram long polling started/, 90_000);
    fake.enqueue(telegramTextUpdate(chat, 920_001, "/start"));
    const greeted = await handled(chat, 920_001);
    // the next process is up and waiting for the Bot API before the turn starts (its getMe hangs)
    fake.stall("getMe");
    const second = await startService();
    await second.waitFor(/HTTP server listening/, 90_000);
    await fake.until(() => fake.stalledCalls("getMe") > 0, 30_000, "the second process never asked getMe");
    await caughtMidTurn(chat, 920_002, "fiyat ne kadar");
    await kill(first);
    fake.unstall("sendMessage");
    fake.unstall("getMe"); // the second process connects again within a second or two
    await second.waitFor(/telegram long polling started/, 30_000);
    await expectAskedAgainThenServed(chat, greeted, 920_003);
    await kill(second);
  }, 240_000);
});
