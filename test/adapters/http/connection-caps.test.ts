import type { Server } from "node:http";
import { connect, type Socket } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { parseTrustProxy } from "../../../adapters/config/trust-proxy.ts";
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
});
