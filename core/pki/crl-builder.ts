import { AsnConvert, OctetString } from "@peculiar/asn1-schema";
import {
  AuthorityKeyIdentifier,
  Certificate,
  CertificateList,
  CRLNumber,
  CRLReason,
  Extension,
  KeyIdentifier,
  RevokedCertificate,
  TBSCertList,
  Time,
  Version,
} from "@peculiar/asn1-x509";
import type { KeyManager, SignatureAlgorithm } from "../ports/key-manager.ts";
import { signatureAlgorithmIdentifier, wholeSeconds } from "./certificate-builder.ts";

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
  const tbs = new TBSCertList({
    version: Version.v2,
    signature: signatureAlgorithmIdentifier(spec.signatureAlgorithm),
    issuer: issuer.subject,
    thisUpdate: new Time(wholeSeconds(spec.thisUpdate)),
    nextUpdate: new Time(wholeSeconds(spec.nextUpdate)),
    revokedCertificates: spec.entries.length
      ? spec.entries.map(
          (e) =>
            new RevokedCertificate({
              userCertificate: Uint8Array.from(
                Buffer.from(e.serial.length % 2 ? `0${e.serial}` : e.serial, "hex"),
              ).buffer,
              revocationDate: new Time(wholeSeconds(e.revokedAt)),
              crlEntryExtensions:
                e.reason === 0
                  ? undefined
                  : [
                      new Extension({
                        extnID: idCeCrlReasons,
                        critical: false,
                        extnValue: new OctetString(AsnConvert.serialize(new CRLReason(e.reason))),
                      }),
                    ],
            }),
        )
      : undefined,
    crlExtensions,
  });
  const tbsDer = new Uint8Array(AsnConvert.serialize(tbs));
  const signature = await keys.sign({
    uri: spec.issuerKeyUri,
    algorithm: spec.signatureAlgorithm,
    data: tbsDer,
  });
  const list = new CertificateList({
    tbsCertList: tbs,
    signatureAlgorithm: signatureAlgorithmIdentifier(spec.signatureAlgorithm),
    signature: signature.slice().buffer,
  });
  return new Uint8Array(AsnConvert.serialize(list));
}
