import express, { type RequestHandler, type Router } from "express";
import { Counter, collectDefaultMetrics, Histogram, Registry } from "prom-client";

/** The service's Prometheus registry; components register their own counters on it. */
export function createMetricsRegistry(): Registry {
  const registry = new Registry();
  registry.setDefaultLabels({ service: "mali-muhur-asistani" });
  collectDefaultMetrics({ register: registry });
  return registry;
}

/**
 * Counts requests and observes their duration by method, route family and status. The route label
 * is the first path segment only (`/api`, `/ocsp`…), so ids and tokens never become labels.
 */
export function httpMetricsMiddleware(registry: Registry): RequestHandler {
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
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    res.on("finish", () => {
      const route = `/${req.path.split("/")[1] ?? ""}`;
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      requests.inc({ method: req.method, route, status: String(res.statusCode) });
      duration.observe({ method: req.method, route }, seconds);
    });
    next();
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
