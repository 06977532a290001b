import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { healthRoutes } from "../../../adapters/http/health.ts";
import { createHttpApp } from "../../../adapters/http/server.ts";
import { ProbeError } from "../../../adapters/runtime/health-probe.ts";
import { capturingLogger, type LoopbackServer, serveOnLoopback } from "../../helpers/loopback-http.ts";

let served: LoopbackServer;
let base: string;
const { logger, lines: logged } = capturingLogger();

beforeAll(async () => {
  const app = createHttpApp(
    [
      healthRoutes(
        [
          { name: "storage", check: async () => {} },
          {
            name: "files",
            check: async () => {
              throw Object.assign(
                new Error("ENOENT: no such file or directory, open '/srv/mm/data/keys/ca.key'"),
                {
                  code: "ENOENT",
                },
              );
            },
          },
          {
            name: "ca",
            check: async () => {
              throw new ProbeError(
                "token_not_found",
                "issuing CA key pkcs11:token=ca-prod;object=issuing-ca unusable",
              );
            },
          },
          {
            name: "odd",
            check: async () => {
              throw new Error("at /home/op/secret/path: label vault-7");
            },
          },
        ],
        logger,
      ),
    ],
    logger,
  );
  served = await serveOnLoopback(app);
  base = served.base;
});
afterAll(() => served.close());

describe("GET /healthz", () => {
  it("names each failing check and its code, never its message (paths, key labels)", async () => {
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(503);
    const text = await res.text();
    expect(JSON.parse(text)).toEqual({
      status: "unavailable",
      checks: {
        storage: { ok: true },
        files: { ok: false, code: "ENOENT" },
        ca: { ok: false, code: "token_not_found" },
        odd: { ok: false, code: "check_failed" },
      },
    });
    expect(text).not.toContain("/srv");
    expect(text).not.toContain("ca-prod");
    expect(text).not.toContain("/home");
    expect(text).not.toContain("vault-7");
  });

  it("logs the full reason for the operator", async () => {
    await fetch(`${base}/healthz`);
    const lines = logged.join("");
    expect(lines).toContain("ca-prod");
    expect(lines).toContain("health check failed");
  });
});
