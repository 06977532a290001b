/**
 * Events too frequent for an audit entry each (every OCSP signature; refused HTTP requests, which
 * anyone can send): counted in memory and written as one entry per kind and subject at each flush
 * (a timer, and shutdown), with the count and the first and last time. The chain then records that
 * they happened, when and how often, without an attacker being able to flood it: the number of
 * distinct subjects kept between flushes is bounded, the rest counted under one "other" subject.
 */
import type { AuditEvent } from "./audit-log.ts";

/** How often a running service writes its counts (besides at shutdown). */
export const AUDIT_TALLY_MS = 60_000;

/** Subjects kept apart between two flushes; more are counted together. */
export const AUDIT_TALLY_SUBJECTS = 64;

interface Count {
  action: string;
  subject: string;
  count: number;
  first: Date;
  last: Date;
}

/** Counts events and appends their totals to the audit log. */
export class AuditTally {
  readonly #counts = new Map<string, Count>();
  #writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly audit: { append(event: AuditEvent): Promise<unknown> },
    private readonly clock: { now(): Date },
    private readonly actor: string,
    private readonly onError: (error: unknown) => void,
  ) {}

  /** Counts one event (synchronous: the caller never waits for storage). */
  count(action: string, subject: string): void {
    let key = `${action}\u0000${subject}`;
    let entry = this.#counts.get(key);
    if (!entry && this.#counts.size >= AUDIT_TALLY_SUBJECTS) {
      subject = "other";
      key = `${action}\u0000${subject}`;
      entry = this.#counts.get(key);
    }
    const now = this.clock.now();
    if (entry) {
      entry.count += 1;
      entry.last = now;
    } else this.#counts.set(key, { action, subject, count: 1, first: now, last: now });
  }

  /** Appends one entry per counted kind and subject, then starts counting afresh. */
  flush(): Promise<void> {
    const counts = [...this.#counts.values()];
    this.#counts.clear();
    this.#writing = this.#writing.then(async () => {
      for (const c of counts) {
        await this.audit
          .append({
            actor: this.actor,
            action: c.action,
            subject: c.subject,
            details: { count: c.count, first: c.first.toISOString(), last: c.last.toISOString() },
          })
          .catch(this.onError);
      }
    });
    return this.#writing;
  }
}

/** A tally flushed every `intervalMs` (timer not holding the process) and once more at `close`. */
export function startAuditTally(tally: AuditTally, intervalMs: number): { close(): Promise<void> } {
  const timer = setInterval(() => void tally.flush(), intervalMs);
  timer.unref();
  return {
    close: () => {
      clearInterval(timer);
      return tally.flush();
    },
  };
}
