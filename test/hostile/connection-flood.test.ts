/**
 * Hostile tester (slowloris from one address): each connection dripping a header line every few
 * seconds is cut after the 15 s header timeout, but nothing capped how many one client held. Measured
 * on the running service (open-files limit 20 000): 21 000 such connections from one address took
 * every file descriptor of the process, and every other client's request failed (connection reset)
 * for as long as the client kept opening new ones; the service's own files and sockets (SQLite, the
 * keys, SMTP) could not be opened either. Now a client (an address, an IPv6 /64) holds at most
 * MAX_CONNECTIONS_PER_CLIENT connections, one more is closed at once, and the total stays below the
 * open-files limit; other clients are answered meanwhile.
 */
import { request } from "node:http";
import { connect, type Socket } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_CONNECTIONS_PER_CLIENT } from "../../adapters/http/connection-caps.ts";
import { startTestService } from "../helpers/web-service.ts";

let service: Awaited<ReturnType<typeof startTestService>>;
let port: number;

beforeAll(async () => {
  service = await startTestService();
  port = Number(new URL(service.baseUrl).port);
}, 60_000);

afterAll(async () => {
  await service?.close();
});

/** A connection from `localAddress` that sends half a request and waits; `closed` tells whether the server closed it. */
async function dripping(localAddress: string): Promise<{ socket: Socket; closed: () => boolean }> {
  let closed = false;
  const socket = connect({ port, host: "127.0.0.1", localAddress });
  socket.resume();
  socket.on("error", () => {});
  socket.on("close", () => {
    closed = true;
  });
  await new Promise<void>((resolve) => socket.once("connect", () => resolve()));
  socket.write("GET / HTTP/1.1\r\nHost: x\r\n");
  return { socket, closed: () => closed };
}

/** GET /healthz from `localAddress`: its status, or the connection error's code. */
function healthFrom(localAddress: string): Promise<number | string> {
  return new Promise((resolve) => {
    const req = request({ host: "127.0.0.1", port, path: "/healthz", localAddress, agent: false }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
    });
    req.on("error", (error: NodeJS.ErrnoException) => resolve(error.code ?? "error"));
    req.end();
  });
}

describe("one client opening many connections", () => {
  it("holds at most its cap; more are closed at once, and other clients are answered", async () => {
    const flood = [];
    for (let i = 0; i < MAX_CONNECTIONS_PER_CLIENT + 10; i++) flood.push(await dripping("127.0.0.3"));
    await new Promise((resolve) => setTimeout(resolve, 500));
    const closed = flood.filter((c) => c.closed()).length;
    expect(closed).toBe(10);
    expect(flood.slice(0, MAX_CONNECTIONS_PER_CLIENT).every((c) => !c.closed())).toBe(true);

    // another client is answered meanwhile; the flooding client is not
    expect(await healthFrom("127.0.0.4")).toBe(200);
    expect(await healthFrom("127.0.0.3")).toBe("ECONNRESET");

    for (const c of flood) c.socket.destroy();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await healthFrom("127.0.0.3")).toBe(200);
  }, 60_000);
});
