import type { RandomSource } from "../ports/random.ts";

/** Octets of randomness in a serial: 16 (128 bits, well above the 64-bit minimum of the CA/B rules). */
export const SERIAL_OCTETS = 16;

/** Most hex digits a serial has (RFC 5280 §4.1.2.2: at most 20 octets). */
export const SERIAL_MAX_DIGITS = 40;

/**
 * A new certificate serial number from the CSPRNG: positive (high bit clear), never starting with a
 * zero octet (so DER keeps all 16 octets), ≤ 20 octets. Returned in the canonical form of
 * {@link normaliseSerial}.
 */
export function newSerialNumber(random: RandomSource): string {
  const bytes = random.bytes(SERIAL_OCTETS);
  bytes[0] = (bytes[0]! & 0x7f) | 0x01;
  return Buffer.from(bytes).toString("hex");
}

/**
 * The one canonical form of a certificate serial, the form storage keys it by: lower-case hex, an even
 * number of digits, no leading zero octet. Accepts a serial as a person types or pastes it: `0x`
 * prefix, upper case, colons, spaces, dots or hyphens between octets (`0A:1B:…` as openssl prints it),
 * leading zeros, or an odd number of digits. `undefined` when it is not hexadecimal or longer than 20
 * octets.
 */
export function normaliseSerial(input: string): string | undefined {
  const hex = String(input ?? "")
    .trim()
    .toLowerCase()
    .replace(/^0x/, "")
    .replace(/[\s:.-]/g, "");
  if (!/^[0-9a-f]+$/.test(hex)) return undefined;
  const significant = hex.replace(/^0+/, "") || "0";
  const even = significant.length % 2 ? `0${significant}` : significant;
  return even.length <= SERIAL_MAX_DIGITS ? even : undefined;
}

/**
 * A serial typed by a person where other answers are possible too (a VKN, TCKN or order number): the
 * canonical serial when the text reads as one — at least `minDigits` hex digits once separators are
 * dropped — otherwise `undefined`.
 */
export function parseTypedSerial(input: string, minDigits = 8): string | undefined {
  const serial = normaliseSerial(input);
  if (!serial) return undefined;
  const typed = String(input)
    .trim()
    .replace(/^0x/i, "")
    .replace(/[\s:.-]/g, "");
  return typed.length >= minDigits ? serial : undefined;
}

/** The canonical serial of a DER INTEGER's content octets (as in a CertID or a certificate). */
export function serialFromOctets(octets: Uint8Array | ArrayBuffer): string {
  const hex = Buffer.from(octets instanceof Uint8Array ? octets : new Uint8Array(octets)).toString("hex");
  return hex.replace(/^(00)+(?=[0-9a-f]{2})/, "");
}
