/**
 * Outside tester: a signed notice with both headers but a wrong HMAC was told "X-MM-Timestamp and
 * X-MM-Signature: sha256=<hex> are required", and `{}` was told only "sanalpos, vakifbank or ziraat".
 * Each refusal now says what is wrong with which header or field, fields in the contract's order.
 */
import { createHmac } from "node:crypto";
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

describe("POST /api/payments: refusals name the header or field at fault", () => {
  let h: RaHarness;
  let server: Server;
  let base: string;
  beforeEach(async () => {
    h = await createRaHarness(testDialects[0]!);
    const quiet = new Writable({ write: (_c, _e, cb) => cb() });
    const routes = paymentRoutes(h.ra.payments, secret, { now: () => h.clock.now() });
    server = await listen(createHttpApp([routes], createLogger({ destination: quiet })), 0, "127.0.0.1");
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterEach(async () => {
    await closeServer(server);
    await h.dispose();
  });

  const send = async (body: string, headers: Record<string, string>) => {
    const res = await fetch(`${base}/api/payments`, {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body,
    });
    return {
      status: res.status,
      ...((await res.json()) as { error: { code: string; message: string } }).error,
    };
  };
  const bearer = (notice: unknown) => send(JSON.stringify(notice), { authorization: `Bearer ${secret}` });
  const hmac = (timestamp: string, body: string, key = secret) =>
    createHmac("sha256", key).update(`${timestamp}.${body}`).digest("hex");

  it("tells a wrong HMAC, a malformed signature or timestamp and a missing header apart", async () => {
    const body = JSON.stringify({ orderNo: "MM1234567890" });
    const t = String(Math.floor(h.clock.now().getTime() / 1000));
    const wrong = await send(body, {
      "x-mm-timestamp": t,
      "x-mm-signature": `sha256=${hmac(t, body, "k".repeat(32))}`,
    });
    expect(wrong).toEqual({
      status: 401,
      code: "bad_signature",
      message: "the signature does not match the body and timestamp",
    });
    for (const signature of [`sha256=${hmac(t, body).toUpperCase()}`, "sha256=deadbeef", hmac(t, body)]) {
      const malformed = await send(body, { "x-mm-timestamp": t, "x-mm-signature": signature });
      expect(malformed, signature).toMatchObject({ status: 401, code: "bad_signature" });
      expect(malformed.message, signature).toBe(
        "X-MM-Signature must be sha256= followed by 64 lowercase hex digits",
      );
    }
    const badTime = await send(body, {
      "x-mm-timestamp": "yesterday",
      "x-mm-signature": `sha256=${hmac(t, body)}`,
    });
    expect(badTime).toMatchObject({ code: "bad_signature", message: "X-MM-Timestamp must be Unix seconds" });
    const noTime = await send(body, { "x-mm-signature": `sha256=${hmac(t, body)}` });
    expect(noTime).toMatchObject({ status: 401, code: "bad_signature" });
    expect(noTime.message).toBe("a signed notice needs both headers: X-MM-Timestamp is missing");
    const noSignature = await send(body, { "x-mm-timestamp": t });
    expect(noSignature.message).toBe("a signed notice needs both headers: X-MM-Signature is missing");
    expect(await h.database.db.payment.count()).toBe(0);
  });

  it("reports the first field missing or of the wrong type, in the contract's order, by its name", async () => {
    const { orderNo } = await h.ra.submitApplication(cardApplication());
    const full = { orderNo, channel: "ziraat", providerRef: "zb-msg-1", amountKurus: testPrices.card };
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [{}, "invalid_order_no", /^orderNo is missing/],
      [{ channel: "nope", amountKurus: "x" }, "invalid_order_no", /^orderNo is missing/],
      [{ ...full, orderNo: 1234567890 }, "invalid_order_no", /^orderNo must be a string/],
      [{ orderNo }, "invalid_payment_channel", /^channel is missing: sanalpos, vakifbank or ziraat$/],
      [
        { ...full, channel: "paypal" },
        "invalid_payment_channel",
        /^channel must be sanalpos, vakifbank or ziraat$/,
      ],
      [{ orderNo, channel: "ziraat" }, "invalid_provider_ref", /^providerRef is missing/],
      [{ ...full, providerRef: 12345678 }, "invalid_provider_ref", /^providerRef must be a string/],
      [{ ...full, providerRef: "a b" }, "invalid_provider_ref", /^providerRef: 4 to 100 word characters$/],
      [{ ...full, amountKurus: undefined }, "invalid_amount", /^amountKurus is missing/],
      [
        { ...full, amountKurus: String(testPrices.card) },
        "invalid_amount",
        /^amountKurus must be a JSON number/,
      ],
      [{ ...full, amountKurus: -1 }, "invalid_amount", /^amountKurus: a positive whole number of kuruş$/],
      [{ ...full, amountKurus: 1 }, "amount_mismatch", /^amountKurus: the amount differs/],
      [{ ...full, receivedAt: "dün" }, "invalid_received_at", /^receivedAt must be an ISO-8601 time$/],
    ];
    for (const [notice, code, message] of cases) {
      const answer = await bearer(notice);
      expect(answer, JSON.stringify(notice)).toMatchObject({ status: 400, code });
      expect(answer.message, JSON.stringify(notice)).toMatch(message);
    }
    const unknown = await bearer({ ...full, orderNo: "MM0000000000" });
    expect(unknown).toEqual({
      status: 404,
      code: "unknown_order",
      message: "orderNo: no order with this number",
    });
    expect(await h.database.db.payment.count()).toBe(0);
  });
});
