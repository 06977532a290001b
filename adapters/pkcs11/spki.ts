/**
 * DER SubjectPublicKeyInfo from the attributes a token gives: CKA_MODULUS and
 * CKA_PUBLIC_EXPONENT for RSA, CKA_EC_PARAMS and CKA_EC_POINT for EC.
 */
import { id_ecPublicKey, id_secp256r1, id_secp384r1 } from "@peculiar/asn1-ecc";
import { id_rsaEncryption, RSAPublicKey } from "@peculiar/asn1-rsa";
import { AsnConvert, AsnSerializer } from "@peculiar/asn1-schema";
import { AlgorithmIdentifier, SubjectPublicKeyInfo } from "@peculiar/asn1-x509";

/** The named curves supported, with the DER of their OID (the CKA_EC_PARAMS value). */
export const namedCurves = {
  "P-256": { oid: id_secp256r1, params: Buffer.from("06082a8648ce3d030107", "hex"), size: 32 },
  "P-384": { oid: id_secp384r1, params: Buffer.from("06052b81040022", "hex"), size: 48 },
} as const;

/** A supported curve name. */
export type CurveName = keyof typeof namedCurves;

/** The curve whose CKA_EC_PARAMS are these bytes, if supported. */
export function curveOfParams(params: Buffer): CurveName | undefined {
  for (const [name, curve] of Object.entries(namedCurves))
    if (curve.params.equals(params)) return name as CurveName;
  return undefined;
}

/** SPKI of an RSA public key. */
export function rsaSpki(modulus: Buffer, publicExponent: Buffer): Uint8Array {
  const key = new RSAPublicKey({
    modulus: toArrayBuffer(positiveInteger(modulus)),
    publicExponent: toArrayBuffer(positiveInteger(publicExponent)),
  });
  const spki = new SubjectPublicKeyInfo({
    algorithm: new AlgorithmIdentifier({ algorithm: id_rsaEncryption, parameters: null }),
    subjectPublicKey: AsnSerializer.serialize(key),
  });
  return new Uint8Array(AsnConvert.serialize(spki));
}

/** SPKI of an EC public key; `point` is CKA_EC_POINT (a DER OCTET STRING or the bare point). */
export function ecSpki(curve: CurveName, point: Buffer): Uint8Array {
  const spki = new SubjectPublicKeyInfo({
    algorithm: new AlgorithmIdentifier({
      algorithm: id_ecPublicKey,
      parameters: toArrayBuffer(namedCurves[curve].params),
    }),
    subjectPublicKey: toArrayBuffer(bareEcPoint(point)),
  });
  return new Uint8Array(AsnConvert.serialize(spki));
}

/** Unwraps CKA_EC_POINT when the token gives it as a DER OCTET STRING (PKCS#11 says it should). */
export function bareEcPoint(point: Buffer): Buffer {
  if (point[0] === 0x04 && point.length >= 2) {
    const length = point[1] as number;
    if (length < 0x80 && point.length === length + 2) return point.subarray(2);
    if (length === 0x81 && point.length === (point[2] as number) + 3) return point.subarray(3);
  }
  return point;
}

/** Minimal two's-complement encoding of an unsigned big-endian integer. */
export function positiveInteger(bytes: Uint8Array): Buffer {
  let start = 0;
  while (start < bytes.length - 1 && bytes[start] === 0) start++;
  const trimmed = Buffer.from(bytes.subarray(start));
  return (trimmed[0] as number) & 0x80 ? Buffer.concat([Buffer.from([0]), trimmed]) : trimmed;
}

function toArrayBuffer(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}
