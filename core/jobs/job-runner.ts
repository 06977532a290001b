import { type JobLogger, silentJobLogger } from "./job-logger.ts";
import { JobNotReady } from "./job-not-ready.ts";
import type { ClaimedJob, JobStore } from "./job-store.ts";

/** What a handler learns about the run besides its payload. */
export interface JobContext {
  jobId: string;
  kind: string;
  /** The instant the runner was called with. */
  now: Date;
  /** 1 on the first run. */
  attempt: number;
  /** The last attempt before the job is marked failed. */
  maxAttempts: number;
  /**
   * Aborted when this run lost its lease (another runner took the job over after the lease ran out):
   * a long handler should stop before its next effect. Always set by {@link JobRunner}.
   */
  signal?: AbortSignal;
}

/** Runs one job; throwing makes the runner retry it later. */
export type JobHandler = (payload: Record<string, unknown>, context: JobContext) => Promise<void>;

/** Options of {@link JobRunner}. */
export interface JobRunnerOptions {
  store: JobStore;
  /** Identifies this runner in the lock (hostname + pid + random in production). */
  owner: string;
  logger?: JobLogger;
  /** Runs of a job before it is marked failed; default 5. */
  maxAttempts?: number;
  /** How long a claim holds before another runner may take the job over; default 5 minutes. */
  lockMs?: number;
  /**
   * The instant the lease is renewed from while a handler runs (the clock `runDueJobs` is called
   * with); default the system time.
   */
  clock?: () => Date;
  /** Real milliseconds between lease renewals while a handler runs; default a third of `lockMs`. */
  renewEveryMs?: number;
  /** Jobs claimed per call; default 20. */
  batchSize?: number;
  /** Delay before retry number `attempt` (1-based); default 30 s doubling up to 1 hour. */
  backoffMs?: (attempt: number) => number;
}

/** The default retry delay: 30 s, 60 s, 120 s, … capped at one hour. */
export function defaultBackoffMs(attempt: number): number {
  return Math.min(30_000 * 2 ** Math.max(0, attempt - 1), 3_600_000);
}

/** The outcome of one call of {@link JobRunner.runDueJobs}. */
export interface RunSummary {
  /** Jobs that ran to completion. */
  ran: number;
  /** Jobs that threw (retried later or failed for good), or whose lease another run took over. */
  failed: number;
  /** Jobs whose handler said they could not run yet ({@link JobNotReady}): queued again, no attempt counted. */
  deferred: number;
}

/**
 * Runs due jobs by kind. Each job is claimed atomically in the store, so it runs once even with
 * several runners on one database; an error is recorded and the job retried with backoff until
 * `maxAttempts`, then it is `failed`. A job whose runner crashed is claimed again once its lock expires.
 * While a handler runs its lease is renewed, so a slow run is not taken over; the run's final write is
 * fenced by its claim number, so a run whose lease was taken over anyway changes nothing.
 */
export class JobRunner {
  readonly #handlers = new Map<string, JobHandler>();
  readonly #store: JobStore;
  readonly #owner: string;
  readonly #logger: JobLogger;
  readonly #maxAttempts: number;
  readonly #lockMs: number;
  readonly #clock: () => Date;
  readonly #renewEveryMs: number;
  readonly #batchSize: number;
  readonly #backoffMs: (attempt: number) => number;

  constructor(options: JobRunnerOptions) {
    this.#store = options.store;
    this.#owner = options.owner;
    this.#logger = options.logger ?? silentJobLogger;
    this.#maxAttempts = options.maxAttempts ?? 5;
    this.#lockMs = options.lockMs ?? 300_000;
    this.#clock = options.clock ?? (() => new Date());
    this.#renewEveryMs = options.renewEveryMs ?? Math.max(1, Math.floor(this.#lockMs / 3));
    this.#batchSize = options.batchSize ?? 20;
    this.#backoffMs = options.backoffMs ?? defaultBackoffMs;
  }

  /** Registers the handler of a kind; a kind has one handler. */
  register(kind: string, handler: JobHandler): this {
    if (this.#handlers.has(kind)) throw new Error(`a handler for job kind ${kind} is already registered`);
    this.#handlers.set(kind, handler);
    return this;
  }

  /** The kinds with a handler. */
  kinds(): string[] {
    return [...this.#handlers.keys()];
  }

  /**
   * Claims and runs the jobs due at `now`, batch after batch (at most 50 batches per call), until a
   * claim yields nothing. A short batch is not the end: another runner may have won some of the
   * candidates while more jobs are due.
   */
  async runDueJobs(now: Date): Promise<RunSummary> {
    const summary: RunSummary = { ran: 0, failed: 0, deferred: 0 };
    for (let round = 0; round < 50; round += 1) {
      const lockedUntil = new Date(now.getTime() + this.#lockMs);
      const jobs = await this.#store.claimDue(now, this.#owner, lockedUntil, this.#batchSize);
      for (const job of jobs) summary[await this.#runOne(job, now)] += 1;
      if (jobs.length === 0) break;
    }
    return summary;
  }

  async #runOne(job: ClaimedJob, now: Date): Promise<"ran" | "failed" | "deferred"> {
    const handler = this.#handlers.get(job.kind);
    if (!handler) {
      const message = `unknown job kind "${job.kind}": no handler is registered`;
      this.#logger.error({ jobId: job.id, kind: job.kind }, message);
      await this.#store.markError(job.id, this.#owner, message, undefined, job.attempts);
      return "failed";
    }
    if (job.attempts > this.#maxAttempts) {
      // Claimed again after its runners crashed on every attempt: do not run it once more.
      const message = `gave up after ${job.attempts - 1} attempts whose runner stopped`;
      this.#logger.error({ jobId: job.id, kind: job.kind }, message);
      await this.#store.markError(job.id, this.#owner, message, undefined, job.attempts);
      return "failed";
    }
    const lease = this.#holdLease(job, now);
    try {
      await handler(job.payload, {
        jobId: job.id,
        kind: job.kind,
        now,
        attempt: job.attempts,
        maxAttempts: this.#maxAttempts,
        signal: lease.signal,
      });
    } catch (error) {
      await lease.stop();
      if (error instanceof JobNotReady) return this.#defer(job, now, error);
      const message = error instanceof Error ? error.message : String(error);
      const retryAt =
        job.attempts < this.#maxAttempts
          ? new Date(now.getTime() + this.#backoffMs(job.attempts))
          : undefined;
      this.#logger.warn(
        { jobId: job.id, kind: job.kind, attempt: job.attempts, retryAt, error: message },
        retryAt ? "job failed, will retry" : "job failed for good",
      );
      if (!(await this.#store.markError(job.id, this.#owner, message, retryAt, job.attempts)))
        this.#lost(job);
      return "failed";
    }
    await lease.stop();
    if (await this.#store.markDone(job.id, this.#owner, now, job.attempts)) return "ran";
    this.#lost(job);
    return "failed";
  }

  /** Queues a job whose handler said it could not run yet, without counting the attempt. */
  async #defer(job: ClaimedJob, now: Date, reason: JobNotReady): Promise<"deferred" | "failed"> {
    const runAt = new Date(now.getTime() + Math.max(1, reason.retryInMs));
    this.#logger.info(
      { jobId: job.id, kind: job.kind, runAt, reason: reason.message },
      "job deferred: not ready yet",
    );
    if (await this.#store.defer(job.id, this.#owner, runAt, job.attempts)) return "deferred";
    this.#lost(job);
    return "failed";
  }

  #lost(job: ClaimedJob): void {
    this.#logger.warn(
      { jobId: job.id, kind: job.kind, attempt: job.attempts },
      "job lease was taken over by another run; this run's outcome is discarded",
    );
  }

  /**
   * Renews the lease of a running job every `renewEveryMs` until stopped; aborts the signal when the
   * store says the lease is no longer this run's.
   */
  #holdLease(job: ClaimedJob, claimedAt: Date): { signal: AbortSignal; stop(): Promise<void> } {
    const controller = new AbortController();
    let renewing: Promise<void> | undefined;
    const renew = async () => {
      const from = Math.max(this.#clock().getTime(), claimedAt.getTime());
      try {
        const held = await this.#store.renew(
          job.id,
          this.#owner,
          job.attempts,
          new Date(from + this.#lockMs),
        );
        if (!held) {
          clearInterval(timer);
          controller.abort(new Error("job lease taken over"));
        }
      } catch (error) {
        // A renewal that failed (storage briefly away) is tried again at the next tick.
        this.#logger.warn(
          { jobId: job.id, kind: job.kind, error: error instanceof Error ? error.message : String(error) },
          "job lease renewal failed",
        );
      }
    };
    const timer = setInterval(() => {
      if (renewing || controller.signal.aborted) return;
      renewing = renew().finally(() => {
        renewing = undefined;
      });
    }, this.#renewEveryMs);
    timer.unref?.();
    return {
      signal: controller.signal,
      async stop() {
        clearInterval(timer);
        await renewing;
      },
    };
  }
}
