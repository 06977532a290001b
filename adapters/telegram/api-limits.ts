/**
 * Outgoing flood control with grammY's own plugins: the throttler keeps to Telegram's rates (all
 * chats together, and per chat after a small burst) and auto-retry repeats a call Telegram
 * answered with 429 after its `retry_after` (and after a 5xx), at most a few times; a call that got
 * no answer at all is retried a few times by {@link networkRetry}, then fails.
 */
import { autoRetry } from "@grammyjs/auto-retry";
import { apiThrottler } from "@grammyjs/transformer-throttler";
import type { Api } from "grammy";
import { networkRetry } from "./network-retry.ts";

/** Sending rates. */
export interface SendRates {
  /** Messages per second over all chats. */
  perSecond: number;
  /** Messages per second into one chat, after a burst. */
  perChatPerSecond: number;
}

/**
 * Installs the throttler, then auto-retry and the network retry around it (so a retried call is
 * throttled too).
 */
export function installApiLimits(api: Api, rates: SendRates): void {
  const global = Math.max(1, Math.round(rates.perSecond));
  const interval = Math.max(50, Math.round(1000 / rates.perChatPerSecond));
  const amount = Math.max(1, Math.round((rates.perChatPerSecond * interval) / 1000));
  const burst = Math.max(5, amount);
  api.config.use(
    apiThrottler({
      global: { reservoir: global, reservoirRefreshAmount: global, reservoirRefreshInterval: 1000 },
      out: {
        maxConcurrent: 1,
        reservoir: burst,
        reservoirIncreaseAmount: amount,
        reservoirIncreaseInterval: interval,
        reservoirIncreaseMaximum: burst,
      },
    }),
  );
  api.config.use(autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 60, rethrowHttpErrors: true }));
  api.config.use(networkRetry({ retries: 2, firstDelayMs: 500 }));
}
