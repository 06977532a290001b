/**
 * A bounded retry of Bot API calls that failed on the network (no answer from Telegram at all).
 *
 * Written here because `@grammyjs/auto-retry` (2.0.2) repeats such a call for ever, whatever its
 * `maxRetryAttempts` says: with Telegram out of reach, a send never settled and start-up never
 * finished. So auto-retry is installed with `rethrowHttpErrors` and this transformer gives a network
 * failure a few more tries, then lets the caller see it.
 */
import { type Api, HttpError } from "grammy";

type Transformer = Parameters<Api["config"]["use"]>[0];

/** Tries after the first, and the pause before each (doubling). */
export interface NetworkRetryOptions {
  retries: number;
  firstDelayMs: number;
}

/** The transformer: retries a call that threw grammY's `HttpError`, `retries` times at most. */
export function networkRetry(options: NetworkRetryOptions): Transformer {
  return async (prev, method, payload, signal) => {
    let delay = options.firstDelayMs;
    for (let attempt = 0; ; attempt++) {
      try {
        return await prev(method, payload, signal);
      } catch (error) {
        if (!(error instanceof HttpError) || attempt >= options.retries || signal?.aborted) throw error;
        await pause(delay, signal);
        delay *= 2;
      }
    }
  };
}

/** The part of grammY's abort signal (from the `abort-controller` package) the pause needs. */
interface AbortLike {
  readonly aborted: boolean;
  addEventListener(type: "abort", listener: () => void, options?: { once?: boolean }): void;
  removeEventListener(type: "abort", listener: () => void): void;
}

function pause(ms: number, signal: AbortLike | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    const done = () => {
      signal?.removeEventListener("abort", abort);
      resolve();
    };
    const timer = setTimeout(done, ms);
    const abort = () => {
      clearTimeout(timer);
      reject(new Error("Bot API call aborted while waiting to retry"));
    };
    signal?.addEventListener("abort", abort, { once: true });
  });
}
