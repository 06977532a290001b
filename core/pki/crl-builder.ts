import { AsnConvert, OctetString } from "@peculiar/asn1-schema";
import {
  AuthorityKeyIdentifier,
  Certificate,
  CRLNumber,
  Extension,
  Extensions,
  KeyIdentifier,
} from "@peculiar/asn1-x509";
import type { KeyManager, SignatureAlgorithm } from "../ports/key-manager.ts";
import { signatureAlgorithmDer, wholeSeconds } from "./certificate-builder.ts";
import * as der from "./der.ts";

/** One revoked certificate on a CRL. */
export interface CrlEntry {
  serial: string;
  revokedAt: Date;
  /** RFC 5280 CRLReason code; 0 (unspecified) is written without the entry extension, as RFC 5280 advises. */
  reason: number;
}

/** What a CRL says and who signs it. */
export interface CrlSpec {
  /** The issuing CA's certificate (its subject becomes the CRL issuer, its SKI the AKI). */
  issuerCertificate: Uint8Array;
  issuerKeyUri: string;
  signatureAlgorithm: SignatureAlgorithm;
  number: number;
  thisUpdate: Date;
  nextUpdate: Date;
  entries: CrlEntry[];
}

const idCeCrlNumber = "2.5.29.20";
const idCeAuthorityKeyIdentifier = "2.5.29.35";
const idCeSubjectKeyIdentifier = "2.5.29.14";
const idCeCrlReasons = "2.5.29.21";

const reasonExtensions = new Map<number, Uint8Array>();

/** The crlEntryExtensions of a reason code (one CRLReason extension), built once per code. */
function reasonExtensionsDer(reason: number): Uint8Array {
  let encoded = reasonExtensions.get(reason);
  if (!encoded) {
    encoded = der.sequence(der.sequence(der.oid(idCeCrlReasons), der.octetString(der.enumerated(reason))));
    reasonExtensions.set(reason, encoded);
  }
  return encoded;
}

/**
 * The revokedCertificates entries, written as DER directly: asn1-schema objects per entry cost
 * about 50 µs each, too much for CRLs of 100 000 entries.
 */
function revokedEntriesDer(entries: CrlEntry[]): Uint8Array[] {
  const times = new Map<number, Uint8Array>();
  return entries.map((e) => {
    const second = Math.floor(e.revokedAt.getTime() / 1000);
    let revocationDate = times.get(second);
    if (!revocationDate) {
      revocationDate = der.time(new Date(second * 1000));
      times.set(second, revocationDate);
    }
    return e.reason === 0
      ? der.sequence(der.hexInteger(e.serial), revocationDate)
      : der.sequence(der.hexInteger(e.serial), revocationDate, reasonExtensionsDer(e.reason));
  });
}

/** Builds and signs a v2 CRL with CRLNumber, AKI and nextUpdate, one entry per revoked certificate. */
export async function buildCrl(keys: KeyManager, spec: CrlSpec): Promise<Uint8Array> {
  const issuer = AsnConvert.parse(spec.issuerCertificate, Certificate).tbsCertificate;
  const ski = issuer.extensions?.find((e) => e.extnID === idCeSubjectKeyIdentifier);
  const crlExtensions = [
    new Extension({
      extnID: idCeCrlNumber,
      critical: false,
      extnValue: new OctetString(AsnConvert.serialize(new CRLNumber(spec.number))),
    }),
  ];
  if (ski) {
    const keyId = AsnConvert.parse(ski.extnValue.buffer, KeyIdentifier);
    crlExtensions.unshift(
      new Extension({
        extnID: idCeAuthorityKeyIdentifier,
        critical: false,
        extnValue: new OctetString(
          AsnConvert.serialize(new AuthorityKeyIdentifier({ keyIdentifier: keyId })),
        ),
      }),
    );
  }
  const algorithm = signatureAlgorithmDer(spec.signatureAlgorithm);
  const tbsDer = der.sequence(
    der.smallInteger(1), // v2
    algorithm,
    new Uint8Array(AsnConvert.serialize(issuer.subject)),
    der.time(wholeSeconds(spec.thisUpdate)),
    der.time(wholeSeconds(spec.nextUpdate)),
    ...(spec.entries.length ? [der.sequenceOf(revokedEntriesDer(spec.entries))] : []),
    der.explicit(0, new Uint8Array(AsnConvert.serialize(new Extensions(crlExtensions)))),
  );
  const signature = await keys.sign({
    uri: spec.issuerKeyUri,
    algorithm: spec.signatureAlgorithm,
    data: tbsDer,
  });
  return der.sequence(tbsDer, algorithm, der.bitString(signature));
}
