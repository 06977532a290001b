/**
 * Instances built in one test process, each composed by the composition root (composeService) over
 * its own Prisma client (its own connection pool) on one PostgreSQL schema: the PKI, the
 * registration authority, the job runner and the notification outbox, the conversation engine and,
 * when asked, the channels and an HTTP server on a loopback port. For the races that need many
 * requests at the same moment on several instances (payments, revocations, CRLs, jobs, Telegram
 * updates); the tests of whole processes start `npm start` instead (service-instances.ts).
 */
import { mkdtempSync, rmSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type ComposeOptions, composeService, type Service } from "../../adapters/composition/service.ts";
import { readEnvironment } from "../../adapters/config/environment.ts";
import type { OpenDatabase } from "../../adapters/db/database.ts";
import { createLogger } from "../../adapters/logging/logger.ts";
import type { RunningPki } from "../../adapters/pki/start-pki.ts";
import type { JobQueue } from "../../core/jobs/job-queue.ts";
import type { JobHandler, RunSummary } from "../../core/jobs/job-runner.ts";
import { type Clock, systemClock } from "../../core/ports/clock.ts";
import type { RegistrationAuthorityService } from "../../core/ra/registration-authority-service.ts";
import { testPostgresUrl } from "../helpers/databases.ts";
import { freshSchema } from "./scale-env.ts";

/** One in-process instance. */
export interface InProcessInstance {
  /** The whole composed service. */
  service: Service;
  database: OpenDatabase;
  pki: RunningPki;
  ra: RegistrationAuthorityService;
  jobs: JobQueue;
  /** The instance's job runner: its handlers and a run of the due jobs. */
  runner: {
    register(kind: string, handler: JobHandler): void;
    runDueJobs(now: Date): Promise<RunSummary>;
  };
  /** `http://127.0.0.1:<port>` when the instance listens. */
  baseUrl?: string;
}

/** The instances, their schema, and how to close them all. */
export interface InProcessInstances {
  instances: InProcessInstance[];
  schema: string;
  close(): Promise<void>;
}

/** How the instances are composed. */
export interface InProcessOptions {
  clock?: Clock;
  /** More configuration, the same for every instance (e.g. Telegram's). */
  env?: Record<string, string>;
  /** Bind each instance's HTTP server on a loopback port and start its channels (default false). */
  listen?: boolean;
  /** Wraps each instance's notification sender (e.g. one DeliveryRecorder for all). */
  wrapSender?: ComposeOptions["wrapSender"];
}

/**
 * Starts `count` instances together on a fresh schema. They share what instances behind a load
 * balancer share: the database, the software key folder (the CA keys), the OTP secret. No job timer
 * runs: a test runs the due jobs on the instances it chooses.
 */
export async function startInProcessInstances(
  count: number,
  options: InProcessOptions | Clock = {},
): Promise<InProcessInstances> {
  const {
    clock = systemClock,
    env: extra = {},
    listen = false,
    wrapSender,
  } = "now" in options ? { clock: options } : options;
  const schema = await freshSchema();
  const keysDir = mkdtempSync(join(tmpdir(), "mm-scale-keys-"));
  const env = readEnvironment({
    DATABASE_URL: `${testPostgresUrl}?schema=${schema.schema}`,
    MM_DATA_DIR: keysDir,
    MM_OTP_SECRET: "s".repeat(40),
    MM_JOB_INTERVAL_MS: "0",
    PORT: "0",
    HOST: "127.0.0.1",
    LOG_LEVEL: "silent",
    ...extra,
  });
  const logger = createLogger({ level: "silent" });
  const instances: InProcessInstance[] = [];
  const services: Service[] = [];
  const close = async () => {
    for (const service of services) await service.close();
    await schema.drop();
    rmSync(keysDir, { recursive: true, force: true });
  };
  try {
    const starts = Array.from({ length: count }, async () => {
      const service = await composeService(env, logger, {
        clock,
        listen,
        channels: listen,
        ...(wrapSender ? { wrapSender } : {}),
      });
      services.push(service);
      const port = service.server ? (service.server.address() as AddressInfo).port : undefined;
      return {
        service,
        database: service.database,
        pki: service.pki,
        ra: service.ra,
        jobs: service.jobs.queue,
        runner: {
          register: (kind: string, handler: JobHandler) => service.jobs.register({ [kind]: handler }),
          runDueJobs: (now: Date) => service.jobs.runDueJobs(now),
        },
        ...(port === undefined ? {} : { baseUrl: `http://127.0.0.1:${port}` }),
      };
    });
    // every start settles before a failure closes the ones that did start
    const started = await Promise.allSettled(starts);
    for (const result of started) if (result.status === "rejected") throw result.reason;
    instances.push(...started.map((r) => (r as PromiseFulfilledResult<InProcessInstance>).value));
  } catch (error) {
    await close();
    throw error;
  }
  return { instances, schema: schema.schema, close };
}
