/**
 * Hostile tester (request headers): an HTTP/1.1 request without a `Host` header (RFC 9112 §3.2:
 * a server must answer it 400) got Node's own bare answer, `400 Bad Request` with an empty chunked
 * body and no JSON, on every route, OCSP included, unlike every other bad request. It now gets the
 * public interface's coded JSON error 400 `bad_request`, and its connection is closed; HTTP/1.0
 * (where Host is optional) is still answered.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rawExchange } from "../../helpers/raw-http-exchange.ts";
import { startTestService } from "../../helpers/web-service.ts";

let service: Awaited<ReturnType<typeof startTestService>>;
beforeAll(async () => {
  service = await startTestService();
}, 120_000);
afterAll(async () => {
  await service?.close();
});

/** One raw exchange; resolves with the status, headers and body once the server closes. */
function exchange(request: string) {
  return rawExchange(Number(new URL(service.baseUrl).port), [request]);
}

describe("an HTTP/1.1 request without Host", () => {
  for (const request of [
    "GET /healthz HTTP/1.1\r\n\r\n",
    "POST /api/chat/sessions HTTP/1.1\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}",
    "GET /ocsp/MAA= HTTP/1.1\r\n\r\n",
    "POST /ocsp HTTP/1.1\r\nContent-Length: 2\r\n\r\n0\u0000",
  ])
    it(`${request.split("\r\n")[0]} gets the coded JSON 400 and a closed connection`, async () => {
      const answer = await exchange(request);
      expect(answer.status).toBe(400);
      expect(answer.headers).toMatch(/content-type: application\/json/i);
      expect(answer.headers).toMatch(/connection: close/i);
      expect(JSON.parse(answer.body)).toEqual({
        error: { code: "bad_request", message: "an HTTP/1.1 request needs a Host header" },
      });
    });

  it("HTTP/1.0 without Host is still answered", async () => {
    const answer = await exchange("GET /healthz HTTP/1.0\r\n\r\n");
    expect(answer.status).toBe(200);
  });
});
