/**
 * Tester (hostile methods): OPTIONS on a known route got express's default answer, 200 `text/plain`
 * with the methods as its body ("GET, HEAD"), not the coded JSON of the public interface, and
 * OPTIONS /ocsp got 404 `not_found` though the route exists. The service offers no CORS and takes
 * OPTIONS nowhere, so OPTIONS is a method a route does not take like any other: 405
 * `method_not_allowed` with the `Allow` header and the coded JSON body, on the whole service.
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
    TELEGRAM_BOT_TOKEN: "123456:route-options",
    TELEGRAM_API_ROOT: telegram.apiRoot,
    TELEGRAM_WEBHOOK_URL: "https://bot.example.com/telegram/webhook",
    TELEGRAM_WEBHOOK_SECRET: "tg-secret-route-options",
  });
}, 120_000);
afterAll(async () => {
  await service?.close();
  await telegram?.stop();
});

const cases: [path: string, allow: string][] = [
  ["/healthz", "GET, HEAD"],
  ["/metrics", "GET, HEAD"],
  ["/ca/root.crt", "GET, HEAD"],
  ["/ca/issuing.pem", "GET, HEAD"],
  ["/crl/issuing.crl", "GET, HEAD"],
  ["/ocsp", "POST"],
  ["/ocsp/MEIwQDA-MDwwOjAJBgUrDgMCGgUABBQ", "GET, HEAD"],
  ["/ilke", "GET, HEAD"],
  ["/", "GET, HEAD"],
  ["/api/chat/sessions", "POST"],
  ["/api/chat/sessions/web_x/messages", "POST"],
  ["/api/chat/sessions/web_x/events", "GET, HEAD"],
  ["/api/payments", "POST"],
  ["/telegram/webhook", "POST"],
];

describe("OPTIONS on a known route", () => {
  for (const [path, allow] of cases) {
    it(`OPTIONS ${path} is 405 method_not_allowed, Allow: ${allow}`, async () => {
      const res = await fetch(`${service.baseUrl}${path}`, {
        method: "OPTIONS",
        // what a browser's CORS preflight sends: it gets no CORS headers either
        headers: { origin: "https://evil.example", "access-control-request-method": "POST" },
      });
      expect(res.status).toBe(405);
      expect(res.headers.get("allow")).toBe(allow);
      expect(res.headers.get("access-control-allow-origin")).toBeNull();
      expect(res.headers.get("content-type")).toMatch(/^application\/json/);
      expect(await res.json()).toEqual({
        error: { code: "method_not_allowed", message: `this route takes ${allow}` },
      });
    });
  }

  it("OPTIONS on an unknown path stays 404 not_found", async () => {
    const res = await fetch(`${service.baseUrl}/nothing/here`, { method: "OPTIONS" });
    expect(res.status).toBe(404);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe("not_found");
  });
});
