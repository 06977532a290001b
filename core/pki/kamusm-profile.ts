import { AsnConvert } from "@peculiar/asn1-schema";
import {
  AccessDescription,
  AuthorityInfoAccessSyntax,
  AuthorityKeyIdentifier,
  BasicConstraints,
  CertificatePolicies,
  CRLDistributionPoints,
  DisplayText,
  DistributionPoint,
  DistributionPointName,
  ExtendedKeyUsage,
  GeneralName,
  KeyIdentifier,
  KeyUsage,
  KeyUsageFlags,
  PolicyInformation,
  PolicyQualifierInfo,
  SubjectKeyIdentifier,
  UserNotice,
} from "@peculiar/asn1-x509";
import type { ExtensionSpec } from "./certificate-builder.ts";
import type { ProfileConfig } from "./profile-config.ts";

/** Extension OIDs of RFC 5280 used by the profiles. */
export const extensionOids = {
  subjectKeyIdentifier: "2.5.29.14",
  keyUsage: "2.5.29.15",
  basicConstraints: "2.5.29.19",
  certificatePolicies: "2.5.29.32",
  crlDistributionPoints: "2.5.29.31",
  authorityKeyIdentifier: "2.5.29.35",
  extKeyUsage: "2.5.29.37",
  authorityInfoAccess: "1.3.6.1.5.5.7.1.1",
} as const;

const idQtCps = "1.3.6.1.5.5.7.2.1";
const idQtUnotice = "1.3.6.1.5.5.7.2.2";
const idAdOcsp = "1.3.6.1.5.5.7.48.1";
const idAdCaIssuers = "1.3.6.1.5.5.7.48.2";
const idKpClientAuth = "1.3.6.1.5.5.7.3.2";

/** The kind of a card certificate: `<VKN>SIGN0` (mali mühür signing) or `<VKN>ENCR0` (encryption). */
export type CertificateKind = "sign" | "encr";

/** Key identifiers of the subject and the issuer (SHA-1 of the public key bits, RFC 5280 method 1). */
export interface KeyIds {
  subjectKeyId: Uint8Array;
  authorityKeyId: Uint8Array;
}

/**
 * The extensions of a Kamu SM mali mühür subscriber certificate, in the order of the real ones:
 * AKI, SKI, keyUsage (critical), certificatePolicies (policy + CPS + user notice), basicConstraints
 * (critical, CA:FALSE), extKeyUsage, CRL distribution point, AIA (caIssuers + OCSP).
 */
export function subscriberExtensions(
  kind: CertificateKind,
  config: ProfileConfig,
  ids: KeyIds,
): ExtensionSpec[] {
  const usage =
    kind === "sign"
      ? KeyUsageFlags.digitalSignature
      : KeyUsageFlags.keyEncipherment | KeyUsageFlags.keyAgreement;
  const eku = kind === "sign" ? [config.signingEkuOid] : [idKpClientAuth];
  return [
    authorityKeyIdentifier(ids.authorityKeyId),
    subjectKeyIdentifier(ids.subjectKeyId),
    { oid: extensionOids.keyUsage, critical: true, value: new KeyUsage(usage) },
    {
      oid: extensionOids.certificatePolicies,
      critical: false,
      value: new CertificatePolicies([
        new PolicyInformation({
          policyIdentifier: config.policyOid,
          policyQualifiers: [
            new PolicyQualifierInfo({
              policyQualifierId: idQtCps,
              qualifier: AsnConvert.serialize(ia5(config.cpsUri)),
            }),
            new PolicyQualifierInfo({
              policyQualifierId: idQtUnotice,
              qualifier: AsnConvert.serialize(
                new UserNotice({ explicitText: new DisplayText({ utf8String: config.userNotice }) }),
              ),
            }),
          ],
        }),
      ]),
    },
    { oid: extensionOids.basicConstraints, critical: true, value: new BasicConstraints({ cA: false }) },
    { oid: extensionOids.extKeyUsage, critical: false, value: new ExtendedKeyUsage(eku) },
    crlDistributionPoints(config.crlUri),
    authorityInfoAccess(config),
  ];
}

/** Extensions of a CA certificate (root or issuing): critical basicConstraints CA:TRUE, keyCertSign + cRLSign. */
export function caExtensions(
  ids: KeyIds,
  options: { pathLength?: number; selfSigned: boolean },
): ExtensionSpec[] {
  const extensions: ExtensionSpec[] = [
    subjectKeyIdentifier(ids.subjectKeyId),
    {
      oid: extensionOids.basicConstraints,
      critical: true,
      value: new BasicConstraints({ cA: true, pathLenConstraint: options.pathLength }),
    },
    {
      oid: extensionOids.keyUsage,
      critical: true,
      value: new KeyUsage(KeyUsageFlags.keyCertSign | KeyUsageFlags.cRLSign | KeyUsageFlags.digitalSignature),
    },
  ];
  if (!options.selfSigned) extensions.unshift(authorityKeyIdentifier(ids.authorityKeyId));
  return extensions;
}

function subjectKeyIdentifier(id: Uint8Array): ExtensionSpec {
  return {
    oid: extensionOids.subjectKeyIdentifier,
    critical: false,
    value: new SubjectKeyIdentifier(id.slice().buffer),
  };
}

function authorityKeyIdentifier(id: Uint8Array): ExtensionSpec {
  return {
    oid: extensionOids.authorityKeyIdentifier,
    critical: false,
    value: new AuthorityKeyIdentifier({ keyIdentifier: new KeyIdentifier(id.slice().buffer) }),
  };
}

function crlDistributionPoints(uri: string): ExtensionSpec {
  return {
    oid: extensionOids.crlDistributionPoints,
    critical: false,
    value: new CRLDistributionPoints([
      new DistributionPoint({
        distributionPoint: new DistributionPointName({
          fullName: [new GeneralName({ uniformResourceIdentifier: uri })],
        }),
      }),
    ]),
  };
}

function authorityInfoAccess(config: ProfileConfig): ExtensionSpec {
  return {
    oid: extensionOids.authorityInfoAccess,
    critical: false,
    value: new AuthorityInfoAccessSyntax([
      new AccessDescription({
        accessMethod: idAdCaIssuers,
        accessLocation: new GeneralName({ uniformResourceIdentifier: config.caIssuersUri }),
      }),
      new AccessDescription({
        accessMethod: idAdOcsp,
        accessLocation: new GeneralName({ uniformResourceIdentifier: config.ocspUri }),
      }),
    ]),
  };
}

/** An IA5String as asn1-schema encodes it (the CPS qualifier). */
function ia5(text: string): DisplayText {
  return new DisplayText({ ia5String: text });
}
