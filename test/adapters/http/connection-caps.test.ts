import type { Server } from "node:http";
import { connect, type Socket } from "node:net";
import { Writable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { parseTrustProxy } from "../../../adapters/config/trust-proxy.ts";
import { maskedClientKey } from "../../../adapters/http/cap-holder-warning.ts";
import { createHttpApp, listen } from "../../../adapters/http/server.ts";
import { createLogger } from "../../../adapters/logging/logger.ts";

let server: Server | undefined;
const sockets: Socket[] = [];

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

/** Opens `n` idle connections from `localAddress`; resolves, after a moment, with how many the server closed. */
async function closedOf(n: number, localAddress: string): Promise<number> {
  const port = (server!.address() as { port: number }).port;
  let closed = 0;
  for (let i = 0; i < n; i++) {
    const socket = connect({ port, host: "127.0.0.1", localAddress });
    socket.on("error", () => {});
    socket.on("close", () => {
      closed += 1;
    });
    socket.resume();
    sockets.push(socket);
    await new Promise<void>((resolve) => socket.once("connect", () => resolve()));
  }
  await new Promise((resolve) => setTimeout(resolve, 300));
  return closed;
}

describe("connection caps", () => {
  const app = () => createHttpApp([], createLogger({ level: "silent" }));

  it("closes a client's connections beyond its cap, counting each client apart", async () => {
    server = await listen(app(), 0, "127.0.0.1", [], undefined, { perClient: 3 });
    expect(await closedOf(5, "127.0.0.11")).toBe(2);
    expect(await closedOf(3, "127.0.0.12")).toBe(0);
  });

  it("frees a client's place when one of its connections closes", async () => {
    server = await listen(app(), 0, "127.0.0.1", [], undefined, { perClient: 2 });
    expect(await closedOf(2, "127.0.0.13")).toBe(0);
    sockets.shift()!.destroy();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await closedOf(1, "127.0.0.13")).toBe(0);
  });

  it("does not cap a trusted proxy's connections, which carry many clients", async () => {
    server = await listen(app(), 0, "127.0.0.1", [], undefined, {
      perClient: 2,
      trustProxy: parseTrustProxy("127.0.0.14"),
    });
    expect(await closedOf(6, "127.0.0.14")).toBe(0);
    expect(await closedOf(3, "127.0.0.15")).toBe(1);
  });

  it("caps the connections in all", async () => {
    server = await listen(app(), 0, "127.0.0.1", [], undefined, { perClient: 100, total: 4 });
    expect((await closedOf(3, "127.0.0.16")) + (await closedOf(3, "127.0.0.17"))).toBe(2);
  });

  /** A logger at level warn whose lines are kept, parsed. */
  function recordingLogger() {
    const lines: Record<string, unknown>[] = [];
    const destination = new Writable({
      write(chunk, _encoding, done) {
        lines.push(JSON.parse(String(chunk)));
        done();
      },
    });
    return { lines, logger: createLogger({ level: "warn", destination }) };
  }

  /** Sends one request on a fresh connection from `localAddress` with the headers given. */
  async function request(localAddress: string, headers: string[]): Promise<void> {
    const port = (server!.address() as { port: number }).port;
    const socket = connect({ port, host: "127.0.0.1", localAddress });
    socket.on("error", () => {});
    sockets.push(socket);
    await new Promise<void>((resolve) => socket.once("connect", () => resolve()));
    socket.write(["GET /nowhere HTTP/1.1", "Host: x", ...headers, "", ""].join("\r\n"));
    await new Promise<void>((resolve) => socket.once("data", () => resolve()));
  }

  it("warns once, naming the masked address and MM_TRUST_PROXY, when a client keeps meeting its cap (a load balancer counted as one client)", async () => {
    const { lines, logger } = recordingLogger();
    server = await listen(app(), 0, "127.0.0.1", [], undefined, { perClient: 3, logger, warnAfterMs: 200 });
    // the balancer's requests carry X-Forwarded-For, and it holds every connection it may
    await request("127.0.0.21", ["X-Forwarded-For: 198.51.100.7"]);
    expect(await closedOf(3, "127.0.0.21")).toBe(1);
    expect(lines).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(await closedOf(5, "127.0.0.21")).toBe(5);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ level: 40, client: "127.0.*.*", connections: 3, forwardedFor: true });
    expect(String(lines[0]!.msg)).toContain("MM_TRUST_PROXY");
    expect(JSON.stringify(lines)).not.toMatch(/127\.0\.0\.21|198\.51\.100\.7/);
  });

  it("does not warn for a client that met its cap only briefly, nor for a trusted proxy", async () => {
    const { lines, logger } = recordingLogger();
    server = await listen(app(), 0, "127.0.0.1", [], undefined, {
      perClient: 2,
      logger,
      trustProxy: parseTrustProxy("127.0.0.22"),
      warnAfterMs: 60_000,
    });
    expect(await closedOf(4, "127.0.0.23")).toBe(2);
    expect(await closedOf(8, "127.0.0.22")).toBe(0);
    expect(lines).toEqual([]);
  });

  it("says when the client's requests carried no X-Forwarded-For (one client holding many connections)", async () => {
    const { lines, logger } = recordingLogger();
    server = await listen(app(), 0, "127.0.0.1", [], undefined, { perClient: 2, logger, warnAfterMs: 0 });
    expect(await closedOf(3, "127.0.0.24")).toBe(1);
    expect(lines).toMatchObject([{ client: "127.0.*.*", forwardedFor: false }]);
  });

  it("masks the address to its first two IPv4 octets or IPv6 groups", () => {
    expect(maskedClientKey("10.20.30.40/32")).toBe("10.20.*.*");
    expect(maskedClientKey("2001:db8:1:2::/64")).toBe("2001:db8:*");
    expect(maskedClientKey("unknown")).toBe("unknown");
  });
});
