import type { Logger } from "pino";

/** How long one client must keep meeting its connection cap before the operator is told (ms). */
export const CAP_HELD_WARNING_MS = 60_000;

/** Most clients warned about per process: a line each, so that many addresses cannot flood the log. */
const MOST_WARNED = 100;

/** Most clients remembered as sending `X-Forwarded-For` (the oldest is forgotten first). */
const MOST_FORWARDING = 1_000;

/**
 * A client's key (adapters/http/client-address.ts `clientKey`: `a.b.c.d/32` or an IPv6 `/64`) with
 * no more than its network shown: the first two IPv4 octets (`10.0.*.*`) or the first two IPv6
 * groups (`2001:db8:*`). Enough for an operator to recognise the load balancer's network, not enough
 * to name a customer's address in the log.
 */
export function maskedClientKey(key: string): string {
  const v4 = /^(\d{1,3})\.(\d{1,3})\.\d{1,3}\.\d{1,3}\/32$/.exec(key);
  if (v4) return `${v4[1]}.${v4[2]}.*.*`;
  const v6 = /^([0-9a-f]{1,4}):([0-9a-f]{1,4}):/.exec(key);
  if (v6) return `${v6[1]}:${v6[2]}:*`;
  return "unknown";
}

/**
 * The warning for an operator when one client keeps meeting its cap of open connections
 * (adapters/http/connection-caps.ts). Behind a load balancer without `MM_TRUST_PROXY` every customer
 * comes from the balancer's address, so the balancer's connections are held to one client's cap and
 * the rest are closed; nothing else shows it. When a client's connections have been refused at the
 * cap for {@link CAP_HELD_WARNING_MS} (from its first refusal; the count starts again once it holds
 * no connection), one warning line names its masked network and `MM_TRUST_PROXY`, and says whether
 * its requests carried `X-Forwarded-For` (a proxy) or not (one client holding many connections, as
 * a slowloris does). Once per client per process, at most {@link MOST_WARNED} lines.
 */
export class CapHolderWarning {
  readonly #firstRefused = new Map<string, number>();
  readonly #warned = new Set<string>();
  readonly #forwarding = new Set<string>();

  constructor(
    private readonly logger: Logger | undefined,
    private readonly perClient: number,
    private readonly heldMs: number = CAP_HELD_WARNING_MS,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** A request of the client `key` carried `X-Forwarded-For` or `Forwarded` (its peer not trusted). */
  forwarded(key: string): void {
    if (this.#forwarding.has(key)) return;
    if (this.#forwarding.size >= MOST_FORWARDING) {
      const oldest = this.#forwarding.values().next().value;
      if (oldest !== undefined) this.#forwarding.delete(oldest);
    }
    this.#forwarding.add(key);
  }

  /** A connection of `key` was closed at once, the client holding its cap. */
  refused(key: string): void {
    if (!this.logger || this.#warned.has(key) || this.#warned.size >= MOST_WARNED) return;
    const first = this.#firstRefused.get(key);
    const now = this.now();
    if (first === undefined) {
      this.#firstRefused.set(key, now);
      if (this.heldMs > 0) return;
    } else if (now - first < this.heldMs) return;
    this.#warned.add(key);
    this.#firstRefused.delete(key);
    this.logger.warn(
      {
        client: maskedClientKey(key),
        connections: this.perClient,
        forwardedFor: this.#forwarding.has(key),
      },
      `one client address has held its cap of ${this.perClient} open connections for ${Math.round(this.heldMs / 1000)} s and more are closed at once: if it is a load balancer or proxy (its requests carry X-Forwarded-For), set MM_TRUST_PROXY to it (docs/operations.md); otherwise one client is holding many connections open`,
    );
  }

  /** The client `key` holds no connection any more: its refusals, if any, count again from the next. */
  released(key: string): void {
    this.#firstRefused.delete(key);
  }
}
