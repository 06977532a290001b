import { AsnConvert } from "@peculiar/asn1-schema";
import { AlgorithmIdentifier, type Name } from "@peculiar/asn1-x509";
import type { SignatureAlgorithm } from "../ports/key-manager.ts";
import * as der from "./der.ts";

/** AlgorithmIdentifier OIDs of the signature algorithms the engine writes. */
export const signatureAlgorithmOids: Record<SignatureAlgorithm, string> = {
  "RSA-SHA256": "1.2.840.113549.1.1.11",
  "RSA-SHA384": "1.2.840.113549.1.1.12",
  "RSA-SHA512": "1.2.840.113549.1.1.13",
  "ECDSA-SHA256": "1.2.840.10045.4.3.2",
  "ECDSA-SHA384": "1.2.840.10045.4.3.3",
};

/** The algorithm identifier of a signature algorithm (RSA carries an explicit NULL parameter). */
export function signatureAlgorithmIdentifier(algorithm: SignatureAlgorithm): AlgorithmIdentifier {
  return new AlgorithmIdentifier({
    algorithm: signatureAlgorithmOids[algorithm],
    parameters: algorithm.startsWith("RSA") ? new Uint8Array([0x05, 0x00]).buffer : undefined,
  });
}

/** An extension value to encode: its OID, criticality and ASN.1 value object. */
export interface ExtensionSpec {
  oid: string;
  critical: boolean;
  value: unknown;
  /** Already-encoded extension value (e.g. the DER NULL of id-pkix-ocsp-nocheck); wins over `value`. */
  raw?: Uint8Array;
}

/** What goes into a to-be-signed certificate. */
export interface TbsSpec {
  serialHex: string;
  /** The issuer's Name, or its DER (cached by the engine per issuing CA). */
  issuer: Name | Uint8Array;
  subject: Name | Uint8Array;
  notBefore: Date;
  notAfter: Date;
  subjectPublicKeyInfo: Uint8Array;
  signatureAlgorithm: SignatureAlgorithm;
  /** Extensions to encode, or already-encoded `Extension` DER (see subscriber-extension-templates.ts). */
  extensions: (ExtensionSpec | Uint8Array)[];
}

/**
 * Encodes the TBSCertificate to DER: the bytes that are persisted before signing and then signed.
 * Written directly (no asn1-schema object tree): this runs once per issued certificate.
 */
export function encodeTbsCertificate(spec: TbsSpec): Uint8Array {
  return der.sequence(
    der.explicit(0, der.smallInteger(2)),
    der.hexInteger(spec.serialHex),
    signatureAlgorithmDer(spec.signatureAlgorithm),
    nameDer(spec.issuer),
    der.sequence(der.time(wholeSeconds(spec.notBefore)), der.time(wholeSeconds(spec.notAfter))),
    nameDer(spec.subject),
    der.element(spec.subjectPublicKeyInfo),
    der.explicit(
      3,
      der.sequence(...spec.extensions.map((e) => (e instanceof Uint8Array ? e : extensionDer(e)))),
    ),
  );
}

/** One Extension: OID, BOOLEAN TRUE when critical (DER omits FALSE), OCTET STRING of the value. */
export function extensionDer(e: ExtensionSpec): Uint8Array {
  const value = e.raw ?? new Uint8Array(AsnConvert.serialize(e.value));
  return e.critical
    ? der.sequence(der.oid(e.oid), der.derTrue, der.octetString(value))
    : der.sequence(der.oid(e.oid), der.octetString(value));
}

/** A Name as DER; an already-encoded one is used as it is. */
export function nameDer(name: Name | Uint8Array): Uint8Array {
  return name instanceof Uint8Array ? name : new Uint8Array(AsnConvert.serialize(name));
}

const algorithmDerCache = new Map<SignatureAlgorithm, Uint8Array>();

/** The DER AlgorithmIdentifier of a signature algorithm. */
export function signatureAlgorithmDer(algorithm: SignatureAlgorithm): Uint8Array {
  let encoded = algorithmDerCache.get(algorithm);
  if (!encoded) {
    encoded = new Uint8Array(AsnConvert.serialize(signatureAlgorithmIdentifier(algorithm)));
    algorithmDerCache.set(algorithm, encoded);
  }
  return encoded;
}

/** Assembles the final certificate from the persisted TBS bytes and the signature over them. */
export function assembleCertificate(
  tbsDer: Uint8Array,
  algorithm: SignatureAlgorithm,
  signature: Uint8Array,
): Uint8Array {
  return der.sequence(tbsDer, signatureAlgorithmDer(algorithm), der.bitString(signature));
}

/** Certificates carry whole seconds (asn1-x509 picks UTCTime through 2049, GeneralizedTime after). */
export function wholeSeconds(date: Date): Date {
  return new Date(Math.floor(date.getTime() / 1000) * 1000);
}
