import type { IncomingMessage } from "node:http";
import { isIP } from "node:net";
import { clientNetworkOf } from "../../core/ra/client-network.ts";
import type { TrustProxy } from "../config/trust-proxy.ts";

/**
 * The key a client is counted under for rate limits and caps: its network as core counts it for the
 * one-time-code budget (core/ra/client-network.ts: an IPv4 address, or the /64 of an IPv6 address,
 * one subscriber usually holding a whole /64; an IPv4-mapped address as its IPv4 address), so every
 * per-client limit names the same client. An address that is no IP address is `unknown`.
 */
export function clientKey(address: string | undefined): string {
  return clientNetworkOf(address) ?? "unknown";
}

/**
 * Whether the hop at `index` of a request's address chain (0: the peer of the connection, then the
 * `X-Forwarded-For` entries from right to left) is a proxy trusted by `MM_TRUST_PROXY`. Express is
 * given this same function as its `trust proxy` (adapters/http/server.ts), so `req.ip` and
 * {@link clientAddress} always name the same client.
 */
export function trustsHop(trust: TrustProxy): (address: string, index: number) => boolean {
  if (trust.kind === "none") return () => false;
  if (trust.kind === "hops") return (_address, index) => index < trust.hops;
  return (address) => {
    const plain = address.startsWith("::ffff:") && address.includes(".") ? address.slice(7) : address;
    const family = isIP(plain);
    return family !== 0 && trust.blocks.check(plain, family === 4 ? "ipv4" : "ipv6");
  };
}

/**
 * The client address of a request, as every per-client limit reads it (the web chat's limits, its
 * event streams, the one-time-code budget per network through `req.ip`; the OCSP nonce gate through
 * this function, as that route runs before express). With no trusted proxy (the default) it is the
 * connection's peer and `X-Forwarded-For` is ignored, so a client cannot choose its own address.
 * Behind trusted proxies it is the first untrusted address walking the chain from the connection
 * leftwards through `X-Forwarded-For`, exactly as express's `req.ip` with the same setting.
 */
export function clientAddress(req: IncomingMessage, trust: TrustProxy): string | undefined {
  const peer = req.socket.remoteAddress;
  if (trust.kind === "none" || peer === undefined) return peer;
  const header = req.headers["x-forwarded-for"];
  const forwarded = (Array.isArray(header) ? header.join(",") : (header ?? ""))
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "")
    .reverse();
  const chain = [peer, ...forwarded];
  const trusted = trustsHop(trust);
  for (let index = 0; index < chain.length - 1; index += 1)
    if (!trusted(chain[index]!, index)) return chain[index];
  return chain[chain.length - 1];
}
