import { extensionDer } from "./certificate-builder.ts";
import * as der from "./der.ts";
import { type CertificateKind, extensionOids, subscriberExtensions } from "./kamusm-profile.ts";
import type { ProfileConfig } from "./profile-config.ts";
import { type ProfileName, profileExtensions } from "./qseal-profile.ts";

/** The SubjectKeyIdentifier extension as DER: the only extension that differs between an issuer's certificates. */
export function subjectKeyIdentifierDer(keyId: Uint8Array): Uint8Array {
  return der.sequence(der.oid(extensionOids.subjectKeyIdentifier), der.octetString(der.octetString(keyId)));
}

interface Template {
  encoded: Uint8Array[];
  subjectKeyIdAt: number;
}

/**
 * The encoded extensions of subscriber certificates, built once per (kind, profile, issuer key)
 * and reused: only the SubjectKeyIdentifier is encoded per certificate. Encoding the policy, CDP
 * and AIA trees through asn1-schema for every certificate took ~15% of the engine's main thread.
 */
export class SubscriberExtensionTemplates {
  readonly #templates = new Map<string, Template>();

  constructor(private readonly config: ProfileConfig) {}

  /** The DER extensions, in profile order, of a certificate of `kind` and `profile` for the given keys. */
  encode(
    kind: CertificateKind,
    profile: ProfileName,
    ids: { subjectKeyId: Uint8Array; authorityKeyId: Uint8Array },
  ): Uint8Array[] {
    const template = this.#template(kind, profile, ids.authorityKeyId);
    const encoded = template.encoded.slice();
    encoded[template.subjectKeyIdAt] = subjectKeyIdentifierDer(ids.subjectKeyId);
    return encoded;
  }

  #template(kind: CertificateKind, profile: ProfileName, authorityKeyId: Uint8Array): Template {
    const key = `${kind}:${profile}:${Buffer.from(authorityKeyId).toString("hex")}`;
    let template = this.#templates.get(key);
    if (!template) {
      const specs = [
        ...subscriberExtensions(kind, this.config, { subjectKeyId: new Uint8Array(20), authorityKeyId }),
        ...profileExtensions(profile, kind),
      ];
      template = {
        encoded: specs.map(extensionDer),
        subjectKeyIdAt: specs.findIndex((s) => s.oid === extensionOids.subjectKeyIdentifier),
      };
      this.#templates.set(key, template);
    }
    return template;
  }
}
