/**
 * Replays on Telegram in webhook mode: the fake Bot API posts every update to the service's
 * `POST /telegram/webhook` with the secret token the service registered (the whole corpus plays in
 * long-polling mode in replay-corpus.test.ts; here a representative few: an application with buttons,
 * a wrong one-time code, English, a hand-off with an agent's reply pushed to the chat).
 */
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runReplays } from "../../../adapters/replay/replay-runner.ts";
import { startReplaySystem } from "../../../adapters/replay/service-system.ts";
import { createTelegramDriver } from "../../../adapters/replay/telegram-driver.ts";
import { FakeTelegramApi } from "../../helpers/telegram-fake-api.ts";

const here = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "replays");

describe("replays on Telegram over the webhook", () => {
  it.each([
    "03-tuzel-kart-basvuru.yaml",
    "21-hata-yanlis-kod.yaml",
    "30-english-application.yaml",
    "43-agent-devral-bitir.yaml",
  ])(
    "%s",
    async (file) => {
      const fakes: FakeTelegramApi[] = [];
      const driver = createTelegramDriver({
        mode: "webhook",
        loadFake: async () =>
          class extends FakeTelegramApi {
            constructor() {
              super();
              fakes.push(this);
            }
          },
      });
      const result = await runReplays([join(here, file)], {
        channel: "telegram",
        drivers: [driver],
        startSystem: startReplaySystem,
        cwd: here,
      });
      expect(result.failures).toEqual([]);
      expect(result).toMatchObject({ passed: 1, failed: 0 });
      const fake = fakes[0]!;
      expect(fakes).toHaveLength(1);
      // Really the webhook: registered with a secret, every update posted and answered 200, no polling.
      expect(fake.webhook?.secret).toMatch(/^[0-9a-f]{48}$/);
      expect(fake.callsOf("getUpdates")).toHaveLength(0);
      expect(fake.deliveries.length).toBeGreaterThanOrEqual(3);
      expect(fake.deliveries.map((d) => d.status).every((s) => s === 200)).toBe(true);
    },
    120_000,
  );

  it("without the fake Bot API installed, each replay fails its set-up with one clear line", async () => {
    const driver = createTelegramDriver({
      loadFake: async () => {
        throw new Error(
          "Cannot find package 'telegram-test-api' imported from /app/test/helpers/telegram-fake-api.ts\n    at x",
        );
      },
    });
    const result = await runReplays([join(here, "01-mali-muhur-nedir.yaml")], {
      channel: "telegram",
      drivers: [driver],
      startSystem: startReplaySystem,
      cwd: here,
    });
    expect(result).toMatchObject({ passed: 0, failed: 1 });
    expect(result.failures).toEqual([
      "01-mali-muhur-nedir.yaml [telegram] setup: the Telegram replay driver needs the fake Bot API (test/helpers/telegram-fake-api.ts and the dev dependency telegram-test-api; run npm ci without --omit=dev): Cannot find package 'telegram-test-api' imported from /app/test/helpers/telegram-fake-api.ts",
    ]);
  });

  it("an unknown MM_REPLAY_TELEGRAM_MODE fails the set-up with one line naming it", async () => {
    const driver = createTelegramDriver({ mode: "carrier-pigeon" });
    await expect(driver.prepare!()).rejects.toThrow(
      'MM_REPLAY_TELEGRAM_MODE must be polling or webhook, not "carrier-pigeon"',
    );
  });
});
