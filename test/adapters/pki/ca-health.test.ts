import express from "express";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { healthRoutes } from "../../../adapters/http/health.ts";
import { createLogger } from "../../../adapters/logging/logger.ts";
import { type RunningPki, startPki } from "../../../adapters/pki/start-pki.ts";
import { systemClock } from "../../../core/ports/clock.ts";
import { testDialects } from "../../helpers/databases.ts";
import { type LoopbackServer, serveOnLoopback } from "../../helpers/loopback-http.ts";
import { createSoftHsm, type SoftHsm } from "../../helpers/softhsm.ts";
import { prepareTokenPki, type TokenPkiGround } from "../../helpers/token-pki.ts";

/** `/healthz` probes the issuing CA key also when it is on a PKCS#11 token. */
let hsm: SoftHsm;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(() => {
  hsm = createSoftHsm();
});
afterAll(() => hsm?.dispose());

describe.each(testDialects)("the ca health probe with the CA key on a token, on $name", (dialect) => {
  let ground: TokenPkiGround;
  let database: TokenPkiGround["database"];
  let pki: RunningPki;
  let served: LoopbackServer;
  let base: string;
  let token: string;

  beforeEach(async () => {
    ground = await prepareTokenPki(hsm, dialect, "health");
    ({ database, token } = ground);
    pki = await startPki({
      ...ground.options(),
      clock: systemClock,
      logger: createLogger({ level: "silent" }),
    });
    const app = express().use(healthRoutes([pki.probe]));
    served = await serveOnLoopback(app);
    base = served.base;
  });
  afterEach(async () => {
    await served.close();
    await pki.close();
    await ground.dispose();
  });

  const health = async () => {
    const res = await fetch(`${base}/healthz`);
    return {
      status: res.status,
      body: (await res.json()) as { checks: { ca: { ok: boolean; code?: string } } },
    };
  };

  it("answers 200 while the token signs, 503 naming the key and token_not_found once it is gone, 200 when it is back", async () => {
    expect(await health()).toEqual({
      status: 200,
      body: { status: "ok", checks: { ca: { ok: true, development: true } } },
    });
    const putBack = hsm.removeToken(token);
    const missing = await health();
    expect(missing.status).toBe(503);
    expect(missing.body.checks.ca.ok).toBe(false);
    // the code only: the key URI and the token label stay in the log
    expect(missing.body.checks.ca).toEqual({ ok: false, code: "token_not_found" });
    putBack();
    await sleep(1_100);
    expect((await health()).status).toBe(200);
    await pki.close();
    const entries = await database.db.auditEntry.findMany({ where: { actor: "pkcs11" } });
    expect(entries.map((e) => e.action)).toEqual(
      expect.arrayContaining(["token_removed", "session_recovered"]),
    );
  }, 60_000);
});
