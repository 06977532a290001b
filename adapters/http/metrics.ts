import { createHash, timingSafeEqual } from "node:crypto";
import express, { type Express, type Request, type RequestHandler, type Router } from "express";
import type { Logger } from "pino";
import { Counter, collectDefaultMetrics, Histogram, Registry } from "prom-client";
import type { AnswerObserver } from "./direct-route.ts";
import { methodNotAllowed, sendError } from "./errors.ts";
import { createHttpApp } from "./server.ts";

/** The service's Prometheus registry; components register their own counters on it. */
export function createMetricsRegistry(): Registry {
  const registry = new Registry();
  registry.setDefaultLabels({ service: "mali-muhur-asistani" });
  collectDefaultMetrics({ register: registry });
  return registry;
}

/** The HTTP metrics of one registry: express middleware, and an observer for direct routes. */
export interface HttpMetrics {
  /** Counts and times every request express handles. */
  middleware: RequestHandler;
  /** An observer for a direct route (see direct-route.ts) of the route family `route` (`/ocsp`). */
  observer(route: string): AnswerObserver;
}

/** The route label of every request no route answered (unknown paths, 404s). */
export const OTHER_ROUTE = "other";

/**
 * Counts requests and observes their duration by method, route and status. The route label is the
 * pattern of the route that answered (`/api/chat/sessions/:id/messages`), or {@link OTHER_ROUTE}
 * when none did, so the label set is fixed by the code: neither ids and tokens nor random unknown
 * paths ever become labels (each would be a new series). Methods outside the usual few are `OTHER`.
 */
export function httpMetrics(registry: Registry): HttpMetrics {
  const requests = new Counter({
    name: "mm_http_requests_total",
    help: "HTTP requests by method, route family and status",
    labelNames: ["method", "route", "status"],
    registers: [registry],
  });
  const duration = new Histogram({
    name: "mm_http_request_duration_seconds",
    help: "HTTP request duration in seconds",
    labelNames: ["method", "route"],
    buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
    registers: [registry],
  });
  const record = (method: string, route: string, status: number, seconds: number) => {
    requests.inc({ method, route, status: String(status) });
    duration.observe({ method, route }, seconds);
  };
  return {
    middleware: (req, res, next) => {
      const started = performance.now();
      res.on("finish", () => {
        record(
          methodLabel(req.method),
          routeLabel(req),
          res.statusCode,
          (performance.now() - started) / 1000,
        );
      });
      next();
    },
    observer: (route) => (method, status, startedMs) =>
      record(methodLabel(method), route, status, (performance.now() - startedMs) / 1000),
  };
}

const METHODS = new Set(["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"]);

function methodLabel(method: string): string {
  return METHODS.has(method) ? method : "OTHER";
}

/** The matched route pattern (mount path + route path), or {@link OTHER_ROUTE}. */
function routeLabel(req: Request): string {
  const route = (req as { route?: { path?: unknown } }).route;
  if (!route || typeof route.path !== "string") return OTHER_ROUTE;
  return `${req.baseUrl ?? ""}${route.path}`;
}

/**
 * `GET /metrics` in the Prometheus text format. With `token` (`MM_METRICS_TOKEN`) a scrape needs
 * `Authorization: Bearer <token>` (compared in constant time); anything else gets a coded 401.
 */
export function metricsRoutes(registry: Registry, options: { token?: string } = {}): Router {
  const router = express.Router();
  const expected = options.token ? Buffer.from(`Bearer ${options.token}`) : undefined;
  router.get("/metrics", async (req, res) => {
    if (expected && !sameBytes(Buffer.from(req.get("authorization") ?? ""), expected)) {
      res.set("WWW-Authenticate", 'Bearer realm="metrics"');
      return sendError(res, 401, "unauthorized", "a valid bearer token is required");
    }
    res.type(registry.contentType).send(await registry.metrics());
  });
  router.all("/metrics", methodNotAllowed(["GET", "HEAD"]));
  return router;
}

/**
 * A separate application serving only `GET /metrics` (for `MM_METRICS_PORT`, so the scrape port can
 * stay off the public interface); every other path is a coded 404.
 */
export function metricsApp(registry: Registry, logger: Logger, options: { token?: string } = {}): Express {
  return createHttpApp([metricsRoutes(registry, options)], logger);
}

function sameBytes(given: Buffer, expected: Buffer): boolean {
  // hashing first makes the comparison constant-time whatever the given length
  const a = createHash("sha256").update(given).digest();
  const b = createHash("sha256").update(expected).digest();
  return timingSafeEqual(a, b) && given.length === expected.length;
}
