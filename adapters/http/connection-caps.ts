import { readFileSync } from "node:fs";
import type { IncomingMessage, Server } from "node:http";
import type { Socket } from "node:net";
import type { Logger } from "pino";
import { type TrustProxy, trustNoProxy } from "../config/trust-proxy.ts";
import { CapHolderWarning } from "./cap-holder-warning.ts";
import { clientKey, trustsHop } from "./client-address.ts";

/**
 * Open connections one client (an IPv4 address or an IPv6 /64, as every per-client limit counts it)
 * may hold at once: a browser opens six, its event streams are capped at 32 per client
 * (adapters/web/sse-hub.ts), an office behind one address holds a few browsers.
 */
export const MAX_CONNECTIONS_PER_CLIENT = 128;

/** File descriptors kept for the process's own files and sockets (SQLite, keys, logs, SMTP, Telegram, Slack). */
export const RESERVED_FILE_DESCRIPTORS = 1_024;

/** Caps of {@link capConnections}. */
export interface ConnectionCaps {
  /** Most open connections per client (default {@link MAX_CONNECTIONS_PER_CLIENT}). */
  perClient?: number;
  /** Connections from these proxies are not counted per client (they carry many clients). */
  trustProxy?: TrustProxy;
  /** Most open connections in all (default: the open-files limit less {@link RESERVED_FILE_DESCRIPTORS}). */
  total?: number;
  /** Where the warning of a client holding its cap goes (adapters/http/cap-holder-warning.ts); none: not warned. */
  logger?: Logger;
  /** How long a client's connections are refused at its cap before the warning (default 60 s). */
  warnAfterMs?: number;
}

/**
 * Caps the connections a server holds, so that one client opening thousands of connections and
 * dripping their headers (slowloris: each is cut only after the 15 s header timeout, and it opens
 * new ones) can neither take every file descriptor of the process (then no one else connects, and
 * the service cannot open a file or socket of its own) nor every connection: a connection beyond
 * its client's cap is closed at once, before any request is read, and so is one beyond the total.
 * A connection from a trusted proxy (`MM_TRUST_PROXY`) is not counted per client. A client refused
 * at its cap for a minute is named once in a warning that points to `MM_TRUST_PROXY` (a load balancer
 * counted as one client looks just so).
 */
export function capConnections(server: Server, caps: ConnectionCaps = {}): void {
  const perClient = caps.perClient ?? MAX_CONNECTIONS_PER_CLIENT;
  const total = caps.total ?? totalFromFileLimit();
  if (total !== undefined) server.maxConnections = total;
  const fromProxy = trustsHop(caps.trustProxy ?? trustNoProxy);
  const open = new Map<string, number>();
  const warning = new CapHolderWarning(caps.logger, perClient, caps.warnAfterMs);
  server.on("connection", (socket: Socket) => {
    const peer = socket.remoteAddress;
    if (peer !== undefined && fromProxy(peer, 0)) return;
    const key = clientKey(peer);
    const count = open.get(key) ?? 0;
    if (count >= perClient) {
      socket.destroy();
      warning.refused(key);
      return;
    }
    open.set(key, count + 1);
    socket.once("close", () => {
      const left = (open.get(key) ?? 1) - 1;
      if (left > 0) open.set(key, left);
      else {
        open.delete(key);
        warning.released(key);
      }
    });
  });
  if (caps.logger)
    server.on("request", (req: IncomingMessage) => {
      const peer = req.socket.remoteAddress;
      if (peer === undefined || fromProxy(peer, 0)) return;
      if (req.headers["x-forwarded-for"] !== undefined || req.headers.forwarded !== undefined)
        warning.forwarded(clientKey(peer));
    });
}

/** The soft open-files limit less the reserve, from /proc (Linux); none where it cannot be read. */
function totalFromFileLimit(): number | undefined {
  try {
    const line = readFileSync("/proc/self/limits", "utf8")
      .split("\n")
      .find((l) => l.startsWith("Max open files"));
    const soft = Number(line?.split(/\s{2,}/)[1]);
    return Number.isInteger(soft) && soft >= 2 * RESERVED_FILE_DESCRIPTORS
      ? soft - RESERVED_FILE_DESCRIPTORS
      : undefined;
  } catch {
    return undefined;
  }
}
