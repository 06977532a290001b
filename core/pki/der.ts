/**
 * A minimal DER writer for the hot paths (TBS certificates, whole certificates, CRL entries, OCSP
 * answers), where building @peculiar/asn1-schema objects per item costs more than the signature.
 * Everything else keeps using asn1-schema; tests check both give the same bytes.
 */

/** Universal tags used here. */
export const tag = {
  boolean: 0x01,
  integer: 0x02,
  bitString: 0x03,
  octetString: 0x04,
  null: 0x05,
  oid: 0x06,
  enumerated: 0x0a,
  utcTime: 0x17,
  generalizedTime: 0x18,
  sequence: 0x30,
  set: 0x31,
} as const;

/** The DER length octets of a content length. */
export function derLength(length: number): Uint8Array {
  const out = new Uint8Array(lengthSize(length));
  writeLength(out, 0, length);
  return out;
}

/** How many octets the DER length of `length` takes (definite form, up to 4 length octets). */
function lengthSize(length: number): number {
  if (length < 0x80) return 1;
  return 1 + (length < 0x100 ? 1 : length < 0x10000 ? 2 : length < 0x1000000 ? 3 : 4);
}

/** Writes the DER length of `length` at `at`; returns where the contents start. */
function writeLength(out: Uint8Array, at: number, length: number): number {
  const size = lengthSize(length);
  if (size === 1) {
    out[at] = length;
    return at + 1;
  }
  out[at] = 0x80 | (size - 1);
  for (let i = size - 1; i >= 1; i--) out[at + i] = Math.floor(length / 256 ** (size - 1 - i)) & 0xff;
  return at + size;
}

/** One TLV: tag, length, and the concatenated contents, written into one new array. */
export function tlv(tagByte: number, ...contents: Uint8Array[]): Uint8Array {
  return tlvOf(tagByte, contents);
}

function tlvOf(tagByte: number, contents: readonly Uint8Array[]): Uint8Array {
  let size = 0;
  for (const c of contents) size += c.length;
  const out = new Uint8Array(1 + lengthSize(size) + size);
  out[0] = tagByte;
  let at = writeLength(out, 1, size);
  for (const c of contents) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** SEQUENCE of already-encoded elements. */
export function sequence(...elements: Uint8Array[]): Uint8Array {
  return tlv(tag.sequence, ...elements);
}

/** SEQUENCE of an array of encoded elements (no argument spreading: CRLs have 100 000 entries). */
export function sequenceOf(elements: readonly Uint8Array[]): Uint8Array {
  return tlvOf(tag.sequence, elements);
}

/** Context-specific constructed (explicit) tag `[n]`. */
export function explicit(n: number, ...elements: Uint8Array[]): Uint8Array {
  return tlv(0xa0 | n, ...elements);
}

/** INTEGER from its big-endian two's-complement octets, written as given. */
export function integerBytes(octets: Uint8Array): Uint8Array {
  return tlv(tag.integer, octets);
}

/** INTEGER of a small non-negative number. */
export function smallInteger(value: number): Uint8Array {
  const octets: number[] = [];
  let n = value;
  do {
    octets.unshift(n & 0xff);
    n = Math.floor(n / 256);
  } while (n > 0);
  if (octets[0]! & 0x80) octets.unshift(0);
  return tlv(tag.integer, Uint8Array.from(octets));
}

/** INTEGER from a hex string (lower or upper case), octets as given (an odd length gets a leading 0). */
export function hexInteger(hex: string): Uint8Array {
  return integerBytes(hexToBytes(hex));
}

/** Bytes of a hex string. */
export function hexToBytes(hex: string): Uint8Array {
  return new Uint8Array(Buffer.from(hex.length % 2 ? `0${hex}` : hex, "hex"));
}

/** BIT STRING with no unused bits. */
export function bitString(bits: Uint8Array): Uint8Array {
  return tlv(tag.bitString, Uint8Array.of(0), bits);
}

/** OCTET STRING. */
export function octetString(bytes: Uint8Array): Uint8Array {
  return tlv(tag.octetString, bytes);
}

/** BOOLEAN TRUE (DER writes 0xff). */
export const derTrue: Uint8Array = Uint8Array.of(tag.boolean, 1, 0xff);

/** ENUMERATED of a small number. */
export function enumerated(value: number): Uint8Array {
  const integer = smallInteger(value);
  integer[0] = tag.enumerated;
  return integer;
}

/** OBJECT IDENTIFIER from dotted text. */
export function oid(dotted: string): Uint8Array {
  const arcs = dotted.split(".").map(Number);
  const octets: number[] = [];
  const push = (arc: number) => {
    const group: number[] = [arc & 0x7f];
    for (let n = Math.floor(arc / 128); n > 0; n = Math.floor(n / 128)) group.unshift(0x80 | (n & 0x7f));
    octets.push(...group);
  };
  push(arcs[0]! * 40 + arcs[1]!);
  for (const arc of arcs.slice(2)) push(arc);
  return tlv(tag.oid, Uint8Array.from(octets));
}

const two = (n: number) => String(n).padStart(2, "0");

/**
 * RFC 5280 Time of a date, to the whole second: UTCTime through 2049, GeneralizedTime from 2050
 * (what asn1-x509's Time picks).
 */
export function time(date: Date): Uint8Array {
  const year = date.getUTCFullYear();
  const rest = `${two(date.getUTCMonth() + 1)}${two(date.getUTCDate())}${two(date.getUTCHours())}${two(date.getUTCMinutes())}${two(date.getUTCSeconds())}Z`;
  return year < 2050
    ? tlv(tag.utcTime, ascii(`${two(year % 100)}${rest}`))
    : tlv(tag.generalizedTime, ascii(`${year}${rest}`));
}

/** GeneralizedTime to the whole second (OCSP producedAt/thisUpdate/nextUpdate). */
export function generalizedTime(date: Date): Uint8Array {
  const rest = `${two(date.getUTCMonth() + 1)}${two(date.getUTCDate())}${two(date.getUTCHours())}${two(date.getUTCMinutes())}${two(date.getUTCSeconds())}Z`;
  return tlv(tag.generalizedTime, ascii(`${date.getUTCFullYear()}${rest}`));
}

function ascii(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i);
  return out;
}

/** Reads the header of the TLV at `offset`: where its contents start and how long they are. */
export function readHeader(der: Uint8Array, offset = 0): { tag: number; start: number; length: number } {
  const first = der[offset + 1];
  if (first === undefined) throw new RangeError("DER: truncated header");
  if (first < 0x80) {
    if (offset + 2 + first > der.length) throw new RangeError("DER: length beyond the data");
    return { tag: der[offset]!, start: offset + 2, length: first };
  }
  const count = first & 0x7f;
  if (count === 0 || count > 4) throw new RangeError("DER: unsupported length");
  let length = 0;
  for (let i = 0; i < count; i++) length = length * 256 + der[offset + 2 + i]!;
  const start = offset + 2 + count;
  if (start + length > der.length) throw new RangeError("DER: length beyond the data");
  return { tag: der[offset]!, start, length };
}

/** The whole TLV (header included) at `offset`. */
export function element(der: Uint8Array, offset = 0): Uint8Array {
  const { start, length } = readHeader(der, offset);
  return der.subarray(offset, start + length);
}
