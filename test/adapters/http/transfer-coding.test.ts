/**
 * Hostile tester (transfer codings): a request whose `Transfer-Encoding` names a coding before the
 * final `chunked` (`gzip, chunked`, `deflate, chunked`, `compress, chunked`) had only its chunking
 * undone; the still-compressed bytes were read as the body: an empty one created a chat session
 * (201), a gzip-coded JSON body got 400 "request body must be a JSON object", and `POST /ocsp`
 * answered malformedRequest. The service decodes no transfer coding but chunked: RFC 9112 §6.1 makes
 * such a request 501, now the coded JSON 501 `not_implemented` (the connection closed, no route run,
 * nothing created). `Content-Encoding: gzip` stays the way to send a compressed body.
 */
import { gzipSync } from "node:zlib";
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

/** One raw exchange of a chunked body; resolves with the status, headers and body once the server closes. */
function exchange(head: string, body: Buffer) {
  const chunked =
    body.length > 0
      ? Buffer.concat([Buffer.from(`${body.length.toString(16)}\r\n`), body, Buffer.from("\r\n0\r\n\r\n")])
      : Buffer.from("0\r\n\r\n");
  return rawExchange(Number(new URL(service.baseUrl).port), [`${head}\r\nHost: x\r\n\r\n`, chunked]);
}

const NOT_IMPLEMENTED = {
  error: {
    code: "not_implemented",
    message: "Transfer-Encoding other than chunked is not supported; use Content-Encoding",
  },
};

describe("a transfer coding the service does not decode", () => {
  it.each([
    ["gzip, chunked", "POST /api/chat/sessions", Buffer.alloc(0)],
    ["gzip, chunked", "POST /api/chat/sessions", gzipSync('{"locale":"en"}')],
    ["deflate,chunked", "POST /api/chat/sessions", Buffer.from("{}")],
    ["compress, chunked", "POST /ocsp", Buffer.from([0x30, 0x00])],
    ["GZIP, chunked", "POST /ocsp", gzipSync(Buffer.from([0x30, 0x00]))],
  ])("Transfer-Encoding: %s on %s → 501 not_implemented", async (coding, line, body) => {
    const answer = await exchange(
      `${line} HTTP/1.1\r\nContent-Type: application/json\r\nTransfer-Encoding: ${coding}`,
      body,
    );
    expect(answer.status).toBe(501);
    expect(answer.headers).toMatch(/connection: close/i);
    expect(JSON.parse(answer.body)).toEqual(NOT_IMPLEMENTED);
  });

  it("Transfer-Encoding: chunked alone is read as before", async () => {
    const answer = await exchange(
      "POST /api/chat/sessions HTTP/1.1\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close",
      Buffer.from('{"locale":"en"}'),
    );
    expect(answer.status).toBe(201);
  });
});
