/**
 * Instances built in one test process, each over its own Prisma client (its own connection pool)
 * on one PostgreSQL schema: the PKI (startPki), the registration authority, the notification outbox
 * and a job runner, as the service composes them. For the races that need many requests at the
 * same moment on several instances (payments, revocations, CRLs, jobs); the HTTP-level tests start
 * real service processes instead (service-instances.ts).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readEnvironment } from "../../adapters/config/environment.ts";
import { type OpenDatabase, openDatabase } from "../../adapters/db/database.ts";
import { PrismaJobStore } from "../../adapters/db/job-store.ts";
import { PrismaNotificationOutbox } from "../../adapters/db/notification-outbox.ts";
import { createTranslator } from "../../adapters/i18n/translator.ts";
import { createLogger } from "../../adapters/logging/logger.ts";
import { type RunningPki, startPki } from "../../adapters/pki/start-pki.ts";
import { startRa } from "../../adapters/ra/start-ra.ts";
import { JobRunner } from "../../core/jobs/job-runner.ts";
import { type Clock, systemClock } from "../../core/ports/clock.ts";
import type { RegistrationAuthorityService } from "../../core/ra/registration-authority-service.ts";
import { testPostgresUrl } from "../helpers/databases.ts";
import { freshSchema } from "./scale-env.ts";

/** One in-process instance. */
export interface InProcessInstance {
  database: OpenDatabase;
  pki: RunningPki;
  ra: RegistrationAuthorityService;
  jobs: PrismaJobStore;
  runner: JobRunner;
}

/** The instances, their schema, and how to close them all. */
export interface InProcessInstances {
  instances: InProcessInstance[];
  schema: string;
  close(): Promise<void>;
}

/**
 * Starts `count` instances on a fresh schema. They share the software key folder (the CA keys) and
 * the OTP secret, as instances behind a load balancer share them; each has its own client.
 */
export async function startInProcessInstances(
  count: number,
  clock: Clock = systemClock,
): Promise<InProcessInstances> {
  const schema = await freshSchema();
  const keysDir = mkdtempSync(join(tmpdir(), "mm-scale-keys-"));
  const env = readEnvironment({ MM_DATA_DIR: keysDir, MM_OTP_SECRET: "s".repeat(40) });
  const translator = await createTranslator();
  const logger = createLogger({ level: "silent" });
  const instances: InProcessInstance[] = [];
  const close = async () => {
    for (const instance of instances) {
      await instance.pki.close();
      await instance.database.close();
    }
    await schema.drop();
    rmSync(keysDir, { recursive: true, force: true });
  };
  try {
    const starts = Array.from({ length: count }, async (_, i) => {
      const database = await openDatabase({
        dialect: "postgresql",
        url: testPostgresUrl,
        schema: schema.schema,
      });
      const pki = await startPki({
        db: database.db,
        dialect: "postgresql",
        dataDir: keysDir,
        publicUrl: "http://localhost:3000",
        testMode: false,
        clock,
        logger,
        ocspSignerCheckMs: 0,
      });
      const jobs = new PrismaJobStore(database.db);
      const outbox = new PrismaNotificationOutbox(database.db, translator, clock);
      const ra = startRa({
        db: database.db,
        env,
        clock,
        certificates: pki.engine,
        audit: pki.audit,
        outbox,
        jobs,
      });
      const runner = new JobRunner({ store: jobs, owner: `instance-${i}` });
      instances.push({ database, pki, ra, jobs, runner });
    });
    await Promise.all(starts);
  } catch (error) {
    await close();
    throw error;
  }
  return { instances, schema: schema.schema, close };
}
