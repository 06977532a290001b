/**
 * The network a request came from, as the one-time-code budget counts it: an IPv4 address as its
 * /32, an IPv6 address as its /64 (one customer line usually holds a whole /64), an IPv4-mapped IPv6
 * address as the IPv4 address. Anything else gives undefined (the per-network limit then does not
 * apply, the global one still does).
 */
export function clientNetworkOf(address: string | undefined): string | undefined {
  const raw = String(address ?? "")
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, "")
    .replace(/%.*$/, "");
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(raw);
  const v4 = mapped?.[1] ?? raw;
  if (/^\d{1,3}(\.\d{1,3}){3}$/.test(v4) && v4.split(".").every((o) => Number(o) <= 255)) return `${v4}/32`;
  if (!/^[0-9a-f:]{2,39}$/.test(raw) || !raw.includes(":")) return undefined;
  const halves = raw.split("::");
  if (halves.length > 2) return undefined;
  const head = halves[0] ? halves[0].split(":") : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(":") : [];
  const missing = 8 - head.length - tail.length;
  if (missing < 0 || (halves.length === 1 && missing !== 0)) return undefined;
  const groups = [...head, ...Array<string>(missing).fill("0"), ...tail];
  if (groups.some((g) => !/^[0-9a-f]{1,4}$/.test(g))) return undefined;
  return `${groups
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}
