import { describe, expect, it } from "vitest";
import type { ConversationEngine } from "../../../bot/channel-port.ts";
import { EchoEngine } from "../../helpers/echo-engine.ts";
import {
  TEST_BOT_TOKEN,
  type TelegramHarness,
  telegramHarnessPerTest,
} from "../../helpers/telegram-harness.ts";

const user = 4343;
const startHarness = telegramHarnessPerTest();
let h: TelegramHarness;

describe("Telegram channel, outgoing rate limits (grammY's throttler and auto-retry)", () => {
  it("after a 429 with retry_after the message is sent again after the wait and delivered once", async () => {
    h = await startHarness({ engine: new EchoEngine() });
    h.fake.failNext("sendMessage", { status: 429, retryAfter: 1 });
    const id = await h.fake.sendText(TEST_BOT_TOKEN, user, "merhaba");
    await h.fake.handled(id, 15_000);
    const sends = h.fake.calls.filter((c) => c.method === "sendMessage");
    expect(sends.map((c) => c.failedWith)).toEqual([429, undefined]);
    expect(sends[1]!.payload.text).toBe(sends[0]!.payload.text);
    expect(sends[1]!.at - sends[0]!.at).toBeGreaterThanOrEqual(950);
    expect(h.fake.sent(user).map((m) => m.text)).toEqual(["echo: merhaba"]);
  });

  it("after a 5xx the call is retried too, and the update still counts as handled once", async () => {
    h = await startHarness({ engine: new EchoEngine() });
    h.fake.failNext("sendMessage", { status: 502 });
    await h.fake.handled(await h.fake.sendText(TEST_BOT_TOKEN, user, "yine"), 15_000);
    expect(h.fake.sent(user).map((m) => m.text)).toEqual(["echo: yine"]);
    expect(await h.metrics.getSingleMetricAsString("mm_telegram_updates_total")).toContain(
      'outcome="handled"} 1',
    );
  });

  it("spaces the messages into one chat after a burst of 5, without holding up another chat", async () => {
    const engine: ConversationEngine = { handle: async () => [] };
    h = await startHarness({ engine, env: { TELEGRAM_CHAT_SEND_PER_SECOND: "5" } });
    const busy = 9001;
    const other = 9002;
    const burst = Array.from({ length: 8 }, (_, i) => ({ text: `m${i}` }));
    await Promise.all([
      h.channel.outbound.push(`tg-${busy}`, burst),
      (async () => {
        await new Promise((resolve) => setTimeout(resolve, 50));
        await h.channel.outbound.push(`tg-${other}`, [{ text: "başka sohbet" }]);
      })(),
    ]);
    const at = (chat: number) =>
      h.fake.calls.filter((c) => c.method === "sendMessage" && c.payload.chat_id === chat).map((c) => c.at);
    const times = at(busy);
    expect(h.fake.sent(busy).map((m) => m.text)).toEqual(burst.map((m) => m.text));
    // 5 at once, then one per 200 ms (the refill ticks on its own clock, so the 6th comes within one
    // interval, each later one a whole interval after the one before).
    expect(times[4]! - times[0]!).toBeLessThan(400);
    expect(times[7]! - times[0]!).toBeGreaterThanOrEqual(380);
    for (let i = 6; i < 8; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(150);
    // The other chat's message did not wait for the busy chat's queue.
    expect(at(other)[0]!).toBeLessThan(times[7]!);
  });
});
