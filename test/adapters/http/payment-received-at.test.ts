/**
 * Tester: `POST /api/payments` took a receivedAt of 2020-01-01 for an order created today (200, postsAt
 * 2020). A payment received before the order existed (beyond 5 minutes of clock skew) is refused with a
 * coded 400 and records nothing; one a little before, within the skew, is taken.
 */
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { paymentRoutes } from "../../../adapters/http/payment-routes.ts";
import { closeServer, createHttpApp, listen } from "../../../adapters/http/server.ts";
import { createLogger } from "../../../adapters/logging/logger.ts";
import { testDialects } from "../../helpers/databases.ts";
import { cardApplication, createRaHarness, type RaHarness, testPrices } from "../../helpers/ra-harness.ts";

const secret = "s".repeat(32);

describe("POST /api/payments: receivedAt before the order", () => {
  let h: RaHarness;
  let server: Server;
  let base: string;
  beforeEach(async () => {
    h = await createRaHarness(testDialects[0]!);
    const quiet = new Writable({ write: (_c, _e, cb) => cb() });
    server = await listen(
      createHttpApp([paymentRoutes(h.ra.payments, secret)], createLogger({ destination: quiet })),
      0,
      "127.0.0.1",
    );
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterEach(async () => {
    await closeServer(server);
    await h.dispose();
  });

  const post = (body: unknown) =>
    fetch(`${base}/api/payments`, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${secret}` },
      body: JSON.stringify(body),
    });

  it("2020-01-01 for an order created now is 400 invalid_received_at and records nothing", async () => {
    const { orderNo } = await h.ra.submitApplication(cardApplication());
    const res = await post({
      orderNo,
      channel: "vakifbank",
      providerRef: "vb-old-1",
      amountKurus: testPrices.card,
      receivedAt: "2020-01-01T10:00:00Z",
    });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: { code: "invalid_received_at", message: expect.any(String) } });
    expect((await h.ra.orderStatus(orderNo))?.status).toBe("awaiting_payment");
  });

  it("ten minutes before the order is refused, two minutes before (clock skew) is taken", async () => {
    const { orderNo } = await h.ra.submitApplication(cardApplication());
    const created = h.deps.clock.now().getTime();
    const notice = { orderNo, channel: "vakifbank", amountKurus: testPrices.card };
    const early = await post({
      ...notice,
      providerRef: "vb-old-2",
      receivedAt: new Date(created - 10 * 60_000).toISOString(),
    });
    expect(early.status).toBe(400);
    const skewed = await post({
      ...notice,
      providerRef: "vb-old-3",
      receivedAt: new Date(created - 2 * 60_000).toISOString(),
    });
    expect(skewed.status).toBe(200);
  });
});
