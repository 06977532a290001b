/**
 * Connecting the Telegram channel (`getMe`, then the command list and the webhook or long polling)
 * without holding the service hostage: when the Bot API is out of reach or failing at start, the
 * rest of the service (web chat, OCSP, CRL, jobs) starts anyway and the channel keeps trying in the
 * background, with a doubling pause, until it is connected or closed. A token Telegram refuses is a
 * configuration error and stops start-up, as any bad setting does.
 */
import { GrammyError, HttpError } from "grammy";
import type { Logger } from "pino";
import { ConfigurationError } from "../config/environment.ts";

/** What a connection attempt runs, and how it is retried. */
export interface TelegramConnectDeps {
  /** Fetches the bot's own user (`getMe`), trying once; skipped once it succeeded. */
  init(): Promise<void>;
  /** Everything after `getMe` (command list, webhook or long polling). */
  connected(): Promise<void>;
  logger: Logger;
  retry: { firstDelayMs: number; maxDelayMs: number };
}

/** Whether a failed Bot API call is worth trying again later: no answer, a 5xx or a 429. */
export function isPassingTelegramFailure(error: unknown): boolean {
  if (error instanceof HttpError) return true;
  return error instanceof GrammyError && (error.error_code >= 500 || error.error_code === 429);
}

/** Connects the channel once, now or in the background (see the file's comment). */
export class TelegramConnect {
  #inited = false;
  #timer: NodeJS.Timeout | undefined;
  #attempt: Promise<void> | undefined;
  #stopped = false;

  constructor(private readonly deps: TelegramConnectDeps) {}

  /**
   * Connects, or on a passing failure logs one warning and goes on in the background. Rejects with a
   * {@link ConfigurationError} when Telegram refuses the token.
   */
  async start(): Promise<void> {
    try {
      await this.#connect();
    } catch (error) {
      if (!isPassingTelegramFailure(error)) throw refusal(error);
      this.deps.logger.warn(
        { err: String(error), retryInMs: this.deps.retry.firstDelayMs },
        "Telegram Bot API unreachable: the service runs without Telegram and keeps trying to connect",
      );
      this.#schedule(this.deps.retry.firstDelayMs);
    }
  }

  /** Stops trying; waits for an attempt under way. */
  async stop(): Promise<void> {
    this.#stopped = true;
    clearTimeout(this.#timer);
    await this.#attempt?.catch(() => {});
  }

  async #connect(): Promise<void> {
    if (!this.#inited) {
      await this.deps.init();
      this.#inited = true;
    }
    await this.deps.connected();
  }

  #schedule(delayMs: number): void {
    if (this.#stopped) return;
    this.#timer = setTimeout(() => {
      this.#attempt = this.#connect().then(
        () => this.deps.logger.info("Telegram Bot API reachable again: the channel is connected"),
        (error: unknown) => {
          const next = Math.min(delayMs * 2, this.deps.retry.maxDelayMs);
          if (isPassingTelegramFailure(error)) {
            this.deps.logger.warn(
              { err: String(error), retryInMs: next },
              "Telegram Bot API still unreachable",
            );
          } else {
            this.deps.logger.error({ err: String(refusal(error)) }, "Telegram refused the connection");
          }
          this.#schedule(next);
        },
      );
    }, delayMs);
    this.#timer.unref();
  }
}

/** A failure that is not a passing one: the token refused (401/404) becomes a configuration error. */
function refusal(error: unknown): unknown {
  if (error instanceof GrammyError && (error.error_code === 401 || error.error_code === 404)) {
    return new ConfigurationError("TELEGRAM_BOT_TOKEN", `was refused by Telegram (${error.description})`);
  }
  return error;
}
