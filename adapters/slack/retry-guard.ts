/**
 * Slack delivers a request again (with `X-Slack-Retry-Num`) when it saw no timely answer, and the
 * retry may land on another instance. The guard claims each request's id (an event's `event_id`,
 * a command's or action's `trigger_id`) in a store of handled requests shared by every instance
 * (the `SlackRetry` table, adapters/db/slack-retry-store.ts) and drops a delivery whose id was
 * claimed before, so a retry has no second effect anywhere. A retry without an id is dropped.
 */

/** Where handled request ids are kept; `claim` is atomic (one winner per key). */
export interface HandledRequests {
  /** Records `key` until `expiresAt`; false when it was already recorded and not expired. */
  claim(key: string, expiresAt: Date, now: Date): Promise<boolean>;
}

/** How long a handled request id is remembered: Slack's last retry comes about 5 minutes after the first delivery. */
export const RETRY_MEMORY_MS = 60 * 60 * 1000;

/** Handled ids of one process (tests, a console without storage); the oldest are forgotten past `capacity`. */
export class MemoryHandledRequests implements HandledRequests {
  readonly #seen = new Map<string, number>();

  constructor(private readonly capacity = 10_000) {}

  async claim(key: string, expiresAt: Date, now: Date): Promise<boolean> {
    const until = this.#seen.get(key);
    if (until !== undefined && until > now.getTime()) return false;
    this.#seen.delete(key);
    this.#seen.set(key, expiresAt.getTime());
    if (this.#seen.size > this.capacity) this.#seen.delete(this.#seen.keys().next().value!);
    return true;
  }
}

/** Decides whether a delivery was handled before. */
export class RetryGuard {
  constructor(
    private readonly handled: HandledRequests = new MemoryHandledRequests(),
    private readonly nowMs: () => number = Date.now,
  ) {}

  /** True when this request was handled before (drop it); claims it otherwise. */
  async seen(body: unknown, retryNum?: number): Promise<boolean> {
    const key = requestKey(body);
    if (key === undefined) return retryNum !== undefined && retryNum > 0;
    const now = this.nowMs();
    return !(await this.handled.claim(key, new Date(now + RETRY_MEMORY_MS), new Date(now)));
  }
}

function requestKey(body: unknown): string | undefined {
  if (!body || typeof body !== "object") return undefined;
  const b = body as { event_id?: unknown; trigger_id?: unknown };
  if (typeof b.event_id === "string") return `event:${b.event_id}`;
  if (typeof b.trigger_id === "string") return `trigger:${b.trigger_id}`;
  return undefined;
}
