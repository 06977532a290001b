import { AsnConvert, OctetString } from "@peculiar/asn1-schema";
import {
  AlgorithmIdentifier,
  Certificate,
  Extension,
  Extensions,
  type Name,
  SubjectPublicKeyInfo,
  TBSCertificate,
  Validity,
  Version,
} from "@peculiar/asn1-x509";
import type { SignatureAlgorithm } from "../ports/key-manager.ts";

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
  issuer: Name;
  subject: Name;
  notBefore: Date;
  notAfter: Date;
  subjectPublicKeyInfo: Uint8Array;
  signatureAlgorithm: SignatureAlgorithm;
  extensions: ExtensionSpec[];
}

/** Encodes the TBSCertificate to DER: the bytes that are persisted before signing and then signed. */
export function encodeTbsCertificate(spec: TbsSpec): Uint8Array {
  const tbs = new TBSCertificate({
    version: Version.v3,
    serialNumber: hexToBuffer(spec.serialHex),
    signature: signatureAlgorithmIdentifier(spec.signatureAlgorithm),
    issuer: spec.issuer,
    validity: new Validity({
      notBefore: wholeSeconds(spec.notBefore),
      notAfter: wholeSeconds(spec.notAfter),
    }),
    subject: spec.subject,
    subjectPublicKeyInfo: AsnConvert.parse(spec.subjectPublicKeyInfo, SubjectPublicKeyInfo),
    extensions: new Extensions(
      spec.extensions.map(
        (e) =>
          new Extension({
            extnID: e.oid,
            critical: e.critical,
            extnValue: new OctetString(e.raw ? e.raw.slice().buffer : AsnConvert.serialize(e.value)),
          }),
      ),
    ),
  });
  return new Uint8Array(AsnConvert.serialize(tbs));
}

/** Assembles the final certificate from the persisted TBS bytes and the signature over them. */
export function assembleCertificate(
  tbsDer: Uint8Array,
  algorithm: SignatureAlgorithm,
  signature: Uint8Array,
): Uint8Array {
  const certificate = new Certificate({
    tbsCertificate: AsnConvert.parse(tbsDer, TBSCertificate),
    signatureAlgorithm: signatureAlgorithmIdentifier(algorithm),
    signatureValue: signature.slice().buffer,
  });
  return new Uint8Array(AsnConvert.serialize(certificate));
}

/** Certificates carry whole seconds (asn1-x509 picks UTCTime through 2049, GeneralizedTime after). */
export function wholeSeconds(date: Date): Date {
  return new Date(Math.floor(date.getTime() / 1000) * 1000);
}

function hexToBuffer(hex: string): ArrayBuffer {
  return Uint8Array.from(Buffer.from(hex.length % 2 ? `0${hex}` : hex, "hex")).buffer;
}
