/** An HTTP app on a loopback port for tests, and a logger whose lines the test can read. */
import type { RequestListener, Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import type { Logger } from "pino";
import type { DirectRoute } from "../../adapters/http/direct-route.ts";
import { closeServer, listen } from "../../adapters/http/server.ts";
import { createLogger } from "../../adapters/logging/logger.ts";

/** A listening server and its base URL (`http://127.0.0.1:<port>`). */
export interface LoopbackServer {
  server: Server;
  base: string;
  close(): Promise<void>;
}

/** Serves `app` (with the direct routes before it, as the service does) on an ephemeral loopback port. */
export async function serveOnLoopback(
  app: RequestListener,
  direct: readonly DirectRoute[] = [],
): Promise<LoopbackServer> {
  const server = await listen(app, 0, "127.0.0.1", direct);
  return {
    server,
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => closeServer(server),
  };
}

/** A service logger (masking, JSON lines) that keeps what it writes in `lines`. */
export function capturingLogger(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  return { logger: createLogger({ destination }), lines };
}

/** The same service logger at `info`, keeping each JSON line it writes parsed, in `records`. */
export function capturingJsonLogger(): { logger: Logger; records: Record<string, unknown>[] } {
  const records: Record<string, unknown>[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split("\n").filter(Boolean)) records.push(JSON.parse(line));
      done();
    },
  });
  return { logger: createLogger({ level: "info", destination }), records };
}
