import type { Server } from "node:http";
import type { Express, RequestHandler, Router } from "express";
import type { Registry } from "prom-client";
import type { Logger } from "pino";
import type { Environment } from "./config/environment.ts";
import { type OpenDatabase, openDatabase } from "./db/database.ts";
import { describeStorage, storageLocation } from "./db/storage-location.ts";
import { type HealthProbe, healthRoutes } from "./http/health.ts";
import { createMetricsRegistry, httpMetrics, metricsRoutes } from "./http/metrics.ts";
import { ocspEndpoint } from "./http/ocsp-endpoint.ts";
import { closeServer, createHttpApp, listen } from "./http/server.ts";
import { type RunningPki, startPkiFor } from "./pki/start-pki.ts";
import { type RunningAssistant, startAssistant } from "./assistant.ts";
import { createTranslator } from "./i18n/translator.ts";
import { type Clock, systemClock } from "../core/ports/clock.ts";

/** The running service: what `npm start` brings up, and what tests and the replay runner start in-process. */
export interface RunningService {
  app: Express;
  database: OpenDatabase;
  /** Prometheus registry served at `/metrics`; components add their counters to it. */
  metrics: Registry;
  /** The issuance engine (CA, CRL). */
  pki: RunningPki;
  /** The registration authority. */
  ra: RunningAssistant["ra"];
  /** The job runner and the notification outbox. */
  jobs: RunningAssistant["jobs"];
  /** The web chat (its outbound port carries agent replies). */
  webChat: RunningAssistant["webChat"];
  /** The hand-off port (in-process until the Slack console lands). */
  handoff: RunningAssistant["handoff"];
  /** Bound HTTP server, when started with a port. */
  server?: Server;
  /** Closes servers, background work and the database, in that order. */
  close(): Promise<void>;
}

/** Builds every component from the configuration. Set `listen: false` to get the app without a port. */
export async function startService(
  env: Environment,
  logger: Logger,
  options: { listen?: boolean; clock?: Clock } = {},
): Promise<RunningService> {
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
    const probes: HealthProbe[] = [
      {
        name: "storage",
        check: async () => {
          await database.db.$queryRawUnsafe("SELECT 1");
        },
      },
      pki.probe,
    ];
    const translator = await createTranslator();
    const assistant = startAssistant({ env, logger, clock, database, pki, translator });
    closers.push(() => assistant.close());
    const metrics = createMetricsRegistry();
    pki.registerMetrics(metrics);
    const http = httpMetrics(metrics);
    const direct = [ocspEndpoint({ ocsp: pki.ocsp, logger, observe: http.observer("/ocsp") })];
    const routers: (Router | RequestHandler)[] = [
      http.middleware,
      healthRoutes(probes),
      metricsRoutes(metrics),
      pki.router,
      ...assistant.routers,
    ];
    const app = createHttpApp(routers, logger, direct);
    let server: Server | undefined;
    if (options.listen !== false) {
      server = await listen(app, env.PORT, env.HOST, direct);
      const bound = server.address();
      logger.info(
        { port: typeof bound === "object" && bound ? bound.port : env.PORT },
        "HTTP server listening",
      );
      const s = server;
      closers.push(() => closeServer(s));
      // Event streams are closed before the server, so it does not wait for them.
      closers.push(() => assistant.webChat.close());
    }
    let closed = false;
    return {
      app,
      database,
      metrics,
      pki,
      ra: assistant.ra,
      jobs: assistant.jobs,
      webChat: assistant.webChat,
      handoff: assistant.handoff,
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
