import {
  AuthorityKeyIdentifier,
  ExtendedKeyUsage,
  KeyIdentifier,
  KeyUsage,
  KeyUsageFlags,
} from "@peculiar/asn1-x509";
import type { AuditEvent } from "../audit/audit-log.ts";
import type { CaRecord } from "./ca-repository.ts";
import { type ClaimTiming, runClaimed } from "./ceremony-claim.ts";
import { buildName } from "./distinguished-name.ts";
import { issuerOf } from "./issuer.ts";
import { extensionOids } from "./kamusm-profile.ts";
import type { CaCeremonyDeps } from "./pki-deps.ts";
import { newSerialNumber } from "./serial-number.ts";
import { signCertificate } from "./sign-certificate.ts";

const idKpOcspSigning = "1.3.6.1.5.5.7.3.9";
const idPkixOcspNocheck = "1.3.6.1.5.5.7.48.1.5";
/** Days an OCSP signing certificate is valid; it is renewed when fewer than {@link OCSP_SIGNER_RENEW_DAYS} remain. */
export const OCSP_SIGNER_DAYS = 90;
export const OCSP_SIGNER_RENEW_DAYS = 14;
/** The key of an OCSP signer under an RSA issuing CA (under an EC one: the issuing CA's curve). */
const OCSP_SIGNER_RSA = { kind: "RSA", modulusLength: 2048 } as const;

/**
 * Where a new OCSP signer key is made (MM_OCSP_SIGNER_STORE): `token`, on the issuing key's PKCS#11
 * token when that is a `pkcs11:` key (else the software store); `software`, always in the software
 * key store of the data folder, whose signatures run on every core and no token caps them.
 */
export type OcspSignerStore = "token" | "software";

/** What {@link ensureOcspSigner} needs besides the CA ceremony's dependencies. */
export type OcspSignerDeps = CaCeremonyDeps & {
  audit?: { append(event: AuditEvent): Promise<unknown> };
  /** Where a new signer's key is made; default `token`. */
  store?: OcspSignerStore;
};

/**
 * Returns the active OCSP signer of the issuing CA, issuing a new one (its own RSA-2048 key,
 * EKU OCSPSigning, id-pkix-ocsp-nocheck, 90 days) when there is none, it nears its end, or its key
 * is not in the store `deps.store` names (the setting was changed). A new signer is recorded in the
 * audit log as `ocsp_signer_created` or, replacing one, `ocsp_signer_renewed`.
 * Instances sharing the storage issue one signer between them (claim `ocsp-signer:<issuing id>`).
 */
export async function ensureOcspSigner(
  deps: OcspSignerDeps,
  issuing: CaRecord,
  onStep: (step: string, details: Record<string, string>) => void = () => {},
  timing?: ClaimTiming,
): Promise<CaRecord> {
  const now = deps.clock.now();
  const scheme = keyScheme(ocspSignerKeyUri(issuing.keyUri, "", deps.store));
  const usable = (record: CaRecord | undefined) =>
    record &&
    record.notAfter.getTime() - now.getTime() > OCSP_SIGNER_RENEW_DAYS * 86400_000 &&
    keyScheme(record.keyUri) === scheme
      ? record
      : undefined;
  const cached = usable(await deps.repository.activeCa("ocsp"));
  if (cached) return cached;
  // Instances renewing together: the one holding the claim issues, the others take its signer.
  return runClaimed(
    deps.repository,
    { key: `${OCSP_SIGNER_CLAIM}:${issuing.id}`, holder: deps.newId() },
    async () => usable(await deps.repository.activeCa("ocsp", { fresh: true })),
    async () =>
      issueOcspSigner(deps, issuing, onStep, await deps.repository.activeCa("ocsp", { fresh: true })),
    timing,
  );
}

/** The claim key prefix of an OCSP signer issuance (followed by the issuing CA's id). */
export const OCSP_SIGNER_CLAIM = "ocsp-signer";

/**
 * Where a new OCSP signer key lives: with `store` `token` (the default), on the issuing key's token
 * when that is a PKCS#11 key (every instance reaches it there), else in the software key store of
 * the data folder; with `software`, in the software key store whatever the issuing key is.
 */
export function ocspSignerKeyUri(
  issuingKeyUri: string,
  serial: string,
  store: OcspSignerStore = "token",
): string {
  const name = `ocsp-signer-${serial.slice(0, 12)}`;
  const token = store === "token" ? /^pkcs11:(?:[^?]*;)?token=([^;?]*)/.exec(issuingKeyUri)?.[1] : undefined;
  return token !== undefined ? `pkcs11:token=${token};object=mm-${name}` : `softkey:${name}`;
}

/** `pkcs11:token=<label>` or `softkey`: the store (and token) a key URI names. */
function keyScheme(keyUri: string): string {
  if (!keyUri.startsWith("pkcs11:")) return keyUri.slice(0, keyUri.indexOf(":"));
  return `pkcs11:token=${/^pkcs11:(?:[^?]*;)?token=([^;?]*)/.exec(keyUri)?.[1] ?? ""}`;
}

async function issueOcspSigner(
  deps: OcspSignerDeps,
  issuing: CaRecord,
  onStep: (step: string, details: Record<string, string>) => void,
  current: CaRecord | undefined,
): Promise<CaRecord> {
  const now = deps.clock.now();
  const serial = newSerialNumber(deps.random);
  const keyUri = ocspSignerKeyUri(issuing.keyUri, serial, deps.store);
  const keys = deps.keys.forUri(keyUri);
  onStep("OCSP signer key generation", { keyUri });
  const issuer = await issuerOf(issuing);
  // the signer's key is of the issuing key's kind: RSA-2048, or the issuing CA's curve
  const algorithm = issuer.keyAlgorithm.kind === "RSA" ? OCSP_SIGNER_RSA : issuer.keyAlgorithm;
  const key = await keys.generateKey({ uri: keyUri, algorithm });
  const notAfter = new Date(now.getTime() + OCSP_SIGNER_DAYS * 86400_000);
  const { der } = await signCertificate(deps.keys.forUri(issuer.keyUri), issuer, {
    serialHex: serial,
    issuer: issuer.nameDer,
    subject: buildName([
      { type: "commonName", value: "Mali Mühür OCSP Yanıtlayıcısı" },
      { type: "country", value: "TR" },
    ]),
    notBefore: now,
    notAfter,
    subjectPublicKeyInfo: key.spki,
    extensions: [
      {
        oid: extensionOids.authorityKeyIdentifier,
        critical: false,
        value: new AuthorityKeyIdentifier({
          keyIdentifier: new KeyIdentifier(issuer.keyId.slice().buffer),
        }),
      },
      { oid: extensionOids.keyUsage, critical: true, value: new KeyUsage(KeyUsageFlags.digitalSignature) },
      { oid: extensionOids.extKeyUsage, critical: false, value: new ExtendedKeyUsage([idKpOcspSigning]) },
      { oid: idPkixOcspNocheck, critical: false, value: undefined, raw: new Uint8Array([0x05, 0x00]) },
    ],
  });
  const record: CaRecord = {
    id: deps.newId(),
    role: "ocsp",
    keyUri,
    certDer: der,
    subject: "Mali Mühür OCSP Yanıtlayıcısı",
    serial,
    notBefore: now,
    notAfter,
  };
  await deps.repository.saveCa(record);
  onStep("OCSP signer certificate signed", { serial });
  await deps.audit?.append({
    actor: "system",
    action: current ? "ocsp_signer_renewed" : "ocsp_signer_created",
    subject: serial,
    details: {
      keyUri,
      issuer: issuing.id,
      notAfter: notAfter.toISOString(),
      ...(current ? { replaces: current.serial } : {}),
    },
  });
  return record;
}

/** What {@link renewOcspSigner} needs of the responder (core/pki/ocsp-responder.ts). */
export interface OcspSignerUser {
  readonly signer: CaRecord;
  useSigner(record: CaRecord): void;
}

/** The outcome of {@link renewOcspSigner}. */
export interface OcspSignerRenewal {
  /** The signer the responder signs with now. */
  signer: CaRecord;
  /** The signer it signed with before, when it was switched. */
  replaced?: CaRecord;
}

/**
 * {@link ensureOcspSigner} for a running responder: renews the signer when it nears its end (or
 * takes the one another instance on the same storage renewed) and switches the responder to it.
 * Throws what `ensureOcspSigner` throws; the responder then keeps its signer.
 */
export async function renewOcspSigner(
  deps: OcspSignerDeps,
  issuing: CaRecord,
  responder: OcspSignerUser,
  onStep?: (step: string, details: Record<string, string>) => void,
): Promise<OcspSignerRenewal> {
  const current = responder.signer;
  const signer = await ensureOcspSigner(deps, issuing, onStep);
  if (signer.id === current.id && signer.serial === current.serial) return { signer };
  responder.useSigner(signer);
  return { signer, replaced: current };
}
