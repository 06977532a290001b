/**
 * Slack delivers a request again (with `X-Slack-Retry-Num`) when it saw no timely answer. The guard
 * remembers the ids of the requests this process handled (an event's `event_id`, a command's or
 * action's `trigger_id`) and drops any second delivery of one, so a retry has no second effect; a
 * retry of a request never seen here is handled once. Memory is bounded (oldest ids forgotten).
 */
export class RetryGuard {
  readonly #seen = new Set<string>();

  constructor(private readonly capacity = 10_000) {}

  /** True when this request was handled before (drop it); records it otherwise. */
  seen(body: unknown, retryNum?: number): boolean {
    const key = requestKey(body);
    if (key === undefined) return retryNum !== undefined && retryNum > 0;
    if (this.#seen.has(key)) return true;
    this.#seen.add(key);
    if (this.#seen.size > this.capacity) this.#seen.delete(this.#seen.values().next().value!);
    return false;
  }
}

function requestKey(body: unknown): string | undefined {
  if (!body || typeof body !== "object") return undefined;
  const b = body as { event_id?: unknown; trigger_id?: unknown };
  if (typeof b.event_id === "string") return `event:${b.event_id}`;
  if (typeof b.trigger_id === "string") return `trigger:${b.trigger_id}`;
  return undefined;
}
