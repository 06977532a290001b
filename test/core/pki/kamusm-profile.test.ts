import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import "reflect-metadata";
import * as x509 from "@peculiar/x509";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildName, turkishUpperCase } from "../../../core/pki/distinguished-name.ts";
import { issuerOf } from "../../../core/pki/issuer.ts";
import { subscriberExtensions } from "../../../core/pki/kamusm-profile.ts";
import { keyIdentifier } from "../../../core/pki/key-identifier.ts";
import { defaultProfileConfig } from "../../../core/pki/profile-config.ts";
import { newSerialNumber } from "../../../core/pki/serial-number.ts";
import { signCertificate } from "../../../core/pki/sign-certificate.ts";
import { cryptoRandom } from "../../../core/ports/random.ts";
import { kamusmFixturesDir } from "../../helpers/shared-fixtures.ts";
import { createTestCa, issuingCaRecord, type TestCa, toPem } from "../../helpers/test-ca.ts";

const fixtures = kamusmFixturesDir();
const config = defaultProfileConfig("http://127.0.0.1:3000");
let ca: TestCa;
let dir: string;
let signing: Uint8Array;
let encryption: Uint8Array;

beforeAll(async () => {
  ca = await createTestCa();
  dir = ca.dir;
  const cardKey = await ca.keys.generateKey({
    uri: "softkey:card",
    algorithm: { kind: "RSA", modulusLength: 2048 },
  });
  const subject = buildName([
    { type: "serialNumber", value: "3230512384" },
    { type: "commonName", value: turkishUpperCase("Örnek Bilişim Anonim Şirketi") },
  ]);
  const cardId = await keyIdentifier(cardKey.spki);
  const now = new Date();
  const issuer = await issuerOf(issuingCaRecord(ca));
  for (const kind of ["sign", "encr"] as const) {
    const der = (
      await signCertificate(ca.keys, issuer, {
        serialHex: newSerialNumber(cryptoRandom),
        issuer: ca.issuingName,
        subject,
        notBefore: now,
        notAfter: new Date(now.getTime() + config.validityYears * 365.25 * 86400_000),
        subjectPublicKeyInfo: cardKey.spki,
        extensions: subscriberExtensions(kind, config, {
          subjectKeyId: cardId,
          authorityKeyId: ca.issuingKeyId,
        }),
      })
    ).der;
    if (kind === "sign") signing = der;
    else encryption = der;
  }
  writeFileSync(join(dir, "sign.pem"), toPem(signing));
  writeFileSync(join(dir, "encr.pem"), toPem(encryption));
});
afterAll(() => ca.dispose());

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
