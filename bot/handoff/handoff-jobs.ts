/** The hand-off's job: releasing a hand-off no agent took in time. */
import type { JobHandler } from "../../core/jobs/job-runner.ts";

/** Job kind scheduled at each new hand-off, due {@link HANDOFF_TIMEOUT_MS} after it opened. */
export const handoffTimeoutJob = "handoff_timeout";

/** The part of the hand-off service the job needs. */
export interface ExpiringHandoffs {
  expire(ticket: string, at: Date): Promise<boolean>;
}

/**
 * The hand-off job handlers by kind, for the composition root to register in the job runner
 * (`startJobs({ extraHandlers: { ...handoffJobHandlers(service) } })`). The handler closes the
 * hand-off only if it is still open, so a late or repeated run changes nothing.
 */
export function handoffJobHandlers(service: ExpiringHandoffs): Record<string, JobHandler> {
  return {
    [handoffTimeoutJob]: async (payload, context) => {
      if (typeof payload.ticket !== "string") return;
      await service.expire(payload.ticket, context.now);
    },
  };
}
