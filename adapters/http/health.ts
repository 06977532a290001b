import type { Router } from "express";
import express from "express";

/** A named probe of one dependency; resolves when usable, rejects with the reason otherwise. */
export interface HealthProbe {
  name: string;
  check(): Promise<void>;
}

/** `GET /healthz`: 200 when every probe passes, 503 otherwise, with a JSON body saying which. */
export function healthRoutes(probes: HealthProbe[]): Router {
  const router = express.Router();
  router.get("/healthz", async (_req, res) => {
    const results = await Promise.all(
      probes.map(async (p) => {
        try {
          await withTimeout(p.check(), 2_000);
          return [p.name, { ok: true }] as const;
        } catch (error) {
          return [
            p.name,
            { ok: false, error: error instanceof Error ? error.message : String(error) },
          ] as const;
        }
      }),
    );
    const ok = results.every(([, r]) => r.ok);
    res
      .status(ok ? 200 : 503)
      .json({ status: ok ? "ok" : "unavailable", checks: Object.fromEntries(results) });
  });
  return router;
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
