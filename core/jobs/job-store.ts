/**
 * Storage of the job runner (core/jobs/job-runner.ts). The adapter (adapters/db/job-store.ts)
 * claims jobs with a conditional update, so that of two runners on one database only one wins a job.
 */

/** A job claimed by one runner. */
export interface ClaimedJob {
  id: string;
  kind: string;
  payload: Record<string, unknown>;
  /**
   * Attempts including the current one. Every claim counts one, so it is also the claim's fencing
   * token: a run's writes name it, and a run whose lease another claim replaced writes nothing.
   */
  attempts: number;
}

/** What the runner needs from storage. */
export interface JobStore {
  /**
   * Claims up to `limit` due jobs for `owner` until `lockedUntil`: queued jobs with runAt <= now,
   * and running jobs whose lock expired before now (their runner crashed). Each claim counts an attempt.
   */
  claimDue(now: Date, owner: string, lockedUntil: Date, limit: number): Promise<ClaimedJob[]>;
  /**
   * Marks a job as done when this owner still holds claim number `attempt` (see
   * {@link ClaimedJob.attempts}); false, writing nothing, when the lease was taken over.
   */
  markDone(id: string, owner: string, at: Date, attempt: number): Promise<boolean>;
  /**
   * Records an error; queues the job again at `retryAt`, or marks it failed when `retryAt` is
   * undefined. Fenced like {@link JobStore.markDone}.
   */
  markError(
    id: string,
    owner: string,
    error: string,
    retryAt: Date | undefined,
    attempt: number,
  ): Promise<boolean>;
  /**
   * Queues a job this owner holds under claim number `attempt` again at `runAt` without counting the
   * claim as an attempt (its handler found it could not run yet: JobNotReady). `runAt` lies in the
   * future, so a runner that read the job before this claim cannot claim it again on that reading.
   * Fenced like {@link JobStore.markDone}.
   */
  defer(id: string, owner: string, runAt: Date, attempt: number): Promise<boolean>;
  /**
   * Extends the lease of a job still running under this owner's claim number `attempt` to
   * `lockedUntil` (never shortening it); false when the lease was taken over.
   */
  renew(id: string, owner: string, attempt: number, lockedUntil: Date): Promise<boolean>;
}
