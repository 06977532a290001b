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

/** Words that may stand before an address in an answer ("e-posta adresimiz:", "my new email is"). */
const labelWord =
  /^(?:e-?posta[a-zçğıöşü]*|e-?mail[a-zçğıöşü]*|mail[a-zçğıöşü]*|adres[a-zçğıöşü]*|yeni|benim|bizim|my|new|our|address|is)$/;

/**
 * The address in an answer to an e-mail question: one address, alone or after a label
 * ("e-posta: ali@ornek.com.tr", "yeni e-posta adresimiz <ali@ornek.com.tr>"), with the punctuation
 * around it dropped; undefined when the answer says anything else or holds no valid address.
 */
export function emailFromAnswer(input: string): string | undefined {
  const words = String(input ?? "")
    .trim()
    .split(/\s+/);
  const addresses = words.filter((word) => word.includes("@"));
  if (addresses.length !== 1) return undefined;
  const others = words
    .filter((word) => !word.includes("@"))
    .map((word) => word.toLocaleLowerCase("tr").replace(/[:=,;.-]+$/, ""))
    .filter((word) => word !== "");
  if (!others.every((word) => labelWord.test(word))) return undefined;
  return normaliseEmail(addresses[0]!.replace(/^[<("'[]+|[>)"'\].,;:!?]+$/g, ""));
}
