import type { JobLogger } from "../../core/jobs/job-logger.ts";
import type { JobQueue } from "../../core/jobs/job-queue.ts";
import type { JobHandler } from "../../core/jobs/job-runner.ts";
import type { Clock } from "../../core/ports/clock.ts";
import {
  createRecoverySweepHandler,
  RecoverySweep,
  recoverySweepJob,
  scheduleRecoverySweep,
} from "../../core/ra/recovery-sweep.ts";
import type { RegistrationAuthorityService } from "../../core/ra/registration-authority-service.ts";
import type { Environment } from "../config/environment.ts";
import type { Db } from "../db/database.ts";
import { PrismaRecoveryLedger } from "../db/recovery-ledger.ts";
import { newRowId } from "../db/row-id.ts";
import type { RunningPki } from "../pki/start-pki.ts";

/**
 * Builds the recovery sweep (core/ra/recovery-sweep.ts) over the database, registers it with the
 * job runner and schedules its start-up run and its first timed run (each run schedules the next,
 * every MM_RECOVERY_LEASE_MS).
 */
export async function startRecoverySweep(deps: {
  db: Db;
  env: Pick<Environment, "MM_RECOVERY_LEASE_MS">;
  clock: Clock;
  logger: JobLogger;
  jobs: { queue: JobQueue; register(handlers: Record<string, JobHandler>): void };
  pki: Pick<RunningPki, "engine">;
  ra: Pick<RegistrationAuthorityService, "revocation" | "contacts" | "payments">;
}): Promise<RecoverySweep> {
  const sweep = new RecoverySweep({
    ledger: new PrismaRecoveryLedger(deps.db),
    certificates: deps.pki.engine,
    revocation: deps.ra.revocation,
    contacts: deps.ra.contacts,
    payments: deps.ra.payments,
    leaseMs: deps.env.MM_RECOVERY_LEASE_MS,
  });
  deps.jobs.register({
    [recoverySweepJob]: createRecoverySweepHandler(deps.jobs.queue, sweep, (summary) =>
      deps.logger.info({ ...summary }, "recovery sweep completed interrupted changes"),
    ),
  });
  await scheduleRecoverySweep(deps.jobs.queue, sweep, deps.clock.now(), newRowId());
  return sweep;
}
