import { type JobLogger, silentJobLogger } from "./job-logger.ts";
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
  /** Jobs that threw (retried later or failed for good). */
  failed: number;
}

/**
 * Runs due jobs by kind. Each job is claimed atomically in the store, so it runs once even with
 * several runners on one database; an error is recorded and the job retried with backoff until
 * `maxAttempts`, then it is `failed`. A job whose runner crashed is claimed again once its lock expires.
 */
export class JobRunner {
  readonly #handlers = new Map<string, JobHandler>();
  readonly #store: JobStore;
  readonly #owner: string;
  readonly #logger: JobLogger;
  readonly #maxAttempts: number;
  readonly #lockMs: number;
  readonly #batchSize: number;
  readonly #backoffMs: (attempt: number) => number;

  constructor(options: JobRunnerOptions) {
    this.#store = options.store;
    this.#owner = options.owner;
    this.#logger = options.logger ?? silentJobLogger;
    this.#maxAttempts = options.maxAttempts ?? 5;
    this.#lockMs = options.lockMs ?? 300_000;
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
    const summary: RunSummary = { ran: 0, failed: 0 };
    for (let round = 0; round < 50; round += 1) {
      const lockedUntil = new Date(now.getTime() + this.#lockMs);
      const jobs = await this.#store.claimDue(now, this.#owner, lockedUntil, this.#batchSize);
      for (const job of jobs) {
        if (await this.#runOne(job, now)) summary.ran += 1;
        else summary.failed += 1;
      }
      if (jobs.length === 0) break;
    }
    return summary;
  }

  async #runOne(job: ClaimedJob, now: Date): Promise<boolean> {
    const handler = this.#handlers.get(job.kind);
    if (!handler) {
      const message = `unknown job kind "${job.kind}": no handler is registered`;
      this.#logger.error({ jobId: job.id, kind: job.kind }, message);
      await this.#store.markError(job.id, this.#owner, message, undefined);
      return false;
    }
    if (job.attempts > this.#maxAttempts) {
      // Claimed again after its runners crashed on every attempt: do not run it once more.
      const message = `gave up after ${job.attempts - 1} attempts whose runner stopped`;
      this.#logger.error({ jobId: job.id, kind: job.kind }, message);
      await this.#store.markError(job.id, this.#owner, message, undefined);
      return false;
    }
    try {
      await handler(job.payload, {
        jobId: job.id,
        kind: job.kind,
        now,
        attempt: job.attempts,
        maxAttempts: this.#maxAttempts,
      });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const retryAt =
        job.attempts < this.#maxAttempts
          ? new Date(now.getTime() + this.#backoffMs(job.attempts))
          : undefined;
      this.#logger.warn(
        { jobId: job.id, kind: job.kind, attempt: job.attempts, retryAt, error: message },
        retryAt ? "job failed, will retry" : "job failed for good",
      );
      await this.#store.markError(job.id, this.#owner, message, retryAt);
      return false;
    }
    await this.#store.markDone(job.id, this.#owner, now);
    return true;
  }
}
