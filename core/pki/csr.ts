/**
 * PKCS#10 certification requests (RFC 2986) as the engine uses them for proof of possession: the
 * subscriber's token signs the request with the new private key, the engine checks that signature
 * with the public key inside the request before it builds a certificate for that key.
 */
import { createPublicKey, type KeyObject, verify } from "node:crypto";
import { ValidationError } from "../errors/domain-error.ts";
import type { KeyAlgorithm, KeyManager, SignatureAlgorithm } from "../ports/key-manager.ts";
import { signatureAlgorithmDer, signatureAlgorithmOids } from "./certificate-builder.ts";
import * as der from "./der.ts";
import { signatureAlgorithmFor } from "./issuer.ts";
import { subjectPublicKeyBits } from "./key-identifier.ts";

/** A request checked by {@link verifyCsr}. */
export interface VerifiedCsr {
  /** The DER SubjectPublicKeyInfo the request was signed with. */
  spki: Uint8Array;
  /** The DER subject Name as requested. */
  subjectDer: Uint8Array;
}

/** The signature algorithm a subscriber key signs its request with. */
export function csrAlgorithmFor(key: KeyAlgorithm): SignatureAlgorithm {
  return signatureAlgorithmFor(key);
}

/**
 * Makes a PKCS#10 request for the key under `uri`: version 0, the subject, the key's SPKI, no
 * attributes; signed on the token through the key-manager port.
 */
export async function createCsr(
  keys: KeyManager,
  uri: string,
  key: { spki: Uint8Array; algorithm: KeyAlgorithm },
  subjectDer: Uint8Array,
): Promise<Uint8Array> {
  const algorithm = csrAlgorithmFor(key.algorithm);
  const info = der.sequence(
    der.smallInteger(0),
    subjectDer,
    der.element(key.spki),
    Uint8Array.of(0xa0, 0x00), // attributes [0] IMPLICIT SET OF Attribute: empty
  );
  const signature = await keys.sign({ uri, algorithm, data: info });
  return der.sequence(info, signatureAlgorithmDer(algorithm), der.bitString(signature));
}

const algorithmsByOid = new Map(
  Object.entries(signatureAlgorithmOids).map(([name, oid]) => [oid, name as SignatureAlgorithm]),
);

function invalid(message: string): ValidationError {
  return new ValidationError("csr_invalid", message, "csr");
}

/**
 * Parses a PKCS#10 request and verifies its signature with its own public key (proof of
 * possession). Fails with `ValidationError` code `csr_invalid` (not a request) or
 * `csr_signature_invalid` (the signature does not verify).
 */
export async function verifyCsr(csr: Uint8Array): Promise<VerifiedCsr> {
  let info: Uint8Array;
  let subjectDer: Uint8Array;
  let spki: Uint8Array;
  let algorithm: SignatureAlgorithm | undefined;
  let signature: Uint8Array;
  try {
    const outer = der.readHeader(csr);
    if (outer.tag !== der.tag.sequence || outer.start + outer.length !== csr.length) throw invalid("not DER");
    info = der.element(csr, outer.start);
    const infoHeader = der.readHeader(info);
    const version = der.element(info, infoHeader.start);
    subjectDer = der.element(info, infoHeader.start + version.length);
    spki = der.element(info, infoHeader.start + version.length + subjectDer.length);
    const algorithmId = der.element(csr, outer.start + info.length);
    const algorithmHeader = der.readHeader(algorithmId);
    const oidTlv = der.element(algorithmId, algorithmHeader.start);
    algorithm = [...algorithmsByOid].find(([dotted]) => sameBytes(der.oid(dotted), oidTlv))?.[1];
    const bits = der.element(csr, outer.start + info.length + algorithmId.length);
    const bitsHeader = der.readHeader(bits);
    if (bitsHeader.tag !== der.tag.bitString || bits[bitsHeader.start] !== 0)
      throw invalid("bad signature field");
    signature = bits.subarray(bitsHeader.start + 1, bitsHeader.start + bitsHeader.length);
  } catch (error) {
    if (error instanceof ValidationError) throw error;
    throw invalid("the certification request is not a PKCS#10 request");
  }
  if (!algorithm) throw invalid("the certification request's signature algorithm is not supported");
  if (!(await verifySignature(spki, algorithm, info, signature))) {
    throw new ValidationError(
      "csr_signature_invalid",
      "the certification request's signature does not verify with its public key (no proof of possession)",
      "csr",
    );
  }
  return { spki, subjectDer };
}

async function verifySignature(
  spki: Uint8Array,
  algorithm: SignatureAlgorithm,
  data: Uint8Array,
  signature: Uint8Array,
): Promise<boolean> {
  const hash = `SHA-${algorithm.slice(-3)}`;
  try {
    if (algorithm.startsWith("RSA")) {
      return verify(`sha${algorithm.slice(-3)}`, data, rsaPublicKey(spki), signature);
    }
    const namedCurve = curveOf(spki);
    if (!namedCurve) return false;
    const key = await globalThis.crypto.subtle.importKey("spki", spki, { name: "ECDSA", namedCurve }, false, [
      "verify",
    ]);
    const size = namedCurve === "P-384" ? 48 : 32;
    return await globalThis.crypto.subtle.verify(
      { name: "ECDSA", hash },
      key,
      ecdsaRaw(signature, size),
      data,
    );
  } catch {
    return false;
  }
}

const rsaEncryptionOid = der.oid("1.2.840.113549.1.1.1");

/**
 * An RSA public key from its SPKI, imported from its modulus and exponent (as a JWK) rather than
 * from the DER: OpenSSL 3's DER decoder takes ~90 µs per key here, the JWK path ~4 µs, and every
 * order brings a new key. Other key types go through the DER import.
 */
function rsaPublicKey(spki: Uint8Array): KeyObject {
  const algorithmId = der.element(spki, der.readHeader(spki).start);
  const keyOid = der.element(algorithmId, der.readHeader(algorithmId).start);
  if (!sameBytes(keyOid, rsaEncryptionOid))
    return createPublicKey({ key: Buffer.from(spki), format: "der", type: "spki" });
  const rsaKey = subjectPublicKeyBits(spki);
  const sequence = der.readHeader(rsaKey);
  const modulus = der.readHeader(rsaKey, sequence.start);
  const exponent = der.readHeader(rsaKey, modulus.start + modulus.length);
  if (modulus.tag !== der.tag.integer || exponent.tag !== der.tag.integer)
    throw new RangeError("RSA key: not two INTEGERs");
  const unsigned = (start: number, length: number) => {
    let value = rsaKey.subarray(start, start + length);
    while (value.length > 1 && value[0] === 0) value = value.subarray(1);
    return Buffer.from(value).toString("base64url");
  };
  return createPublicKey({
    key: {
      kty: "RSA",
      n: unsigned(modulus.start, modulus.length),
      e: unsigned(exponent.start, exponent.length),
    },
    format: "jwk",
  });
}

/** The named curve of an EC SubjectPublicKeyInfo (P-256 or P-384), from its parameters OID. */
function curveOf(spki: Uint8Array): "P-256" | "P-384" | undefined {
  const algorithmId = der.element(spki, der.readHeader(spki).start);
  const keyOid = der.element(algorithmId, der.readHeader(algorithmId).start);
  const curve = der.element(algorithmId, der.readHeader(algorithmId).start + keyOid.length);
  if (sameBytes(curve, der.oid("1.2.840.10045.3.1.7"))) return "P-256";
  if (sameBytes(curve, der.oid("1.3.132.0.34"))) return "P-384";
  return undefined;
}

/** An ECDSA-Sig-Value (DER SEQUENCE of r and s) as WebCrypto's fixed-size r‖s. */
function ecdsaRaw(signature: Uint8Array, size: number): Uint8Array {
  const outer = der.readHeader(signature);
  const r = der.readHeader(signature, outer.start);
  const sOffset = r.start + r.length;
  const sHeader = der.readHeader(signature, sOffset);
  const out = new Uint8Array(size * 2);
  const place = (start: number, length: number, at: number) => {
    let value = signature.subarray(start, start + length);
    while (value.length > size && value[0] === 0) value = value.subarray(1);
    if (value.length > size) throw new RangeError("ECDSA: integer too long");
    out.set(value, at + size - value.length);
  };
  place(r.start, r.length, 0);
  place(sHeader.start, sHeader.length, size);
  return out;
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}
