import type { RandomSource } from "../ports/random.ts";

/** Octets of randomness in a serial: 16 (128 bits, well above the 64-bit minimum of the CA/B rules). */
export const SERIAL_OCTETS = 16;

/**
 * A new certificate serial number from the CSPRNG: positive (high bit clear), never starting with a
 * zero octet (so DER keeps all 16 octets), ≤ 20 octets. Returned as lower-case hex.
 */
export function newSerialNumber(random: RandomSource): string {
  const bytes = random.bytes(SERIAL_OCTETS);
  bytes[0] = (bytes[0]! & 0x7f) | 0x01;
  return Buffer.from(bytes).toString("hex");
}

/** Normalises a serial typed by a person (`0A:1B…`, `0x0a1b`, spaces) to lower-case hex without leading zero octets. */
export function normaliseSerial(input: string): string | undefined {
  const hex = input.trim().toLowerCase().replace(/^0x/, "").replace(/[\s:]/g, "");
  if (!/^[0-9a-f]{1,40}$/.test(hex)) return undefined;
  const even = hex.length % 2 ? `0${hex}` : hex;
  return even.replace(/^(00)+(?=[0-9a-f]{2})/, "");
}
