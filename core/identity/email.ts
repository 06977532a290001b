/** A pragmatic e-mail check (one @, a dotted domain, no spaces, at most 254 characters); returns the trimmed, lower-cased address or undefined. */
export function normaliseEmail(input: string): string | undefined {
  const value = input.trim();
  if (value.length > 254) return undefined;
  if (!/^[^\s@]{1,64}@[^\s@.]+(\.[^\s@.]+)+$/.test(value)) return undefined;
  const [local, domain] = value.split("@") as [string, string];
  if (!/^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+$/.test(local) || local.startsWith(".") || local.endsWith("."))
    return undefined;
  if (!/^[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$/.test(domain)) return undefined;
  return `${local}@${domain.toLowerCase()}`;
}
