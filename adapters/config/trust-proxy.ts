import { BlockList, isIP } from "node:net";

/**
 * Which hops in front of the service are proxies whose `X-Forwarded-For` is believed
 * (`MM_TRUST_PROXY`): none (the default: the socket's address is the client), the last `hops`
 * hops, or the proxies at the listed addresses and networks. It decides the one client address
 * that every per-client limit reads (adapters/http/client-address.ts).
 */
export type TrustProxy =
  | { kind: "none" }
  | { kind: "hops"; hops: number }
  | { kind: "proxies"; list: string[]; blocks: BlockList };

/** Forwarded headers are ignored: the address of the connection is the client. */
export const trustNoProxy: TrustProxy = { kind: "none" };

/** The named ranges express's `trust proxy` knows, with the networks they stand for. */
const namedRanges: Record<string, string[]> = {
  loopback: ["127.0.0.0/8", "::1/128"],
  linklocal: ["169.254.0.0/16", "fe80::/10"],
  uniquelocal: ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "fc00::/7"],
};

/** The most hops a count may name; a longer chain of proxies is better named by address. */
const MAX_HOPS = 10;

/**
 * Reads `MM_TRUST_PROXY`. Unset, `0`, `false`, `off`, `no`: no proxy. A whole number 1–10: that
 * many hops in front of the service are proxies (as express's `trust proxy` with a number). Else a
 * comma-separated list of proxy addresses, CIDR networks (`10.0.0.0/8`, `2001:db8::/32`) and the
 * names `loopback`, `linklocal`, `uniquelocal`. `true` (trust every hop) is refused: any client
 * could then choose its own address. Throws an Error whose message is the reason, for the
 * configuration error line.
 */
export function parseTrustProxy(value: string | undefined): TrustProxy {
  const text = (value ?? "").trim().toLowerCase();
  if (["", "0", "false", "off", "no"].includes(text)) return trustNoProxy;
  if (text === "true" || text === "on" || text === "yes" || text === "*")
    throw new Error(
      "must not trust every hop (any client could choose its address): give the number of proxies or their addresses",
    );
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops > MAX_HOPS) throw new Error(`must be at most ${MAX_HOPS} hops, or the proxies' addresses`);
    return { kind: "hops", hops };
  }
  const blocks = new BlockList();
  const list: string[] = [];
  for (const raw of text.split(",")) {
    const entry = raw.trim();
    if (!entry) continue;
    const named = namedRanges[entry];
    for (const network of named ?? [entry]) addNetwork(blocks, network, entry);
    list.push(entry);
  }
  if (list.length === 0) throw new Error("names no proxy");
  return { kind: "proxies", list, blocks };
}

function addNetwork(blocks: BlockList, network: string, entry: string): void {
  const [address = "", prefix, ...rest] = network.split("/");
  const family = isIP(address);
  if (family === 0 || rest.length > 0)
    throw new Error(
      `must be a hop count or a list of addresses, CIDR networks, loopback, linklocal, uniquelocal (not "${entry}")`,
    );
  const type = family === 4 ? "ipv4" : "ipv6";
  if (prefix === undefined) {
    blocks.addAddress(address, type);
    return;
  }
  const bits = /^\d{1,3}$/.test(prefix) ? Number(prefix) : Number.NaN;
  if (!(bits >= 0 && bits <= (family === 4 ? 32 : 128)))
    throw new Error(`has a bad network prefix in "${entry}"`);
  blocks.addSubnet(address, bits, type);
}
