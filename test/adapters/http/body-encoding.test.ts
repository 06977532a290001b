/**
 * Tester (hostile encodings): a JSON body whose Content-Encoding (gzip, deflate, br) did not match
 * its bytes ('Content-Encoding: gzip' over plain text, a truncated gzip stream) got 400
 * `bad_request` with the bare message "bad request", which told the client nothing. It is now
 * `bad_request` "request body could not be decoded as its Content-Encoding says"; a body that
 * decodes is taken as before. A content coding the service does not read ('compress') was 400 as
 * well: it is 415 `unsupported_media_type` (RFC 9110 §15.5.16), nothing created.
 */
import { deflateSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startWebTestApp, type WebTestApp } from "../../helpers/web-app.ts";

let app: WebTestApp;
beforeAll(async () => {
  app = await startWebTestApp();
});
afterAll(async () => {
  await app?.close();
});

const post = (encoding: string, body: Uint8Array) =>
  fetch(`${app.baseUrl}/api/chat/sessions`, {
    method: "POST",
    headers: { "content-type": "application/json", "content-encoding": encoding },
    body,
  });

const plain = new TextEncoder().encode('{"locale":"en"}');

describe("a body whose Content-Encoding does not match its bytes", () => {
  for (const [encoding, body] of [
    ["gzip", plain],
    ["deflate", plain],
    ["br", plain],
    ["gzip", gzipSync(plain).subarray(0, 12)],
  ] as const) {
    it(`Content-Encoding: ${encoding} over ${body === plain ? "plain JSON" : "a truncated stream"} is 400 with a message that says so`, async () => {
      const res = await post(encoding, body);
      expect(res.status).toBe(400);
      expect(await res.json()).toEqual({
        error: {
          code: "bad_request",
          message: "request body could not be decoded as its Content-Encoding says",
        },
      });
    });
  }

  it("a body that decodes is taken", async () => {
    expect((await post("gzip", gzipSync(plain))).status).toBe(201);
    expect((await post("deflate", deflateSync(plain))).status).toBe(201);
  });
});

describe("a Content-Encoding the service does not read", () => {
  for (const encoding of ["compress", "x-custom", "gzip, compress"]) {
    it(`Content-Encoding: ${encoding} is 415 unsupported_media_type`, async () => {
      const res = await post(encoding, plain);
      expect(res.status).toBe(415);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe("unsupported_media_type");
    });
  }
});
