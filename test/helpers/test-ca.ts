import { randomUUID } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { AsnConvert } from "@peculiar/asn1-schema";
import { Certificate, type Name } from "@peculiar/asn1-x509";
import { SoftwareKeyManager } from "../../adapters/keys/software-key-manager.ts";
import type { CaRecord, CaRepository } from "../../core/pki/ca-repository.ts";
import { buildName } from "../../core/pki/distinguished-name.ts";
import { IssuanceEngine } from "../../core/pki/issuance-engine.ts";
import { issuerKey } from "../../core/pki/issuer.ts";
import { caExtensions } from "../../core/pki/kamusm-profile.ts";
import { keyIdentifier } from "../../core/pki/key-identifier.ts";
import { toPem } from "../../core/pki/pem.ts";
import { defaultProfileConfig } from "../../core/pki/profile-config.ts";
import { newSerialNumber } from "../../core/pki/serial-number.ts";
import { signCertificate } from "../../core/pki/sign-certificate.ts";
import type { Clock } from "../../core/ports/clock.ts";
import type { KeyAlgorithm, KeyManagerResolver } from "../../core/ports/key-manager.ts";
import { cryptoRandom } from "../../core/ports/random.ts";

export { toPem };

/** A root and an issuing CA on software keys in a temporary folder, with PEM files for openssl. */
export interface TestCa {
  dir: string;
  keys: SoftwareKeyManager;
  root: Uint8Array;
  issuing: Uint8Array;
  issuingName: Name;
  issuingKeyId: Uint8Array;
  rootPem: string;
  issuingPem: string;
  dispose(): void;
}

/**
 * Creates a two-level test CA: RSA-2048 with SHA-256 unless `algorithm` names another key (e.g. EC
 * P-384, signed with ECDSA-SHA384 as Kamu SM's Sürüm 3 CAs are).
 */
export async function createTestCa(
  algorithm: KeyAlgorithm = { kind: "RSA", modulusLength: 2048 },
): Promise<TestCa> {
  const dir = mkdtempSync(join(tmpdir(), "mm-ca-"));
  const keys = new SoftwareKeyManager(dir);
  const rootKey = await keys.generateKey({ uri: "softkey:root", algorithm });
  const issuingKey = await keys.generateKey({ uri: "softkey:issuing", algorithm });
  const rootName = buildName([
    { type: "commonName", value: "Mali Mühür Test Kök Sertifika Hizmet Sağlayıcısı" },
    { type: "country", value: "TR" },
  ]);
  const issuingName = buildName([
    { type: "commonName", value: "Mali Mühür Elektronik Sertifika Hizmet Sağlayıcısı - Sürüm 1" },
    { type: "country", value: "TR" },
  ]);
  const now = new Date();
  const years = (n: number) => new Date(now.getTime() + n * 365.25 * 86400_000);
  const rootId = await keyIdentifier(rootKey.spki);
  const issuingKeyId = await keyIdentifier(issuingKey.spki);
  const common = { notBefore: now, issuer: rootName };
  const rootIssuer = issuerKey("softkey:root", algorithm);
  const root = (
    await signCertificate(keys, rootIssuer, {
      ...common,
      serialHex: newSerialNumber(cryptoRandom),
      subject: rootName,
      notAfter: years(20),
      subjectPublicKeyInfo: rootKey.spki,
      extensions: caExtensions({ subjectKeyId: rootId, authorityKeyId: rootId }, { selfSigned: true }),
    })
  ).der;
  const issuing = (
    await signCertificate(keys, rootIssuer, {
      ...common,
      serialHex: newSerialNumber(cryptoRandom),
      subject: issuingName,
      notAfter: years(10),
      subjectPublicKeyInfo: issuingKey.spki,
      extensions: caExtensions(
        { subjectKeyId: issuingKeyId, authorityKeyId: rootId },
        { selfSigned: false, pathLength: 0 },
      ),
    })
  ).der;
  const rootPem = join(dir, "root.pem");
  const issuingPem = join(dir, "issuing.pem");
  writeFileSync(rootPem, toPem(root));
  writeFileSync(issuingPem, toPem(issuing));
  return {
    dir,
    keys,
    root,
    issuing,
    issuingName,
    issuingKeyId,
    rootPem,
    issuingPem,
    dispose: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** The issuing CA of a test CA as the engine stores it (id `issuing-1`, key `softkey:issuing`). */
export function issuingCaRecord(ca: TestCa): CaRecord {
  const tbs = AsnConvert.parse(ca.issuing, Certificate).tbsCertificate;
  return {
    id: "issuing-1",
    role: "issuing",
    keyUri: "softkey:issuing",
    certDer: ca.issuing,
    subject: "issuing",
    serial: Buffer.from(tbs.serialNumber).toString("hex"),
    notBefore: tbs.validity.notBefore.getTime(),
    notAfter: tbs.validity.notAfter.getTime(),
  };
}

/**
 * An issuance engine over `repository` for core tests: keys from `keys` (by default every URI goes
 * to the test CA's software key manager), crypto randomness, the default profile for a local URL.
 */
export function testEngine(
  ca: TestCa,
  repository: CaRepository,
  clock: Clock,
  keys: KeyManagerResolver = { forUri: () => ca.keys, close: async () => {} },
): IssuanceEngine {
  return new IssuanceEngine({
    repository,
    keys,
    clock,
    random: cryptoRandom,
    profile: defaultProfileConfig("http://127.0.0.1:3000"),
    newId: randomUUID,
  });
}
