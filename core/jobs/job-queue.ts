/**
 * The job port of the core: use cases schedule work for later (a bank payment posting after one
 * business day, a delivery notification, a retention sweep). The job runner (core/jobs/job-runner.ts)
 * claims due jobs from storage so that each runs once, also with two instances on one PostgreSQL,
 * and survives restarts.
 */

/** A job to schedule. */
export interface ScheduledJob {
  /** Handler name, e.g. `payment_post`, `notification_dispatch`, `renewal_sweep`. */
  kind: string;
  /** JSON-serialisable input of the handler. */
  payload: Record<string, unknown>;
  /** Not run before this instant. */
  runAt: Date;
  /** When set, scheduling the same key twice keeps the first job only. */
  uniqueKey?: string;
}

/** Scheduling as use cases see it. */
export interface JobQueue {
  /** Schedules a job; resolves false when `uniqueKey` was scheduled before. */
  schedule(job: ScheduledJob): Promise<boolean>;
}
