import express, { type RequestHandler, type Router } from "express";
import { Counter, collectDefaultMetrics, Histogram, Registry } from "prom-client";
import type { AnswerObserver } from "./direct-route.ts";

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

/**
 * Counts requests and observes their duration by method, route family and status. The route label
 * is the first path segment only (`/api`, `/ocsp`…), so ids and tokens never become labels.
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
          req.method,
          `/${req.path.split("/")[1] ?? ""}`,
          res.statusCode,
          (performance.now() - started) / 1000,
        );
      });
      next();
    },
    observer: (route) => (method, status, startedMs) =>
      record(method, route, status, (performance.now() - startedMs) / 1000),
  };
}

/** `GET /metrics` in the Prometheus text format. */
export function metricsRoutes(registry: Registry): Router {
  const router = express.Router();
  router.get("/metrics", async (_req, res) => {
    res.type(registry.contentType).send(await registry.metrics());
  });
  return router;
}
