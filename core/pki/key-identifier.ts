import { createHash } from "node:crypto";
import * as der from "./der.ts";

/**
 * The subjectPublicKey bits of a DER SubjectPublicKeyInfo (SEQUENCE { AlgorithmIdentifier,
 * BIT STRING }), without the BIT STRING's unused-bits octet. Read directly: this runs per order.
 */
export function subjectPublicKeyBits(spki: Uint8Array): Uint8Array {
  const outer = der.readHeader(spki);
  if (outer.tag !== der.tag.sequence) throw new RangeError("SPKI: not a SEQUENCE");
  const algorithm = der.element(spki, outer.start);
  const bitsAt = outer.start + algorithm.length;
  const bits = der.readHeader(spki, bitsAt);
  if (bits.tag !== der.tag.bitString || bits.length < 1) throw new RangeError("SPKI: no BIT STRING");
  return spki.subarray(bits.start + 1, bits.start + bits.length);
}

/**
 * RFC 5280 §4.2.1.2 method 1: SHA-1 of the subjectPublicKey BIT STRING (without tag, length, unused
 * bits). Hashed synchronously: WebCrypto's digest is a thread-pool job (~37 µs here, against ~2 µs),
 * and on the CA host that pool is busy with PKCS#11 signatures.
 */
export async function keyIdentifier(spki: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(createHash("sha1").update(subjectPublicKeyBits(spki)).digest());
}
