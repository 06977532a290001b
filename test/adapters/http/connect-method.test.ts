/**
 * Tester (methods): `CONNECT evil.example:443 HTTP/1.1`, a client taking the service for a forward
 * proxy, got no answer at all: Node closes a CONNECT's connection when nobody listens for it. It now
 * gets 501 `not_implemented` as coded JSON (the service is no proxy) and the connection is closed;
 * the service goes on serving.
 */
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startWebTestApp, type WebTestApp } from "../../helpers/web-app.ts";

let app: WebTestApp;
beforeAll(async () => {
  app = await startWebTestApp();
});
afterAll(async () => {
  await app?.close();
});

/** Sends raw bytes; resolves with what came back before the server closed the connection. */
function raw(request: string): Promise<string> {
  const { port } = new URL(app.baseUrl);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), "127.0.0.1");
    let out = "";
    socket.on("data", (chunk) => {
      out += chunk.toString("latin1");
    });
    socket.on("error", reject);
    socket.on("close", () => resolve(out));
    socket.write(request);
    setTimeout(() => socket.destroy(), 5_000).unref();
  });
}

describe("CONNECT", () => {
  for (const target of ["evil.example:443", "127.0.0.1:22", "[::1]:25"]) {
    it(`CONNECT ${target} is 501 not_implemented as coded JSON, the connection closed`, async () => {
      const answer = await raw(`CONNECT ${target} HTTP/1.1\r\nHost: ${target}\r\n\r\n`);
      expect(answer).toMatch(/^HTTP\/1\.1 501 /);
      expect(answer).toMatch(/content-type: application\/json/i);
      const body = JSON.parse(answer.slice(answer.indexOf("\r\n\r\n") + 4)) as { error: { code: string } };
      expect(body.error.code).toBe("not_implemented");
    });
  }

  it("the service goes on serving", async () => {
    await raw("CONNECT evil.example:443 HTTP/1.1\r\nHost: evil.example:443\r\n\r\n");
    expect((await fetch(`${app.baseUrl}/`)).status).toBe(200);
  });
});
