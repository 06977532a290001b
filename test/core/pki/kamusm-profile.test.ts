import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import "reflect-metadata";
import * as x509 from "@peculiar/x509";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SoftwareKeyManager } from "../../../adapters/keys/software-key-manager.ts";
import { buildName, turkishUpperCase } from "../../../core/pki/distinguished-name.ts";
import { caExtensions, subscriberExtensions } from "../../../core/pki/kamusm-profile.ts";
import { keyIdentifier } from "../../../core/pki/key-identifier.ts";
import { defaultProfileConfig } from "../../../core/pki/profile-config.ts";
import { newSerialNumber } from "../../../core/pki/serial-number.ts";
import { signCertificate } from "../../../core/pki/sign-certificate.ts";
import { cryptoRandom } from "../../../core/ports/random.ts";
import { kamusmFixturesDir } from "../../helpers/shared-fixtures.ts";

const fixtures = kamusmFixturesDir();
const dir = mkdtempSync(join(tmpdir(), "mm-profile-"));
const keys = new SoftwareKeyManager(dir);
const config = defaultProfileConfig("http://127.0.0.1:3000");
const pem = (der: Uint8Array, label = "CERTIFICATE") =>
  `-----BEGIN ${label}-----\n${Buffer.from(der).toString("base64").replace(/.{64}/g, "$&\n")}\n-----END ${label}-----\n`;
let root: Uint8Array;
let issuing: Uint8Array;
let signing: Uint8Array;
let encryption: Uint8Array;

beforeAll(async () => {
  const algorithm = { kind: "RSA", modulusLength: 2048 } as const;
  const rootKey = await keys.generateKey({ uri: "softkey:root", algorithm });
  const issuingKey = await keys.generateKey({ uri: "softkey:issuing", algorithm });
  const cardKey = await keys.generateKey({ uri: "softkey:card", algorithm });
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
  const issuingId = await keyIdentifier(issuingKey.spki);
  root = (
    await signCertificate(keys, "softkey:root", {
      serialHex: newSerialNumber(cryptoRandom),
      issuer: rootName,
      subject: rootName,
      notBefore: now,
      notAfter: years(20),
      subjectPublicKeyInfo: rootKey.spki,
      signatureAlgorithm: "RSA-SHA256",
      extensions: caExtensions({ subjectKeyId: rootId, authorityKeyId: rootId }, { selfSigned: true }),
    })
  ).der;
  issuing = (
    await signCertificate(keys, "softkey:root", {
      serialHex: newSerialNumber(cryptoRandom),
      issuer: rootName,
      subject: issuingName,
      notBefore: now,
      notAfter: years(10),
      subjectPublicKeyInfo: issuingKey.spki,
      signatureAlgorithm: "RSA-SHA256",
      extensions: caExtensions(
        { subjectKeyId: issuingId, authorityKeyId: rootId },
        { selfSigned: false, pathLength: 0 },
      ),
    })
  ).der;
  const subject = buildName([
    { type: "serialNumber", value: "3230512384" },
    { type: "commonName", value: turkishUpperCase("Örnek Bilişim Anonim Şirketi") },
  ]);
  const cardId = await keyIdentifier(cardKey.spki);
  for (const kind of ["sign", "encr"] as const) {
    const der = (
      await signCertificate(keys, "softkey:issuing", {
        serialHex: newSerialNumber(cryptoRandom),
        issuer: issuingName,
        subject,
        notBefore: now,
        notAfter: years(config.validityYears),
        subjectPublicKeyInfo: cardKey.spki,
        signatureAlgorithm: "RSA-SHA256",
        extensions: subscriberExtensions(kind, config, { subjectKeyId: cardId, authorityKeyId: issuingId }),
      })
    ).der;
    if (kind === "sign") signing = der;
    else encryption = der;
  }
  writeFileSync(join(dir, "root.pem"), pem(root));
  writeFileSync(join(dir, "issuing.pem"), pem(issuing));
  writeFileSync(join(dir, "sign.pem"), pem(signing));
  writeFileSync(join(dir, "encr.pem"), pem(encryption));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function fixture(name: string): x509.X509Certificate {
  const raw = readFileSync(join(fixtures, name));
  return new x509.X509Certificate(name.endsWith(".pem") ? raw.toString("utf8") : new Uint8Array(raw));
}

/** The comparable shape of a certificate's extensions: OID → criticality. */
function extensionSet(cert: x509.X509Certificate): Record<string, boolean> {
  return Object.fromEntries(cert.extensions.map((e) => [e.type, e.critical]));
}

describe("Kamu SM mali mühür profile", () => {
  it("openssl verifies the signing and encryption certificates against the chain", () => {
    for (const leaf of ["sign.pem", "encr.pem"]) {
      const out = execFileSync(
        "openssl",
        ["verify", "-CAfile", join(dir, "root.pem"), "-untrusted", join(dir, "issuing.pem"), join(dir, leaf)],
        { encoding: "utf8" },
      );
      expect(out.trim()).toBe(`${join(dir, leaf)}: OK`);
    }
  });

  it.each(["mali-muhur-surum1-deneme.der", "mali-muhur-surum2-edm.der"])(
    "has the same extension set, criticality, key usage, policy and EKU as the real %s",
    (name) => {
      const real = fixture(name);
      const ours = new x509.X509Certificate(signing);
      expect(extensionSet(ours)).toEqual(extensionSet(real));
      const usage = (c: x509.X509Certificate) => c.getExtension(x509.KeyUsagesExtension)!.usages;
      expect(usage(ours)).toBe(usage(real));
      const eku = (c: x509.X509Certificate) => c.getExtension(x509.ExtendedKeyUsageExtension)!.usages;
      expect(eku(ours)).toEqual(eku(real));
      const policies = (c: x509.X509Certificate) => c.getExtension(x509.CertificatePolicyExtension)!.policies;
      expect(policies(ours)).toEqual(policies(real));
      expect(ours.getExtension(x509.BasicConstraintsExtension)!.ca).toBe(false);
      expect(ours.signatureAlgorithm.hash.name).toBe(real.signatureAlgorithm.hash.name);
      expect((ours.publicKey.algorithm as { modulusLength: number }).modulusLength).toBe(2048);
    },
  );

  it("writes serialNumber=VKN as PrintableString and the unvan in Turkish upper case, nothing else", () => {
    const ours = new x509.X509Certificate(signing);
    expect(ours.subject).toBe("2.5.4.5=3230512384, CN=ÖRNEK BİLİŞİM ANONİM ŞİRKETİ");
    const text = execFileSync("openssl", ["asn1parse", "-in", join(dir, "sign.pem")], { encoding: "utf8" });
    expect(text).toMatch(/PRINTABLESTRING\s+:3230512384/);
    expect(text).toMatch(/UTF8STRING\s+:.*ANON/);
  });

  it("is valid for three years with a positive random serial of at least 64 bits", () => {
    const ours = new x509.X509Certificate(signing);
    const years = (ours.notAfter.getTime() - ours.notBefore.getTime()) / (365.25 * 86400_000);
    expect(years).toBeCloseTo(3, 1);
    expect(ours.serialNumber.length).toBe(32);
    expect(Number.parseInt(ours.serialNumber.slice(0, 2), 16)).toBeLessThan(0x80);
  });

  it("makes the encryption certificate with keyEncipherment + keyAgreement and clientAuth under the same policy", () => {
    const enc = new x509.X509Certificate(encryption);
    const usage = enc.getExtension(x509.KeyUsagesExtension)!.usages;
    expect(usage).toBe(x509.KeyUsageFlags.keyEncipherment | x509.KeyUsageFlags.keyAgreement);
    expect(enc.getExtension(x509.ExtendedKeyUsageExtension)!.usages).toEqual(["1.3.6.1.5.5.7.3.2"]);
    expect(enc.getExtension(x509.CertificatePolicyExtension)!.policies).toEqual([config.policyOid]);
  });

  it("points CDP and AIA (caIssuers, OCSP) at the configured URLs", () => {
    const text = execFileSync("openssl", ["x509", "-in", join(dir, "sign.pem"), "-noout", "-text"], {
      encoding: "utf8",
    });
    expect(text).toContain(`URI:${config.crlUri}`);
    expect(text).toContain(`CA Issuers - URI:${config.caIssuersUri}`);
    expect(text).toContain(`OCSP - URI:${config.ocspUri}`);
    expect(text).toContain(`CPS: ${config.cpsUri}`);
  });
});
