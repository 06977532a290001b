import { KeyManagerError } from "../errors/domain-error.ts";
import type { KeyAlgorithm, KeyManager, PublicKeyInfo } from "../ports/key-manager.ts";
import type { CaRecord } from "./ca-repository.ts";
import { type ClaimTiming, runClaimed } from "./ceremony-claim.ts";
import { buildName } from "./distinguished-name.ts";
import { issuerKey } from "./issuer.ts";
import { caExtensions } from "./kamusm-profile.ts";
import { keyIdentifier } from "./key-identifier.ts";
import type { CaCeremonyDeps } from "./pki-deps.ts";
import type { ProfileName } from "./qseal-profile.ts";
import { newSerialNumber } from "./serial-number.ts";
import { signCertificate } from "./sign-certificate.ts";

/** What a CA set-up creates: key URIs and names of the root and the issuing CA. */
export interface CaSetupRequest {
  rootKeyUri: string;
  issuingKeyUri: string;
  rootName: string;
  issuingName: string;
  rootValidityYears?: number;
  issuingValidityYears?: number;
  /** The profile a new issuing CA issues by default (`mm ca init --profile`), stored with its record. */
  issuingDefaultProfile?: ProfileName;
}

/** One step of the key ceremony, for the audit log and the operator's progress output. */
export type CeremonyStep = (step: string, details: Record<string, string>) => void;

/**
 * Creates the root and the issuing CA (keys on the key managers their URIs name) unless an issuing CA
 * is already active, in which case it returns that one: running it twice changes nothing, and
 * instances running it together create one CA (the claim `ca-setup` is taken before any signing).
 */
export async function setUpCa(
  deps: CaCeremonyDeps,
  request: CaSetupRequest,
  onStep: CeremonyStep = () => {},
  timing?: ClaimTiming,
): Promise<{ created: boolean; root: CaRecord; issuing: CaRecord }> {
  // Several instances starting together on an empty database: the one holding the claim creates
  // the CA, the others wait for its records (core/pki/ceremony-claim.ts).
  const existing = async () => {
    const root = await deps.repository.activeCa("root", { fresh: true });
    const issuing = await deps.repository.activeCa("issuing", { fresh: true });
    return root && issuing ? { created: false, root, issuing } : undefined;
  };
  return runClaimed(
    deps.repository,
    { key: CA_SETUP_CLAIM, holder: deps.newId() },
    existing,
    () => createCa(deps, request, onStep),
    timing,
  );
}

/** The claim key of the CA set-up. */
export const CA_SETUP_CLAIM = "ca-setup";

async function createCa(
  deps: CaCeremonyDeps,
  request: CaSetupRequest,
  onStep: CeremonyStep,
): Promise<{ created: boolean; root: CaRecord; issuing: CaRecord }> {
  // The root signs rarely and lives long: RSA-4096. The issuing key signs every certificate, CRL
  // and OCSP answer: RSA-2048, as the Kamu SM issuing CAs and the subscriber profile use.
  const rootAlgorithm = { kind: "RSA", modulusLength: 4096 } as const;
  const issuingAlgorithm = { kind: "RSA", modulusLength: 2048 } as const;
  const rootKeys = deps.keys.forUri(request.rootKeyUri);
  const rootKey = await keyFor(rootKeys, request.rootKeyUri, rootAlgorithm, "root", onStep);
  const issuingKey = await keyFor(
    deps.keys.forUri(request.issuingKeyUri),
    request.issuingKeyUri,
    issuingAlgorithm,
    "issuing",
    onStep,
  );
  const now = deps.clock.now();
  const years = (n: number) => {
    const d = new Date(now);
    d.setUTCFullYear(d.getUTCFullYear() + n);
    return d;
  };
  const rootName = buildName([
    { type: "commonName", value: request.rootName },
    { type: "country", value: "TR" },
  ]);
  const issuingName = buildName([
    { type: "commonName", value: request.issuingName },
    { type: "country", value: "TR" },
  ]);
  const rootId = await keyIdentifier(rootKey.spki);
  const issuingId = await keyIdentifier(issuingKey.spki);
  const rootSerial = newSerialNumber(deps.random);
  const rootIssuer = issuerKey(request.rootKeyUri, rootKey.algorithm);
  const root = await signCertificate(rootKeys, rootIssuer, {
    serialHex: rootSerial,
    issuer: rootName,
    subject: rootName,
    notBefore: now,
    notAfter: years(request.rootValidityYears ?? 20),
    subjectPublicKeyInfo: rootKey.spki,
    extensions: caExtensions({ subjectKeyId: rootId, authorityKeyId: rootId }, { selfSigned: true }),
  });
  onStep("root certificate signed", { serial: rootSerial });
  const issuingSerial = newSerialNumber(deps.random);
  const issuing = await signCertificate(rootKeys, rootIssuer, {
    serialHex: issuingSerial,
    issuer: rootName,
    subject: issuingName,
    notBefore: now,
    notAfter: years(request.issuingValidityYears ?? 10),
    subjectPublicKeyInfo: issuingKey.spki,
    extensions: caExtensions(
      { subjectKeyId: issuingId, authorityKeyId: rootId },
      { selfSigned: false, pathLength: 0 },
    ),
  });
  onStep("issuing certificate signed", { serial: issuingSerial });
  const rootRecord: CaRecord = {
    id: deps.newId(),
    role: "root",
    keyUri: request.rootKeyUri,
    certDer: root.der,
    subject: request.rootName,
    serial: rootSerial,
    notBefore: now,
    notAfter: years(request.rootValidityYears ?? 20),
  };
  const issuingRecord: CaRecord = {
    id: deps.newId(),
    role: "issuing",
    keyUri: request.issuingKeyUri,
    certDer: issuing.der,
    subject: request.issuingName,
    serial: issuingSerial,
    notBefore: now,
    notAfter: years(request.issuingValidityYears ?? 10),
    ...(request.issuingDefaultProfile ? { defaultProfile: request.issuingDefaultProfile } : {}),
  };
  await deps.repository.saveCa(rootRecord);
  await deps.repository.saveCa(issuingRecord);
  onStep("CA records stored", {
    root: rootRecord.id,
    issuing: issuingRecord.id,
    ...(request.issuingDefaultProfile ? { defaultProfile: request.issuingDefaultProfile } : {}),
  });
  return { created: true, root: rootRecord, issuing: issuingRecord };
}

/**
 * Generates the CA key, or takes the key already under the URI: one an operator prepared on the
 * HSM, or one a ceremony interrupted before any certificate was stored (e.g. by a wrong token PIN)
 * left behind. Either way the ceremony can simply be run again.
 */
async function keyFor(
  keys: KeyManager,
  uri: string,
  algorithm: KeyAlgorithm,
  role: "root" | "issuing",
  onStep: CeremonyStep,
): Promise<PublicKeyInfo> {
  const existing = await keys.getPublicKey(uri).catch((error: unknown) => {
    if ((error as { code?: unknown }).code === "key_not_found") return undefined;
    throw error;
  });
  const name = algorithm.kind === "RSA" ? `RSA-${algorithm.modulusLength}` : algorithm.namedCurve;
  if (existing && existing.algorithm.kind !== algorithm.kind)
    throw new KeyManagerError(
      "key_algorithm_mismatch",
      `the ${role} CA needs an ${algorithm.kind} key; ${uri} holds an ${existing.algorithm.kind} key`,
      "uri",
    );
  if (existing) {
    onStep(`${role} key taken from the key store`, { keyUri: uri });
    return existing;
  }
  onStep(`${role} key generation`, { keyUri: uri, algorithm: name });
  return keys.generateKey({ uri, algorithm });
}
