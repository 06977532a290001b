/**
 * Long polling (`getUpdates`) that confirms to Telegram only the updates it finished, so a process
 * stopped or killed in the middle of one leaves it with Telegram: the next process polls it again.
 *
 * Telegram keeps an update until a `getUpdates` asks with an `offset` above its id. grammY's own
 * loop (`bot.start`) confirms the update it is handling as soon as it is stopped, before that
 * update is done: a stop that never finished (a turn hanging, the host killing the process after
 * its grace) lost the update for good. Here the offset moves past an update only once it was
 * handled; stopping waits for the update under way and confirms only what was finished.
 *
 * An update whose handling says "not handled, try again" (`retryable`: its claim still busy
 * elsewhere after the wait, storage out of reach) is not passed: polling pauses (1 s, doubling up
 * to 30 s) and asks for it again. Any other failure is logged and the update passed (the bot has
 * told the customer already). A failed `getUpdates` is tried again after the same pause (Telegram's
 * `retry_after` for a 429); a refused token (401) stops polling.
 */
import { type Bot, BotError, GrammyError } from "grammy";
import type { Update } from "grammy/types";
import type { Logger } from "pino";
import { maskPersonalData } from "../../core/privacy/mask.ts";

/** The part of grammY's Bot that polling uses. */
export type PollingBot = Pick<Bot, "api" | "handleUpdate">;

type GetUpdatesOptions = NonNullable<Parameters<Bot["api"]["getUpdates"]>[0]>;
/** grammY's signal type (its AbortController shim's); the global one is the same at run time. */
type Signal = Parameters<Bot["api"]["getUpdates"]>[1];

/** What {@link LongPolling} is built from. */
export interface LongPollingDeps {
  bot: PollingBot;
  /** The update kinds asked for. */
  allowedUpdates: GetUpdatesOptions["allowed_updates"];
  logger: Logger;
  /** Whether a failure of an update means it was not handled and is to be asked for again. */
  retryable(error: unknown): boolean;
  /** Seconds one `getUpdates` waits for updates (default 30). */
  timeoutSeconds?: number;
  /** The first pause after a failure, doubling up to 30 s (default 1 000 ms). */
  retryMs?: number;
}

const MAX_PAUSE_MS = 30_000;

/** The polling loop (see the file's comment). */
export class LongPolling {
  readonly #deps: LongPollingDeps;
  /** The first update not finished: what `getUpdates` asks from, confirming every one below it. */
  #offset = 0;
  #running = false;
  #abort: AbortController | undefined;
  #loop: Promise<void> | undefined;
  #wake: (() => void) | undefined;

  constructor(deps: LongPollingDeps) {
    this.#deps = deps;
  }

  /** Starts polling in the background; resolves nothing (see {@link stop}). */
  start(): void {
    if (this.#running) return;
    this.#running = true;
    this.#abort = new AbortController();
    this.#loop = this.#run().catch((error: unknown) => {
      this.#deps.logger.error({ err: describe(error) }, "telegram long polling stopped");
    });
  }

  /**
   * Stops asking for updates, waits for the update under way to be finished, then confirms to
   * Telegram the updates finished (never one not finished: a process killed meanwhile leaves it).
   */
  async stop(): Promise<void> {
    if (!this.#running) return;
    this.#running = false;
    this.#abort?.abort();
    this.#wake?.();
    await this.#loop;
    if (this.#offset > 0) {
      await this.#deps.bot.api.getUpdates({ offset: this.#offset, limit: 1, timeout: 0 }).catch((error) => {
        this.#deps.logger.warn({ err: describe(error) }, "telegram updates handled not confirmed at stop");
      });
    }
  }

  async #run(): Promise<void> {
    const { bot, logger } = this.#deps;
    const firstPause = this.#deps.retryMs ?? 1_000;
    let pause = firstPause;
    let webhookCleared = false;
    while (this.#running) {
      let updates: Update[];
      try {
        // getUpdates is refused while a webhook is set (grammY's start does the same)
        if (!webhookCleared) {
          await bot.api.deleteWebhook({ drop_pending_updates: false }, this.#abort?.signal as Signal);
          webhookCleared = true;
        }
        updates = await bot.api.getUpdates(
          {
            offset: this.#offset,
            timeout: this.#deps.timeoutSeconds ?? 30,
            allowed_updates: this.#deps.allowedUpdates,
          },
          this.#abort?.signal as Signal,
        );
      } catch (error) {
        if (!this.#running) break;
        if (error instanceof GrammyError && error.error_code === 401) throw error;
        const retryAfter = error instanceof GrammyError ? error.parameters.retry_after : undefined;
        const wait = retryAfter !== undefined ? retryAfter * 1000 : pause;
        logger.warn({ err: describe(error), retryInMs: wait }, "telegram getUpdates failed");
        await this.#sleep(wait);
        pause = Math.min(pause * 2, MAX_PAUSE_MS);
        continue;
      }
      pause = firstPause;
      for (const update of updates) {
        // stopped: the updates not started stay with Telegram for the next process
        if (!this.#running) break;
        if (!(await this.#handled(update))) {
          await this.#sleep(pause);
          pause = Math.min(pause * 2, MAX_PAUSE_MS);
          break; // ask again from this update
        }
        this.#offset = Math.max(this.#offset, update.update_id + 1);
      }
    }
  }

  /** Handles one update; false when it was not handled and is to be asked for again. */
  async #handled(update: Update): Promise<boolean> {
    try {
      await this.#deps.bot.handleUpdate(update);
      return true;
    } catch (thrown) {
      const error = thrown instanceof BotError ? thrown.error : thrown;
      if (this.#deps.retryable(error)) {
        this.#deps.logger.warn(
          { update: update.update_id, err: describe(error) },
          "telegram update not handled yet; asked for again",
        );
        return false;
      }
      this.#deps.logger.error({ update: update.update_id, err: describe(error) }, "telegram update failed");
      return true;
    }
  }

  /** Waits, or less when polling is stopped meanwhile. */
  #sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      if (!this.#running) return resolve();
      const done = () => {
        clearTimeout(timer);
        this.#wake = undefined;
        resolve();
      };
      const timer = setTimeout(done, ms);
      timer.unref();
      this.#wake = done;
    });
  }
}

/** A loggable, masked description of an error (never a customer's text). */
function describe(error: unknown): string {
  return maskPersonalData(error instanceof Error ? `${error.name}: ${error.message}` : String(error));
}
