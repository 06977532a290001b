/**
 * Long polling confirms to Telegram only the updates it finished (adapters/telegram/long-polling.ts),
 * against a Bot API double that keeps updates until an offset above their id confirms them: an update
 * whose handling says "not handled" (storage away, a claim busy elsewhere) is asked for again; stopping
 * waits for the update under way and confirms only the finished ones.
 */
import { BotError } from "grammy";
import type { Update } from "grammy/types";
import { describe, expect, it } from "vitest";
import { createLogger } from "../../../adapters/logging/logger.ts";
import { LongPolling, type PollingBot } from "../../../adapters/telegram/long-polling.ts";

class StorageAway extends Error {}

/** A Bot API double: `getUpdates` returns the kept updates from `offset` and forgets those below it. */
function botDouble(ids: number[], handle: (id: number) => Promise<void>) {
  let kept: Update[] = ids.map((update_id) => ({ update_id }) as Update);
  const offsets: number[] = [];
  const handled: number[] = [];
  const bot = {
    api: {
      deleteWebhook: async () => true as const,
      getUpdates: async (other?: { offset?: number; timeout?: number }, signal?: AbortSignal) => {
        const offset = other?.offset ?? 0;
        offsets.push(offset);
        kept = kept.filter((u) => offset === 0 || u.update_id >= offset);
        if (kept.length > 0 || !other?.timeout) return kept;
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, 50);
          signal?.addEventListener("abort", () => {
            clearTimeout(timer);
            resolve();
          });
        });
        if (signal?.aborted) throw new Error("aborted");
        return kept;
      },
    },
    handleUpdate: async (update: Update) => {
      await handle(update.update_id);
      handled.push(update.update_id);
    },
  } as unknown as PollingBot;
  return { bot, offsets, handled, kept: () => kept.map((u) => u.update_id) };
}

const logger = createLogger({ level: "silent" });
const until = async (check: () => boolean) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 10));
  expect(check()).toBe(true);
};

describe("Telegram long polling", () => {
  it("asks again for an update that was not handled (storage away), then goes on; each update handled once", async () => {
    let failures = 2;
    const double = botDouble([11, 12, 13], async (id) => {
      if (id === 12 && failures-- > 0) throw new BotError(new StorageAway("database away"), {} as never);
    });
    const polling = new LongPolling({
      bot: double.bot,
      allowedUpdates: ["message"],
      logger,
      retryable: (error) => error instanceof StorageAway,
      retryMs: 10,
    });
    polling.start();
    await until(() => double.handled.length === 3);
    await polling.stop();
    expect(double.handled).toEqual([11, 12, 13]);
    // asked from 12 again twice (12 not confirmed), then past 13
    expect(double.offsets.slice(0, 4)).toEqual([0, 12, 12, 14]);
    expect(double.kept()).toEqual([]);
  });

  it("an update that failed otherwise is passed (the bot told the customer already)", async () => {
    const double = botDouble([21, 22], async (id) => {
      if (id === 21) throw new BotError(new Error("engine bug"), {} as never);
    });
    const polling = new LongPolling({
      bot: double.bot,
      allowedUpdates: ["message"],
      logger,
      retryable: (error) => error instanceof StorageAway,
      retryMs: 10,
    });
    polling.start();
    await until(() => double.handled.includes(22));
    await polling.stop();
    expect(double.handled).toEqual([22]);
    expect(double.kept()).toEqual([]);
  });

  it("stopping waits for the update under way and confirms only the finished ones: the rest stay with Telegram", async () => {
    let release: () => void = () => {};
    const double = botDouble([31, 32, 33], async (id) => {
      if (id === 32) await new Promise<void>((resolve) => (release = resolve));
    });
    const polling = new LongPolling({
      bot: double.bot,
      allowedUpdates: ["message"],
      logger,
      retryable: () => false,
    });
    polling.start();
    await until(() => double.handled.includes(31));
    const stopped = polling.stop();
    await new Promise((r) => setTimeout(r, 50));
    // nothing confirmed while 32 is under way
    expect(double.offsets).toEqual([0]);
    release();
    await stopped;
    expect(double.handled).toEqual([31, 32]); // 33 not started after the stop
    expect(double.offsets.at(-1)).toBe(33);
    expect(double.kept()).toEqual([33]);
  });
});
