/**
 * The issuer of what the CA signs (certificates, CRLs, OCSP answers): one value built once from a CA
 * record, carrying the key URI to sign with and the signature algorithm its key calls for, so no
 * signing path names an algorithm of its own.
 */
import { createPublicKey } from "node:crypto";
import { AsnConvert } from "@peculiar/asn1-schema";
import { Certificate, type Extensions, KeyIdentifier, type Name } from "@peculiar/asn1-x509";
import type { KeyAlgorithm, SignatureAlgorithm } from "../ports/key-manager.ts";
import type { CaRecord } from "./ca-repository.ts";
import { signatureAlgorithmDer } from "./certificate-builder.ts";
import { keyIdentifier } from "./key-identifier.ts";

/** A CA record ready to sign with. */
export interface Issuer {
  /** The CA record's id. */
  caId: string;
  /** Where its private key is (`pkcs11:…` or `softkey:…`). */
  keyUri: string;
  /** Its certificate (DER). */
  certDer: Uint8Array;
  /** Its subject, the issuer name of what it signs. */
  name: Name;
  /** The DER of {@link Issuer.name}. */
  nameDer: Uint8Array;
  /** Its DER SubjectPublicKeyInfo. */
  spki: Uint8Array;
  /** Its subject key identifier (from its certificate, else RFC 5280 method 1): the AKI of what it signs. */
  keyId: Uint8Array;
  /** Its key's algorithm, read from the certificate. */
  keyAlgorithm: KeyAlgorithm;
  /** The signature algorithm its key signs with. */
  signatureAlgorithm: SignatureAlgorithm;
  /** The DER AlgorithmIdentifier of {@link Issuer.signatureAlgorithm}. */
  signatureAlgorithmDer: Uint8Array;
}

/** What signing needs of an issuer: the key to sign with and the algorithm that key signs by. */
export type IssuerKey = Pick<Issuer, "keyUri" | "signatureAlgorithm">;

/**
 * The {@link IssuerKey} of a key that has no CA record yet (a root signing itself and the issuing
 * CA in their ceremony): its URI and the signature algorithm for its key algorithm.
 */
export function issuerKey(keyUri: string, key: KeyAlgorithm): IssuerKey {
  return { keyUri, signatureAlgorithm: signatureAlgorithmFor(key) };
}

const curves: Record<string, "P-256" | "P-384"> = { prime256v1: "P-256", secp384r1: "P-384" };

/**
 * The signature algorithm a key signs with: SHA-256 with RSA; ECDSA with the hash that matches the
 * curve (P-256 → SHA-256, P-384 → SHA-384, as Kamu SM's Sürüm 3 CAs sign).
 */
export function signatureAlgorithmFor(key: KeyAlgorithm): SignatureAlgorithm {
  if (key.kind === "RSA") return "RSA-SHA256";
  return key.namedCurve === "P-384" ? "ECDSA-SHA384" : "ECDSA-SHA256";
}

/** The key algorithm of a DER SubjectPublicKeyInfo; throws for one the engine does not sign with. */
export function keyAlgorithmOf(spki: Uint8Array): KeyAlgorithm {
  const key = createPublicKey({ key: Buffer.from(spki), format: "der", type: "spki" });
  const details = key.asymmetricKeyDetails ?? {};
  if (key.asymmetricKeyType === "rsa") {
    const bits = details.modulusLength ?? 0;
    return { kind: "RSA", modulusLength: bits > 3072 ? 4096 : bits > 2048 ? 3072 : 2048 };
  }
  const namedCurve = key.asymmetricKeyType === "ec" ? curves[details.namedCurve ?? ""] : undefined;
  if (namedCurve) return { kind: "EC", namedCurve };
  throw new RangeError(`unsupported CA key ${key.asymmetricKeyType} ${details.namedCurve ?? ""}`);
}

const built = new WeakMap<CaRecord, Promise<Issuer>>();

/** The issuer of a CA record, built once per record object (the record is not changed afterwards). */
export function issuerOf(record: CaRecord): Promise<Issuer> {
  let issuer = built.get(record);
  if (!issuer) {
    issuer = buildIssuer(record);
    built.set(record, issuer);
  }
  return issuer;
}

async function buildIssuer(record: CaRecord): Promise<Issuer> {
  const tbs = AsnConvert.parse(record.certDer, Certificate).tbsCertificate;
  const spki = new Uint8Array(AsnConvert.serialize(tbs.subjectPublicKeyInfo));
  const keyAlgorithm = keyAlgorithmOf(spki);
  const signatureAlgorithm = signatureAlgorithmFor(keyAlgorithm);
  return {
    caId: record.id,
    keyUri: record.keyUri,
    certDer: record.certDer,
    name: tbs.subject,
    nameDer: new Uint8Array(AsnConvert.serialize(tbs.subject)),
    spki,
    keyId: subjectKeyId(tbs.extensions) ?? (await keyIdentifier(spki)),
    keyAlgorithm,
    signatureAlgorithm,
    signatureAlgorithmDer: signatureAlgorithmDer(signatureAlgorithm),
  };
}

/** The key identifier of a certificate's SubjectKeyIdentifier extension, when it has one. */
function subjectKeyId(extensions: Extensions | undefined): Uint8Array | undefined {
  const ski = extensions?.find((e) => e.extnID === "2.5.29.14");
  return ski ? new Uint8Array(AsnConvert.parse(ski.extnValue.buffer, KeyIdentifier).buffer) : undefined;
}
