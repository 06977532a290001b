/**
 * The composition root: the one place that builds the service from the configuration. `npm start`,
 * the operator CLI, the replay runner, the benches and the tests all come through here, so every
 * one of them runs the same wiring.
 */
import type { Server } from "node:http";
import type { Express, RequestHandler, Router } from "express";
import type { i18n } from "i18next";
import type { Logger } from "pino";
import type { Registry } from "prom-client";
import type { ConversationEngine } from "../../bot/channel-port.ts";
import { createConversationEngine } from "../../bot/conversation-engine.ts";
import { handoffJobHandlers } from "../../bot/handoff/handoff-jobs.ts";
import { HandoffService } from "../../bot/handoff/handoff-service.ts";
import { AUDIT_TALLY_MS, AuditTally, startAuditTally } from "../../core/audit/audit-tally.ts";
import { defaultProfileConfig, publicBaseUrl } from "../../core/pki/profile-config.ts";
import { type Clock, systemClock } from "../../core/ports/clock.ts";
import { cryptoRandom } from "../../core/ports/random.ts";
import { maskPersonalData } from "../../core/privacy/mask.ts";
import type { RegistrationAuthorityService } from "../../core/ra/registration-authority-service.ts";
import type { Environment } from "../config/environment.ts";
import { selfServiceLinksOf } from "../config/self-service-links.ts";
import { trustNoProxy } from "../config/trust-proxy.ts";
import { PrismaConversationStore } from "../db/conversation-store.ts";
import { type OpenDatabase, openDatabase } from "../db/database.ts";
import { PrismaHandoffStore } from "../db/handoff-store.ts";
import { PrismaSlackRetries } from "../db/slack-retry-store.ts";
import { isStorageBusy, isStorageUnavailable } from "../db/storage-errors.ts";
import { describeStorage, storageLocation } from "../db/storage-location.ts";
import { accessAudit } from "../http/access-audit.ts";
import { clientAddress } from "../http/client-address.ts";
import { healthRoutes } from "../http/health.ts";
import { createMetricsRegistry, httpMetrics, metricsApp, metricsRoutes } from "../http/metrics.ts";
import { ocspEndpoint } from "../http/ocsp-endpoint.ts";
import { ocspNonceGate } from "../http/ocsp-nonce-gate.ts";
import { PrismaNoticeReplays } from "../http/payment-notice-replays.ts";
import { paymentRoutes } from "../http/payment-routes.ts";
import { pkiRoutes } from "../http/pki-routes.ts";
import { policyPageRoutes } from "../http/policy-page.ts";
import { closeServer, createHttpApp, listen } from "../http/server.ts";
import { createTranslator } from "../i18n/translator.ts";
import { type RunningJobs, type StartJobsDeps, startJobs } from "../jobs/start-jobs.ts";
import { type RunningPki, startPkiFor } from "../pki/start-pki.ts";
import { startRa } from "../ra/start-ra.ts";
import { startRecoverySweep } from "../ra/start-recovery-sweep.ts";
import { type HealthProbe, ProbeError } from "../runtime/health-probe.ts";
import { openSlackApp } from "../slack/slack-app.ts";
import { mountSlackConsole } from "../slack/slack-console.ts";
import { createTelegramChannel } from "../telegram/telegram-channel.ts";
import { webChannel } from "../web/web-channel.ts";
import type { ChannelAdapter, ChannelContext } from "./channel.ts";
import { OutboundRouter } from "./outbound-router.ts";

/** How a caller wants the service composed. */
export interface ComposeOptions {
  /** The clock of everything (frozen in replays). */
  clock?: Clock;
  /** Wraps the notification sender (replays keep delivered codes in memory; see start-jobs). */
  wrapSender?: StartJobsDeps["wrapSender"];
  /** Bind the HTTP server on `PORT` (default true). */
  listen?: boolean;
  /** Build the customer channels (default true; the CLI needs none). */
  channels?: boolean;
}

/** The running service. */
export interface Service {
  env: Environment;
  clock: Clock;
  database: OpenDatabase;
  translator: i18n;
  /** Prometheus registry served at `/metrics`. */
  metrics: Registry;
  /** The issuance engine (CA, CRL, OCSP). */
  pki: RunningPki;
  /** The registration authority. */
  ra: RegistrationAuthorityService;
  /** The job runner and the notification outbox. */
  jobs: RunningJobs;
  /** Conversation rows (engine state, web sessions, chats of other channels). */
  conversations: PrismaConversationStore;
  /** The one conversation engine; channels receive it. */
  engine: ConversationEngine;
  /** Sends a later message to the channel a conversation lives on. */
  outbound: OutboundRouter;
  /** The hand-off port. */
  /** Hand-offs: the engine's HandoffPort and the agents' AgentHandoffs (Slack attaches its desk). */
  handoff: HandoffService;
  /** The channels that run, by name. */
  channels: ReadonlyMap<ChannelAdapter["name"], ChannelAdapter>;
  /** The HTTP application (every route), also when not listening. */
  app: Express;
  /** Bound HTTP server, when listening. */
  server?: Server;
  /** Stops channels, the server, background work, the engine's keys and the database, in that order. */
  close(): Promise<void>;
}

/** Builds every component once from the configuration, then starts the server and the channels. */
export async function composeService(
  env: Environment,
  logger: Logger,
  options: ComposeOptions = {},
): Promise<Service> {
  const clock = options.clock ?? systemClock;
  const location = storageLocation(env.DATABASE_URL, env.MM_DATA_DIR);
  const database = await openDatabase(location);
  logger.info(
    { storage: describeStorage(location), applied: database.migration.applied },
    database.migration.applied.length ? "storage migrated" : "storage up to date",
  );
  const closers: (() => Promise<void>)[] = [];
  try {
    const pki = await startPkiFor(env, database, clock, logger);
    closers.push(() => pki.close());
    // refused requests (401, 403) are audited as counts per route and minute; the last count is
    // written after the server has closed, before the audit's storage does (closers run in reverse)
    const refusals = new AuditTally(pki.audit, clock, "http", (error) =>
      logger.warn({ err: error }, "audit tally of refused requests not written"),
    );
    const refusalCounts = startAuditTally(refusals, AUDIT_TALLY_MS);
    closers.push(() => refusalCounts.close());
    // The configured links and call centre: default parameters of every text, and the engine's.
    const links = selfServiceLinksOf(env);
    const translator = await createTranslator(undefined, links);

    const jobs = startJobs({
      db: database.db,
      dialect: database.dialect,
      env,
      clock,
      logger,
      translator,
      certificates: pki.engine,
      ...(options.wrapSender ? { wrapSender: options.wrapSender } : {}),
    });
    closers.push(() => jobs.close());
    const ra = startRa({
      db: database.db,
      env,
      clock,
      certificates: pki.engine,
      audit: pki.audit,
      outbox: jobs.outbox,
      jobs: jobs.queue,
    });
    jobs.register(ra.jobHandlers());
    // completes changes a crash cut off (issue #16): at start-up and every MM_RECOVERY_LEASE_MS
    await startRecoverySweep({ db: database.db, env, clock, logger, jobs, pki, ra });

    const conversations = new PrismaConversationStore(database.db, clock);
    const outbound = new OutboundRouter(async (id) => (await conversations.get(id))?.channel, logger);
    const bot = translator.getFixedT(null, "bot");
    // The call-centre console's Slack app (issue 14) is opened first: the hand-off service is built
    // with its desk, and the console acts on the hand-offs through the service as AgentHandoffs.
    const slackApp = options.channels !== false ? await openSlackApp({ env, logger, translator }) : undefined;
    // Hand-offs in storage (issue 14): the timeout job releases an untaken one.
    const handoff = new HandoffService({
      repository: new PrismaHandoffStore(database.db),
      jobs: jobs.queue,
      outbound,
      texts: (lng, key, params) => bot(key, { lng, ...params }),
      clock,
      logger,
      // a console with no support channel posts hand-offs nowhere: no desk, the bot gives the call centre
      ...(slackApp?.supportChannel ? { desk: slackApp.desk } : {}),
    });
    jobs.register(handoffJobHandlers(handoff));
    const engine = createConversationEngine({
      ra,
      handoff,
      states: conversations,
      texts: (lng, key, params) => bot(key, { lng, ...params }),
      clock,
      testMode: env.MM_TEST_MODE,
      links,
      onError: (error, where) =>
        logger.error(
          {
            ...where,
            err: maskPersonalData(error instanceof Error ? `${error.name}: ${error.message}` : String(error)),
          },
          "conversation turn failed",
        ),
    });

    const metrics = createMetricsRegistry();
    pki.registerMetrics(metrics);
    const context: ChannelContext = {
      env,
      logger,
      clock,
      random: cryptoRandom,
      translator,
      database,
      engine,
      conversations,
      outbound,
      metrics,
    };
    const slack =
      slackApp &&
      mountSlackConsole(slackApp, {
        ra,
        handoffs: handoff,
        audit: pki.audit,
        // Slack retries are recognised on every instance (table SlackRetry).
        handledRequests: new PrismaSlackRetries(database.db),
      });
    if (slack) closers.push(() => slack.close());
    const channels = new Map<ChannelAdapter["name"], ChannelAdapter>();
    /** Where the channels' closers start: the HTTP server's closer goes just before them. */
    const channelClosersAt = closers.length;
    if (options.channels !== false) {
      const telegram = env.TELEGRAM_BOT_TOKEN ? [createTelegramChannel(context)] : [];
      for (const channel of [webChannel(context), ...telegram]) {
        channels.set(channel.name, channel);
        outbound.register(channel.name, channel.outbound);
        closers.push(() => channel.close());
      }
    }

    const probes: HealthProbe[] = [
      {
        name: "storage",
        check: async () => {
          try {
            await database.db.$queryRawUnsafe("SELECT 1");
          } catch (error) {
            // The same codes the HTTP layer answers with while the database is away (not Prisma's own).
            if (isStorageBusy(error)) throw new ProbeError("storage_busy", "the database file is locked");
            if (isStorageUnavailable(error))
              throw new ProbeError("storage_unavailable", `storage unreachable: ${String(error)}`);
            throw error;
          }
          // SQLite: reads go on beside another process's write lock (WAL) and on a full disk, writes
          // fail with 503 storage_busy or storage_full; say so here (the lock checked without waiting)
          const state = await database.storageState?.();
          if (state === "busy")
            throw new ProbeError("storage_busy", "another process holds the SQLite file's write lock");
          if (state === "full") throw new ProbeError("storage_full", "a write failed for lack of room");
        },
      },
      pki.probe,
    ];
    const http = httpMetrics(metrics);
    // nonce requests (each one a signature) are budgeted per client (issue 16)
    const nonceGate = ocspNonceGate(env.MM_OCSP_NONCES_PER_MINUTE);
    // one client address for every per-client limit: forwarded headers only from MM_TRUST_PROXY's proxies
    const trustProxy = env.MM_TRUST_PROXY ?? trustNoProxy;
    const direct = [
      ocspEndpoint({
        ocsp: pki.ocsp,
        logger,
        observe: http.observer("/ocsp"),
        nonceGate,
        clientAddress: (req) => clientAddress(req, trustProxy),
      }),
    ];
    const metricsAccess = { token: env.MM_METRICS_TOKEN };
    const routers: (Router | RequestHandler)[] = [
      accessAudit(refusals),
      http.middleware,
      healthRoutes(probes, logger),
      // with MM_METRICS_PORT, /metrics is served on that port only (below)
      ...(env.MM_METRICS_PORT === undefined ? [metricsRoutes(metrics, metricsAccess)] : []),
      pkiRoutes({ repository: pki.repository, crl: pki.crl }),
      // the CPS URL of every certificate (issue: it answered 404)
      policyPageRoutes(translator, {
        profile: defaultProfileConfig(env.MM_PUBLIC_URL),
        rootCertUri: `${publicBaseUrl(env.MM_PUBLIC_URL)}/ca/root.crt`,
        development: pki.development,
      }),
    ];
    if (env.MM_PAYMENT_WEBHOOK_SECRET)
      routers.push(
        paymentRoutes(ra.payments, env.MM_PAYMENT_WEBHOOK_SECRET, {
          // signed notices seen are shared by every instance (table PaymentNoticeReplay)
          replays: new PrismaNoticeReplays(database.db),
          now: () => clock.now(),
        }),
      );
    for (const channel of channels.values()) routers.push(...channel.routers);
    if (slack) routers.push(...slack.routers);
    const app = createHttpApp(routers, logger, direct, trustProxy);

    let server: Server | undefined;
    if (options.listen !== false) {
      // connections from MM_TRUST_PROXY's proxies are not capped per client: they carry many clients
      server = await listen(app, env.PORT, env.HOST, direct, undefined, { trustProxy, logger });
      if (env.MM_METRICS_PORT !== undefined) {
        const scrape = await listen(
          metricsApp(metrics, logger, metricsAccess),
          env.MM_METRICS_PORT,
          env.HOST,
        );
        closers.push(() => closeServer(scrape));
        const at = scrape.address();
        logger.info(
          { port: typeof at === "object" && at ? at.port : env.MM_METRICS_PORT },
          "metrics listening",
        );
      }
      const bound = server.address();
      logger.info(
        { port: typeof bound === "object" && bound ? bound.port : env.PORT },
        "HTTP server listening",
      );
      const s = server;
      // Runs after the channels' closers (they run in reverse): open event streams end first.
      closers.splice(channelClosersAt, 0, () => closeServer(s));
      for (const channel of channels.values()) await channel.start?.();
    }

    let closed = false;
    return {
      env,
      clock,
      database,
      translator,
      metrics,
      pki,
      ra,
      jobs,
      conversations,
      engine,
      outbound,
      handoff,
      channels,
      app,
      server,
      close: async () => {
        if (closed) return;
        closed = true;
        for (const close of closers.reverse()) await close();
        await database.close();
      },
    };
  } catch (error) {
    for (const close of closers.reverse()) await close().catch(() => {});
    await database.close();
    throw error;
  }
}
