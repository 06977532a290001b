/**
 * Tester (header abuse): a request with an `Expect` header other than `100-continue`
 * (`Expect: 999-foo`) got Node's bare `417 Expectation Failed` with a chunked empty body, not the
 * public interface's coded JSON error, and the handler was never told. It is now 417
 * `expectation_failed` in JSON and the connection is closed; the route is not run.
 * `Expect: 100-continue` still works.
 */
import { connect } from "node:net";
import express from "express";
import { afterEach, describe, expect, it } from "vitest";
import { type LoopbackServer, serveOnLoopback } from "../../helpers/loopback-http.ts";

let served: LoopbackServer | undefined;
afterEach(async () => {
  await served?.close();
  served = undefined;
});

/** Sends raw bytes and reads until the server closes the connection (or 5 s pass). */
function raw(base: string, request: string): Promise<string> {
  const { port } = new URL(base);
  return new Promise((resolve) => {
    const socket = connect(Number(port), "127.0.0.1");
    let out = "";
    socket.on("data", (chunk) => {
      out += chunk.toString("utf8");
    });
    const done = () => resolve(out);
    socket.on("close", done);
    socket.on("error", done);
    socket.setTimeout(5_000, () => socket.destroy());
    socket.write(request);
  });
}

describe("an Expect header the server cannot meet", () => {
  for (const expectation of ["999-foo", "100-continued", "x".repeat(200), "200-ok"]) {
    it(`Expect: ${expectation.slice(0, 20)} is 417 expectation_failed in JSON, the route not run`, async () => {
      let ran = 0;
      const app = express();
      app.post("/x", (_req, res) => {
        ran += 1;
        res.json({ ok: true });
      });
      served = await serveOnLoopback(app);
      const answer = await raw(
        served.base,
        `POST /x HTTP/1.1\r\nHost: x\r\nExpect: ${expectation}\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}`,
      );
      const [head, body] = answer.split("\r\n\r\n");
      expect(head).toMatch(/^HTTP\/1\.1 417 /);
      expect(head).toMatch(/content-type: application\/json/i);
      expect(head).toMatch(/connection: close/i);
      expect(JSON.parse(body!)).toEqual({
        error: { code: "expectation_failed", message: "only Expect: 100-continue is supported" },
      });
      expect(ran).toBe(0);
    });
  }

  it("Expect: 100-continue still gets 100 Continue, then the route's answer", async () => {
    const app = express();
    app.post("/x", express.json(), (req, res) => {
      res.json({ got: req.body });
    });
    served = await serveOnLoopback(app);
    const res = await fetch(`${served.base}/x`, {
      method: "POST",
      headers: { expect: "100-continue", "content-type": "application/json" },
      body: '{"a":1}',
    }).catch(() => undefined);
    // fetch (undici) refuses to send an Expect header itself; the raw request shows the exchange
    if (res) expect(res.status).toBe(200);
    const answer = await raw(
      served.base,
      'POST /x HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Type: application/json\r\nContent-Length: 7\r\nConnection: close\r\n\r\n{"a":1}',
    );
    expect(answer).toMatch(/^HTTP\/1\.1 100 Continue/);
    expect(answer).toContain('{"got":{"a":1}}');
  });
});
