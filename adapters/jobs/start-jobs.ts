import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import { join } from "node:path";
import type { i18n } from "i18next";
import type { JobLogger } from "../../core/jobs/job-logger.ts";
import type { JobQueue } from "../../core/jobs/job-queue.ts";
import { type JobHandler, JobRunner, type RunSummary } from "../../core/jobs/job-runner.ts";
import {
  createNotificationDispatchHandler,
  notificationDispatchJob,
  scheduleDispatchOfPending,
} from "../../core/notifications/notification-dispatch.ts";
import type { NotificationOutbox } from "../../core/notifications/notification-outbox.ts";
import type { NotificationSender, SmsProvider } from "../../core/notifications/notification-sender.ts";
import type { CertificateAuthorityPort } from "../../core/ports/certificate-authority.ts";
import type { Clock } from "../../core/ports/clock.ts";
import { createRenewalSweepHandler, renewalSweepJob } from "../../core/ra/renewal-reminders.ts";
import {
  createRetentionSweepHandler,
  defaultRetentionPolicy,
  type RetentionPolicy,
  retentionSweepJob,
} from "../../core/ra/retention.ts";
import type { Environment } from "../config/environment.ts";
import type { Db } from "../db/database.ts";
import { PrismaJobStore } from "../db/job-store.ts";
import { PrismaNotificationOutbox } from "../db/notification-outbox.ts";
import { PrismaRetentionStore } from "../db/retention-store.ts";
import type { Dialect } from "../db/storage-location.ts";
import { PrismaSubscriberContacts } from "../db/subscriber-contacts.ts";
import { ChannelNotificationSender } from "../notifications/channel-sender.ts";
import { type EmailSender, FileEmailSender, SmtpEmailSender } from "../notifications/email-sender.ts";
import { FileSmsProvider } from "../notifications/file-sms-provider.ts";

/** What {@link startJobs} needs. */
export interface StartJobsDeps {
  db: Db;
  dialect: Dialect;
  env: Pick<
    Environment,
    | "MM_DATA_DIR"
    | "SMTP_URL"
    | "SMTP_FROM"
    | "MAIL_FROM"
    | "MM_JOB_INTERVAL_MS"
    | "MM_RETENTION_CODES_HOURS"
    | "MM_RETENTION_NOTIFICATION_HOURS"
    | "MM_RETENTION_CONVERSATION_DAYS"
  >;
  clock: Clock;
  /** A masking logger (adapters/logging/logger.ts). */
  logger: JobLogger;
  translator: i18n;
  certificates: CertificateAuthorityPort;
  /** Replaces the SMS provider (default: `<MM_DATA_DIR>/outbox/sms.log`). */
  sms?: SmsProvider;
  /** Replaces the whole sender (default: e-mail by SMTP or .eml files, SMS by `sms`). */
  sender?: NotificationSender;
  /** Wraps the sender (replays record what was delivered: adapters/notifications/delivery-recorder.ts). */
  wrapSender?: (sender: NotificationSender) => NotificationSender;
}

/** The running job machinery. */
export interface RunningJobs {
  queue: JobQueue;
  /**
   * Registers handlers by job kind, e.g. the RA's `payment_post` and `produce_card` once the RA
   * exists (the composition root does it before the first run).
   */
  register(handlers: Record<string, JobHandler>): void;
  outbox: NotificationOutbox;
  /** Schedules today's sweeps and the dispatch of pending notifications, then runs every due job. */
  runDueJobs(now: Date): Promise<RunSummary>;
  /** Stops the timer and waits for a run in progress. */
  close(): Promise<void>;
}

/** Day of an instant in UTC, for the daily sweeps' unique keys. */
function dayOf(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** The retention periods of the environment. */
export function retentionPolicyOf(env: StartJobsDeps["env"]): RetentionPolicy {
  const hour = 60 * 60 * 1000;
  return {
    codesAfterExpiryMs: env.MM_RETENTION_CODES_HOURS * hour,
    notificationBodyMs: env.MM_RETENTION_NOTIFICATION_HOURS * hour,
    conversationIdleMs: env.MM_RETENTION_CONVERSATION_DAYS * 24 * hour,
    closedRecoveryStepMs: defaultRetentionPolicy.closedRecoveryStepMs,
  };
}

/**
 * Builds the job queue, the notification outbox and the job runner with its handlers
 * (`notification_dispatch`, `renewal_sweep`, `retention_sweep`; more through `register`), and starts a
 * timer that calls `runDueJobs(clock.now())` every MM_JOB_INTERVAL_MS (none when 0). The sweeps run
 * once a day (unique key per UTC day), whichever instance comes first.
 */
export function startJobs(deps: StartJobsDeps): RunningJobs {
  const { env, logger } = deps;
  const store = new PrismaJobStore(deps.db);
  const outbox = new PrismaNotificationOutbox(deps.db, deps.translator, deps.clock);
  const outboxDir = join(env.MM_DATA_DIR, "outbox");
  const from = env.SMTP_FROM ?? env.MAIL_FROM;
  let smtp: SmtpEmailSender | undefined;
  let email: EmailSender;
  if (env.SMTP_URL) {
    smtp = new SmtpEmailSender(env.SMTP_URL, from);
    email = smtp;
  } else {
    email = new FileEmailSender(outboxDir, from, logger);
  }
  const sms = deps.sms ?? new FileSmsProvider(join(outboxDir, "sms.log"), deps.clock, logger);
  const baseSender = deps.sender ?? new ChannelNotificationSender(email, sms);
  const sender = deps.wrapSender ? deps.wrapSender(baseSender) : baseSender;

  const owner = `${hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`;
  // Leases are renewed from the service clock, the one runDueJobs is called with.
  const runner = new JobRunner({ store, owner, logger, clock: () => deps.clock.now() });
  runner.register(
    notificationDispatchJob,
    createNotificationDispatchHandler({ store: outbox, sender, logger }),
  );
  runner.register(
    renewalSweepJob,
    createRenewalSweepHandler({
      certificates: deps.certificates,
      contacts: new PrismaSubscriberContacts(deps.db),
      outbox,
      reminderLog: outbox,
      logger,
    }),
  );
  runner.register(
    retentionSweepJob,
    createRetentionSweepHandler({
      store: new PrismaRetentionStore(deps.db),
      policy: retentionPolicyOf(env),
      logger,
    }),
  );

  async function runDueJobs(now: Date): Promise<RunSummary> {
    for (const kind of [renewalSweepJob, retentionSweepJob]) {
      await store.schedule({ kind, payload: {}, runAt: now, uniqueKey: `${kind}:${dayOf(now)}` });
    }
    await scheduleDispatchOfPending(outbox, store, now);
    return runner.runDueJobs(now);
  }

  let running: Promise<unknown> | undefined;
  const timer =
    env.MM_JOB_INTERVAL_MS > 0
      ? setInterval(() => {
          if (running) return;
          running = runDueJobs(deps.clock.now())
            .catch((error: unknown) => {
              logger.error(
                { error: error instanceof Error ? error.message : String(error) },
                "job run failed",
              );
            })
            .finally(() => {
              running = undefined;
            });
        }, env.MM_JOB_INTERVAL_MS)
      : undefined;
  timer?.unref();

  return {
    queue: store,
    outbox,
    register(handlers) {
      for (const [kind, handler] of Object.entries(handlers)) runner.register(kind, handler);
    },
    runDueJobs,
    async close() {
      if (timer) clearInterval(timer);
      await running;
      smtp?.close();
    },
  };
}
