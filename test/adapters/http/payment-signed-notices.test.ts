import { createHmac } from "node:crypto";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { PrismaNoticeReplays } from "../../../adapters/http/payment-notice-replays.ts";
import { paymentRoutes } from "../../../adapters/http/payment-routes.ts";
import { closeServer, createHttpApp, listen } from "../../../adapters/http/server.ts";
import { createLogger } from "../../../adapters/logging/logger.ts";
import { testDialects } from "../../helpers/databases.ts";
import { cardApplication, createRaHarness, type RaHarness, testPrices } from "../../helpers/ra-harness.ts";

const secret = "s".repeat(32);

describe.each(testDialects)("POST /api/payments, signed notices and the door on $name", (dialect) => {
  let h: RaHarness;
  let servers: Server[];
  let bases: string[];
  beforeEach(async () => {
    h = await createRaHarness(dialect);
    const quiet = new Writable({ write: (_c, _e, cb) => cb() });
    // two instances over one storage, as two processes behind a load balancer
    servers = [];
    bases = [];
    for (let i = 0; i < 2; i++) {
      const replays = new PrismaNoticeReplays(h.database.db);
      const s = await listen(
        createHttpApp(
          [paymentRoutes(h.ra.payments, secret, { replays, now: () => h.clock.now() })],
          createLogger({ destination: quiet }),
        ),
        0,
        "127.0.0.1",
      );
      servers.push(s);
      bases.push(`http://127.0.0.1:${(s.address() as AddressInfo).port}`);
    }
  });
  afterEach(async () => {
    for (const s of servers) await closeServer(s);
    await h.dispose();
  });

  const nowSeconds = () => Math.floor(h.clock.now().getTime() / 1000);
  const sign = (timestamp: string, body: string, key = secret) =>
    `sha256=${createHmac("sha256", key).update(`${timestamp}.${body}`).digest("hex")}`;
  const signed = (body: string, headers: Record<string, string> = {}, base = bases[0]) => {
    const timestamp = String(nowSeconds());
    return fetch(`${base}/api/payments`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-mm-timestamp": timestamp,
        "x-mm-signature": sign(timestamp, body),
        ...headers,
      },
      body,
    });
  };
  const codeOf = async (res: Response) => ((await res.json()) as { error: { code: string } }).error.code;

  it("accepts an HMAC over the raw body and refuses its replay, also on the other instance", async () => {
    const { orderNo } = await h.ra.submitApplication(cardApplication());
    const body = JSON.stringify({
      orderNo,
      channel: "sanalpos",
      providerRef: "pos-sig-1",
      amountKurus: testPrices.card,
    });
    const timestamp = String(nowSeconds());
    const headers = { "x-mm-timestamp": timestamp, "x-mm-signature": sign(timestamp, body) };
    const first = await signed(body, headers);
    expect(first.status).toBe(200);
    expect(await first.json()).toMatchObject({ orderNo, posted: true, created: true });
    for (const base of bases) {
      const again = await signed(body, headers, base);
      expect(again.status).toBe(409);
      expect(await codeOf(again)).toBe("replayed_notice");
    }
    // of concurrent copies of one fresh notice exactly one passes
    const body2 = JSON.stringify({
      orderNo,
      channel: "sanalpos",
      providerRef: "pos-sig-1",
      amountKurus: testPrices.card,
      n: 2,
    });
    const t2 = String(nowSeconds() - 1);
    const h2 = { "x-mm-timestamp": t2, "x-mm-signature": sign(t2, body2) };
    const answers = await Promise.all([0, 1, 0, 1, 0, 1].map((i) => signed(body2, h2, bases[i])));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409, 409, 409, 409, 409]);
    expect(await h.database.db.payment.count()).toBe(1);
  });

  it("refuses a wrong HMAC, a stale or future timestamp, a missing header, recording nothing", async () => {
    const { orderNo } = await h.ra.submitApplication(cardApplication());
    const body = JSON.stringify({
      orderNo,
      channel: "sanalpos",
      providerRef: "pos-sig-2",
      amountKurus: testPrices.card,
    });
    const t = String(nowSeconds());
    const wrongKey = await signed(body, { "x-mm-signature": sign(t, body, "k".repeat(32)) });
    expect([wrongKey.status, await codeOf(wrongKey)]).toEqual([401, "bad_signature"]);
    const tampered = await signed(body.replace("pos-sig-2", "pos-sig-3"), {
      "x-mm-timestamp": t,
      "x-mm-signature": sign(t, body),
    });
    expect([tampered.status, await codeOf(tampered)]).toEqual([401, "bad_signature"]);
    for (const skew of [-301, 301, -3600]) {
      const old = String(nowSeconds() + skew);
      const res = await signed(body, { "x-mm-timestamp": old, "x-mm-signature": sign(old, body) });
      expect([res.status, await codeOf(res)]).toEqual([401, "stale_timestamp"]);
    }
    const noTime = await fetch(`${bases[0]}/api/payments`, {
      method: "POST",
      headers: { "content-type": "application/json", "x-mm-signature": sign(t, body) },
      body,
    });
    expect([noTime.status, await codeOf(noTime)]).toEqual([401, "bad_signature"]);
    const upper = await signed(body, { "x-mm-timestamp": t, "x-mm-signature": sign(t, body).toUpperCase() });
    expect(upper.status).toBe(401);
    expect(await h.database.db.payment.count()).toBe(0);
    expect(await h.database.db.paymentNoticeReplay.count()).toBe(0);
  });

  it("checks the secret before the body: a wrong token with bad JSON or an oversize body is 401, never 400/413", async () => {
    const wrong = (body: string, type = "application/json") =>
      fetch(`${bases[0]}/api/payments`, {
        method: "POST",
        headers: { "content-type": type, authorization: "Bearer nope" },
        body,
      });
    for (const res of [
      await wrong("{not json"),
      await wrong("x".repeat(100_000)),
      await wrong("<a/>", "text/xml"),
    ]) {
      expect(res.status).toBe(401);
      expect(await codeOf(res)).toBe("unauthorized");
    }
    // the Bearer form still works as before, bad JSON after a good token is a coded 400
    const ok = await fetch(`${bases[0]}/api/payments`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${secret}` },
      body: "{not json",
    });
    expect([ok.status, await codeOf(ok)]).toEqual([400, "bad_request"]);
  });

  it("keeps replay rows only for the window", async () => {
    const replays = new PrismaNoticeReplays(h.database.db);
    const now = h.clock.now();
    expect(await replays.claim("a".repeat(64), new Date(now.getTime() + 1000), now)).toBe(true);
    expect(await replays.claim("a".repeat(64), new Date(now.getTime() + 1000), now)).toBe(false);
    const later = new Date(now.getTime() + 2000);
    expect(await replays.claim("b".repeat(64), new Date(later.getTime() + 1000), later)).toBe(true);
    expect((await h.database.db.paymentNoticeReplay.findMany()).map((r) => r.signature)).toEqual([
      "b".repeat(64),
    ]);
  });
});
