import express, { type Router } from "express";
import type { Logger } from "pino";
import { type HealthProbe, ProbeError } from "../runtime/health-probe.ts";
import { methodNotAllowed } from "./errors.ts";

/** What `/healthz` says of a failure whose error carries no usable code. */
export const CHECK_FAILED = "check_failed";
/** What `/healthz` says of a probe that did not answer in time. */
export const CHECK_TIMEOUT = "timeout";
const PROBE_TIMEOUT_MS = 2_000;
const CODE = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

/**
 * `GET /healthz`: 200 when every probe passes, 503 otherwise, with a JSON body naming each check and,
 * for a failing one, its code: `{ "status", "checks": { "<name>": { "ok": false, "code" } } }`. The
 * failure's message never reaches the client (it may hold file paths, key URIs or token labels); it
 * is logged as a warning when a `logger` is given.
 */
export function healthRoutes(probes: HealthProbe[], logger?: Logger): Router {
  const router = express.Router();
  router.get("/healthz", async (_req, res) => {
    const results = await Promise.all(
      probes.map(async (p) => {
        try {
          const details = await withTimeout(p.check(), PROBE_TIMEOUT_MS);
          return [p.name, { ok: true, ...(details ?? {}) }] as const;
        } catch (error) {
          const code = codeOf(error);
          logger?.warn({ check: p.name, code, err: error }, "health check failed");
          return [p.name, { ok: false, code }] as const;
        }
      }),
    );
    const ok = results.every(([, r]) => r.ok);
    res
      .status(ok ? 200 : 503)
      .json({ status: ok ? "ok" : "unavailable", checks: Object.fromEntries(results) });
  });
  router.all("/healthz", methodNotAllowed(["GET", "HEAD"]));
  return router;
}

/** The error's own code when it looks like one (an identifier, no paths or spaces), else `check_failed`. */
export function codeOf(error: unknown): string {
  const code = (error as { code?: unknown } | null | undefined)?.code;
  return typeof code === "string" && CODE.test(code) ? code : CHECK_FAILED;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ProbeError(CHECK_TIMEOUT, `no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
