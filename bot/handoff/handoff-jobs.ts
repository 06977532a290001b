/**
 * The hand-off's jobs: releasing a hand-off no agent took in time, and telling the agents' desk of
 * a hand-off the KVKK retention sweep closed.
 */
import type { JobHandler } from "../../core/jobs/job-runner.ts";

/** Job kind scheduled at each new hand-off, due {@link HANDOFF_TIMEOUT_MS} after it opened. */
export const handoffTimeoutJob = "handoff_timeout";

/**
 * Job kind scheduled at each customer message relayed to a taken hand-off, due
 * `AGENT_SILENCE_MS` (handoff-service.ts) after it: the hand-off is closed when its agent has not written since.
 */
export const handoffAgentSilenceJob = "handoff_agent_silence";

/**
 * Job kind scheduled by the KVKK retention sweep (adapters/db/retention-store.ts) for each hand-off
 * it closed with the idle conversation it was active on: the desk is told, since the sweep writes to
 * storage only and may run where the desk is not reachable.
 */
export const handoffRetentionClosedJob = "handoff_retention_closed";

/** The part of the hand-off service the jobs need. */
export interface ExpiringHandoffs {
  expire(ticket: string, at: Date): Promise<boolean>;
  /** Closes the taken hand-off when its agent has not written since the customer wrote at `customerAt`. */
  expireSilent(ticket: string, customerAt: Date, at: Date): Promise<boolean>;
  /** Tells the desk that the retention sweep closed the hand-off (nothing when it is not closed). */
  closedByRetention(ticket: string): Promise<void>;
}

/**
 * The hand-off job handlers by kind, for the composition root to register in the job runner
 * (`startJobs({ extraHandlers: { ...handoffJobHandlers(service) } })`). The handler closes the
 * hand-off only if it is still open, so a late or repeated run changes nothing; the retention note
 * is posted by a job scheduled once per hand-off.
 */
export function handoffJobHandlers(service: ExpiringHandoffs): Record<string, JobHandler> {
  return {
    [handoffTimeoutJob]: async (payload, context) => {
      if (typeof payload.ticket !== "string") return;
      await service.expire(payload.ticket, context.now);
    },
    [handoffAgentSilenceJob]: async (payload, context) => {
      if (typeof payload.ticket !== "string" || typeof payload.customerAt !== "string") return;
      const customerAt = new Date(payload.customerAt);
      if (Number.isNaN(customerAt.getTime())) return;
      await service.expireSilent(payload.ticket, customerAt, context.now);
    },
    [handoffRetentionClosedJob]: async (payload) => {
      if (typeof payload.ticket !== "string") return;
      await service.closedByRetention(payload.ticket);
    },
  };
}
