/**
 * The optional QSeal profile (ETSI EN 319 412-3, legal-person seal certificates; subject per
 * EN 319 412-1): on top of the Kamu SM subject (serialNumber = VKN, CN = unvan) it names the
 * country, the organisation and its organizationIdentifier `VATTR-<VKN>` (semantics identifier
 * "VAT", country TR), and the signing certificate carries qcStatements: QcCompliance and QcType
 * eseal. The encryption certificate of the same card gets the subject but no QC statements: it is
 * not a seal.
 */
import type { ExtensionSpec } from "./certificate-builder.ts";
import type { ProfileName } from "./certificate-profile.ts";
import * as der from "./der.ts";
import type { NameAttribute } from "./distinguished-name.ts";
import type { CertificateKind } from "./kamusm-profile.ts";

/** The profile names live in core/pki/certificate-profile.ts; re-exported for the profile's users. */
export { isProfileName, type ProfileName, profileNames } from "./certificate-profile.ts";

/** OIDs of ETSI EN 319 412-5 QC statements. */
export const qcOids = {
  qcStatements: "1.3.6.1.5.5.7.1.3",
  qcCompliance: "0.4.0.1862.1.1",
  qcType: "0.4.0.1862.1.6",
  qcTypeEseal: "0.4.0.1862.1.6.2",
} as const;

/** The subject attributes of a subscriber certificate, in order, for a profile. */
export function subjectAttributes(profile: ProfileName, vkn: string, title: string): NameAttribute[] {
  const kamusm: NameAttribute[] = [
    { type: "serialNumber", value: vkn },
    { type: "commonName", value: title },
  ];
  if (profile !== "qseal") return kamusm;
  return [
    { type: "country", value: "TR" },
    { type: "organization", value: title },
    { type: "organizationIdentifier", value: `VATTR-${vkn}` },
    ...kamusm,
  ];
}

/** qcStatements (not critical): QcCompliance, and QcType with the single type eseal. */
export function qcStatementsExtension(): ExtensionSpec {
  const raw = der.sequence(
    der.sequence(der.oid(qcOids.qcCompliance)),
    der.sequence(der.oid(qcOids.qcType), der.sequence(der.oid(qcOids.qcTypeEseal))),
  );
  return { oid: qcOids.qcStatements, critical: false, value: undefined, raw };
}

/** The extensions a profile adds to the Kamu SM ones for a certificate kind. */
export function profileExtensions(profile: ProfileName, kind: CertificateKind): ExtensionSpec[] {
  return profile === "qseal" && kind === "sign" ? [qcStatementsExtension()] : [];
}
