/**
 * The recovery sweep (issue #16): completes every multi-step change a crash cut off between two
 * writes — an issuance marked issued without its audit entry or token write, a revocation without
 * its audit entry, its sibling's revocation (R7.1) or its notice, an approved four-eyes request never
 * executed, a contact update whose old contact was never told, a payment marked posted whose order
 * never went into production. Each change holds a recovery step
 * (core/ports/recovery-ledger.ts) from before its first write to after its last; the sweep takes
 * over the steps whose lease ran out and runs the change's completion, in which every step checks
 * whether it was done. It runs at start-up and then on a timer, as the `recovery_sweep` job.
 */

import type { JobQueue } from "../jobs/job-queue.ts";
import type { JobHandler } from "../jobs/job-runner.ts";
import type { CertificateAuthorityPort } from "../ports/certificate-authority.ts";
import { defaultRecoveryLeaseMs, type RecoveryLedger, type RecoveryStep } from "../ports/recovery-ledger.ts";
import { recoveryKinds } from "./recovery-step.ts";

/** The job kind of the sweep. */
export const recoverySweepJob = "recovery_sweep";

/** What the sweep completes with. */
export interface RecoverySweepDeps {
  ledger: RecoveryLedger;
  certificates: Pick<CertificateAuthorityPort, "completeIssuance">;
  revocation: { complete(step: RecoveryStep): Promise<void> };
  contacts: { complete(step: RecoveryStep): Promise<void> };
  payments: { completePosting(paymentId: string): Promise<void> };
  /** Lease of a step the sweep takes over, and the sweep's period (default 2 minutes). */
  leaseMs?: number;
  /** Steps taken per run (default 100). */
  batchSize?: number;
}

/** What one run did. */
export interface RecoverySweepSummary {
  completed: number;
  failed: number;
  /** Steps another sweep took first. */
  skipped: number;
}

/** Completes the changes a crash cut off. */
export class RecoverySweep {
  readonly #completions: Record<string, (step: RecoveryStep) => Promise<void>>;

  constructor(private readonly deps: RecoverySweepDeps) {
    this.#completions = {
      [recoveryKinds.issuance]: async (step) => {
        const { orderId, vkn, actor } = step.payload;
        if (orderId && vkn && actor) await deps.certificates.completeIssuance?.({ orderId, vkn, actor });
      },
      [recoveryKinds.revocation]: (step) => deps.revocation.complete(step),
      [recoveryKinds.contactUpdate]: (step) => deps.contacts.complete(step),
      [recoveryKinds.paymentPost]: async (step) => {
        if (step.payload.paymentId) await deps.payments.completePosting(step.payload.paymentId);
      },
    };
  }

  /** The lease and period of the sweep, in ms. */
  get periodMs(): number {
    return this.deps.leaseMs ?? defaultRecoveryLeaseMs;
  }

  /** Takes over every overdue step and completes it; a failed completion stays open for the next run. */
  async run(now: Date): Promise<RecoverySweepSummary> {
    const summary: RecoverySweepSummary = { completed: 0, failed: 0, skipped: 0 };
    const leaseUntil = new Date(now.getTime() + this.periodMs);
    const failures: string[] = [];
    for (const step of await this.deps.ledger.overdue(now, this.deps.batchSize ?? 100)) {
      if (!(await this.deps.ledger.acquire({ ...step, leaseUntil }, now))) {
        summary.skipped += 1;
        continue;
      }
      try {
        await this.#completions[step.kind]?.(step);
        await this.deps.ledger.close(step.key, now);
        summary.completed += 1;
      } catch (error) {
        summary.failed += 1;
        failures.push(`${step.key}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    if (failures.length)
      throw new Error(`recovery sweep: ${failures.length} step(s) not completed (${failures.join("; ")})`);
    return summary;
  }
}

/** The period slot of an instant: one scheduled sweep per slot, whichever instance schedules it. */
function slotOf(at: Date, periodMs: number): number {
  return Math.floor(at.getTime() / periodMs);
}

/**
 * Schedules the sweep now (`startedBy` makes the start-up run of this instance its own job) and
 * the first timed run.
 */
export async function scheduleRecoverySweep(
  jobs: JobQueue,
  sweep: RecoverySweep,
  now: Date,
  startedBy: string,
): Promise<void> {
  await jobs.schedule({
    kind: recoverySweepJob,
    payload: {},
    runAt: now,
    uniqueKey: `${recoverySweepJob}:start:${startedBy}`,
  });
  await scheduleNext(jobs, sweep, now);
}

async function scheduleNext(jobs: JobQueue, sweep: RecoverySweep, now: Date): Promise<void> {
  const next = slotOf(now, sweep.periodMs) + 1;
  await jobs.schedule({
    kind: recoverySweepJob,
    payload: {},
    runAt: new Date(next * sweep.periodMs),
    uniqueKey: `${recoverySweepJob}:${next}`,
  });
}

/** The job handler: schedules the next period's run, then sweeps (a failure is retried by the runner). */
export function createRecoverySweepHandler(
  jobs: JobQueue,
  sweep: RecoverySweep,
  report?: (summary: RecoverySweepSummary) => void,
): JobHandler {
  return async (_payload, context) => {
    await scheduleNext(jobs, sweep, context.now);
    const summary = await sweep.run(context.now);
    if (summary.completed || summary.skipped) report?.(summary);
  };
}
