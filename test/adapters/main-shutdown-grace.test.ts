/**
 * Hostile tester: a stop (SIGTERM) while a Telegram turn hung on a Bot API that never answered
 * `sendMessage` never finished: the process stayed up until the host killed it, however long that
 * took. `npm start` (adapters/main.ts) now exits with code 1 and a coded log line once the stop
 * outlasts MM_SHUTDOWN_GRACE_MS, and at once on a second signal; the update it did not finish is
 * left to the next start (test/hostile/telegram-polling-restart.test.ts).
 */
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort, projectRoot, type RunningScript, watchProcess } from "../helpers/processes.ts";
import { FakeTelegramApi } from "../helpers/telegram-fake-api.ts";
import { telegramTextUpdate } from "../helpers/telegram-harness.ts";

const TOKEN = "123456:shutdown-grace";
const dirs: string[] = [];
const fake = new FakeTelegramApi();
const running = new Set<RunningScript>();

beforeAll(async () => {
  await fake.start();
});
afterAll(async () => {
  for (const service of running) service.child.kill("SIGKILL");
  await Promise.all([...running].map((s) => s.exited));
  fake.unstall("sendMessage");
  await fake.stop();
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** The service in one node process (tsx as a loader), so a signal reaches the service itself. */
async function startService(graceMs: number): Promise<RunningScript> {
  const dir = mkdtempSync(join(tmpdir(), "mm-grace-"));
  dirs.push(dir);
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
        MM_SHUTDOWN_GRACE_MS: String(graceMs),
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

/** Starts a service and leaves it stuck sending the answer of a turn. */
async function stuckMidTurn(graceMs: number, chat: number, updateId: number): Promise<RunningScript> {
  const service = await startService(graceMs);
  await service.waitFor(/telegram long polling started/, 90_000);
  const stalled = fake.stalledCalls("sendMessage");
  fake.stall("sendMessage");
  fake.enqueue(telegramTextUpdate(chat, updateId, "fiyat ne kadar"));
  await fake.until(
    () => fake.stalledCalls("sendMessage") > stalled,
    30_000,
    "the turn never reached its answer",
  );
  return service;
}

describe("npm start: a stop that cannot finish", () => {
  it("exits with code 1 and a shutdown_timeout line once MM_SHUTDOWN_GRACE_MS has passed", async () => {
    const service = await stuckMidTurn(1_500, 6101, 930_001);
    const signalled = Date.now();
    service.child.kill("SIGTERM");
    await service.waitFor(/shutting down/, 10_000);
    const code = await Promise.race([
      service.exited,
      new Promise<"still running">((resolve) => setTimeout(() => resolve("still running"), 20_000)),
    ]);
    expect(code).toBe(1);
    expect(Date.now() - signalled).toBeGreaterThanOrEqual(1_400);
    await service.waitFor(/"code":"shutdown_timeout"/, 1_000);
  }, 180_000);

  it("a second signal exits at once", async () => {
    const service = await stuckMidTurn(60_000, 6202, 940_001);
    service.child.kill("SIGTERM");
    await service.waitFor(/shutting down/, 10_000);
    service.child.kill("SIGINT");
    const code = await Promise.race([
      service.exited,
      new Promise<"still running">((resolve) => setTimeout(() => resolve("still running"), 10_000)),
    ]);
    expect(code).toBe(1);
    await service.waitFor(/second signal while shutting down/, 1_000);
  }, 180_000);
});
