/**
 * Storage of the job runner (core/jobs/job-runner.ts). The adapter (adapters/db/job-store.ts)
 * claims jobs with a conditional update, so that of two runners on one database only one wins a job.
 */

/** A job claimed by one runner. */
export interface ClaimedJob {
  id: string;
  kind: string;
  payload: Record<string, unknown>;
  /** Attempts including the current one. */
  attempts: number;
}

/** What the runner needs from storage. */
export interface JobStore {
  /**
   * Claims up to `limit` due jobs for `owner` until `lockedUntil`: queued jobs with runAt <= now,
   * and running jobs whose lock expired before now (their runner crashed). Each claim counts an attempt.
   */
  claimDue(now: Date, owner: string, lockedUntil: Date, limit: number): Promise<ClaimedJob[]>;
  /** Marks a job this owner holds as done. */
  markDone(id: string, owner: string, at: Date): Promise<void>;
  /** Records an error; queues the job again at `retryAt`, or marks it failed when `retryAt` is undefined. */
  markError(id: string, owner: string, error: string, retryAt: Date | undefined): Promise<void>;
}
