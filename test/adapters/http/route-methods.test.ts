/**
 * Tester (hostile methods): POST /healthz, DELETE /ca/root.crt, PUT /ocsp, GET /api/payments,
 * GET /telegram/webhook and the like answered 404 `not_found` "no such route", though each route
 * exists. A known route asked with a method it does not take is 405 `method_not_allowed`, with an
 * `Allow` header naming the ones it takes and the coded JSON body, on the whole service; unknown
 * paths stay 404 and the routes still answer their own methods.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FakeTelegramApi } from "../../helpers/telegram-fake-api.ts";
import { startTestService } from "../../helpers/web-service.ts";

let service: Awaited<ReturnType<typeof startTestService>>;
let telegram: FakeTelegramApi;

beforeAll(async () => {
  telegram = new FakeTelegramApi();
  await telegram.start();
  service = await startTestService({
    MM_PAYMENT_WEBHOOK_SECRET: "p".repeat(40),
    MM_METRICS_TOKEN: "m".repeat(32),
    TELEGRAM_BOT_TOKEN: "123456:route-methods",
    TELEGRAM_API_ROOT: telegram.apiRoot,
    TELEGRAM_WEBHOOK_URL: "https://bot.example.com/telegram/webhook",
    TELEGRAM_WEBHOOK_SECRET: "tg-secret-route-methods",
  });
}, 120_000);
afterAll(async () => {
  await service?.close();
  await telegram?.stop();
});

const cases: [method: string, path: string, allow: string][] = [
  ["POST", "/healthz", "GET, HEAD"],
  ["DELETE", "/healthz", "GET, HEAD"],
  ["POST", "/metrics", "GET, HEAD"],
  ["POST", "/ca/root.crt", "GET, HEAD"],
  ["DELETE", "/ca/issuing.pem", "GET, HEAD"],
  ["PUT", "/crl/issuing.crl", "GET, HEAD"],
  ["PUT", "/ocsp", "POST"],
  ["DELETE", "/ocsp", "POST"],
  ["PATCH", "/ocsp/MEIwQDA-MDwwOjAJBgUrDgMCGgUABBQ", "GET, HEAD"],
  ["POST", "/ilke", "GET, HEAD"],
  ["POST", "/", "GET, HEAD"],
  ["DELETE", "/", "GET, HEAD"],
  ["GET", "/api/payments", "POST"],
  ["DELETE", "/api/payments", "POST"],
  ["GET", "/telegram/webhook", "POST"],
  ["PUT", "/telegram/webhook", "POST"],
];

describe("a known route asked with a method it does not take", () => {
  for (const [method, path, allow] of cases) {
    it(`${method} ${path} is 405 method_not_allowed, Allow: ${allow}`, async () => {
      const res = await fetch(`${service.baseUrl}${path}`, { method });
      expect(res.status).toBe(405);
      expect(res.headers.get("allow")).toBe(allow);
      expect(await res.json()).toEqual({
        error: { code: "method_not_allowed", message: `this route takes ${allow}` },
      });
    });
  }

  it("the routes still answer their own methods, and unknown paths stay 404", async () => {
    const base = service.baseUrl;
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await fetch(`${base}/healthz`, { method: "HEAD" })).status).toBe(200);
    expect((await fetch(`${base}/ca/root.crt`)).status).toBe(200);
    expect((await fetch(`${base}/ilke`)).status).toBe(200);
    expect((await fetch(`${base}/`)).status).toBe(200);
    const ocsp = await fetch(`${base}/ocsp`, { method: "POST", body: new Uint8Array(0) });
    expect(ocsp.headers.get("content-type")).toBe("application/ocsp-response");
    expect((await fetch(`${base}/telegram/webhook`, { method: "POST" })).status).toBe(401);
    expect((await fetch(`${base}/api/payments`, { method: "POST" })).status).toBe(401);
    for (const [method, path] of [
      ["GET", "/nothing"],
      ["POST", "/ca/nothing/deeper"],
      ["DELETE", "/healthz/x"],
      ["GET", "/chat/nothing.js"],
    ]) {
      const res = await fetch(`${base}${path}`, { method });
      expect(res.status, `${method} ${path}`).toBe(404);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("not_found");
    }
  });
});
