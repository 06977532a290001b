/**
 * The Bot API out of reach at start: the channel's start returns (the service starts without
 * Telegram), webhook deliveries get a quick 503 so Telegram delivers them again, and once the API
 * answers the channel connects by itself and handles updates.
 */

import type { AddressInfo } from "node:net";
import { createServer } from "node:net";
import { describe, expect, it, onTestFinished } from "vitest";
import { EchoEngine } from "../../helpers/echo-engine.ts";
import { FakeTelegramApi } from "../../helpers/telegram-fake-api.ts";
import {
  TEST_WEBHOOK_SECRET,
  telegramHarnessPerTest,
  telegramTextUpdate,
} from "../../helpers/telegram-harness.ts";

const startHarness = telegramHarnessPerTest();

/** A loopback port nothing listens on (for now). */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

describe("Telegram channel, Bot API out of reach at start", () => {
  it("starts anyway, answers webhook deliveries 503 meanwhile, and connects once the API answers", async () => {
    const port = await closedPort();
    const engine = new EchoEngine();
    const began = Date.now();
    const h = await startHarness({
      webhook: true,
      engine,
      env: { TELEGRAM_API_ROOT: `http://127.0.0.1:${port}` },
    });
    expect(Date.now() - began).toBeLessThan(10_000);

    const post = (updateId: number) =>
      fetch(`${h.baseUrl}/telegram/webhook`, {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "x-telegram-bot-api-secret-token": TEST_WEBHOOK_SECRET,
        },
        body: JSON.stringify(telegramTextUpdate(77, updateId, "merhaba")),
      });
    const early = await post(1);
    expect(early.status).toBe(503);
    expect(((await early.json()) as { error: { code: string } }).error.code).toBe("telegram_unavailable");
    expect(engine.events).toHaveLength(0);

    const api = new FakeTelegramApi();
    await api.start(port);
    onTestFinished(() => api.stop());
    const deadline = Date.now() + 20_000;
    while (!api.webhook && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(api.webhook).toEqual({ url: `${h.baseUrl}/telegram/webhook`, secret: TEST_WEBHOOK_SECRET });

    // Telegram's second delivery of the same update is handled now.
    expect((await post(1)).status).toBe(200);
    expect(engine.events).toHaveLength(1);
    expect(api.sent(77).map((m) => m.text)).toEqual(["echo: merhaba"]);
  }, 40_000);

  it("a token Telegram refuses (401 to getMe) stops the channel's start with an error naming the variable", async () => {
    const api = new FakeTelegramApi();
    await api.start();
    onTestFinished(() => api.stop());
    api.failNext("getMe", { status: 401 });
    await expect(startHarness({ env: { TELEGRAM_API_ROOT: api.apiRoot } })).rejects.toThrow(
      /configuration error: TELEGRAM_BOT_TOKEN/,
    );
    expect(api.callsOf("getMe")).toHaveLength(1);
  });
});
