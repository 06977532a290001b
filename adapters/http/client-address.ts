import { isIPv6 } from "node:net";

/**
 * The key a client is counted under for rate limits and caps: its IPv4 address, or the /64 network
 * of an IPv6 address (one subscriber usually holds a whole /64). IPv4-mapped IPv6 addresses count as
 * their IPv4 address; an unknown address is `unknown`.
 */
export function clientKey(address: string | undefined): string {
  if (!address) return "unknown";
  if (address.startsWith("::ffff:") && address.includes(".")) return address.slice(7);
  if (!isIPv6(address)) return address;
  const [head = "", tail = ""] = address.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups = address.includes("::")
    ? [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill("0"), ...right]
    : left;
  return `${groups
    .slice(0, 4)
    .map((g) => Number.parseInt(g || "0", 16).toString(16))
    .join(":")}::/64`;
}
