import { execFileSync, spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCrl } from "../../../core/pki/crl-builder.ts";
import { issuerOf } from "../../../core/pki/issuer.ts";
import { createTestCa, issuingCaRecord, type TestCa } from "../../helpers/test-ca.ts";

let ca: TestCa;
beforeAll(async () => {
  ca = await createTestCa();
});
afterAll(() => ca.dispose());

describe("CRL builder", () => {
  it("makes a v2 CRL that openssl verifies, with CRLNumber, nextUpdate, AKI, revoked serials and reasons", async () => {
    const thisUpdate = new Date("2026-11-25T07:00:00Z");
    const der = await buildCrl(ca.keys, {
      issuer: await issuerOf(issuingCaRecord(ca)),
      number: 42,
      thisUpdate,
      nextUpdate: new Date(thisUpdate.getTime() + 86400_000),
      entries: [
        {
          serial: "7a1b2c3d4e5f60718293a4b5c6d7e8f9",
          revokedAt: new Date("2026-11-24T10:00:00Z"),
          reason: 1,
        },
        { serial: "0badc0ffee", revokedAt: new Date("2026-11-24T11:00:00Z"), reason: 0 },
      ],
    });
    const file = join(ca.dir, "issuing.crl");
    writeFileSync(file, der);
    const out = execFileSync(
      "openssl",
      ["crl", "-inform", "DER", "-in", file, "-noout", "-text", "-CAfile", ca.issuingPem],
      { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
    );
    expect(out).toMatch(/X509v3 CRL Number:\s*\n\s*42/);
    expect(out).toContain("Next Update: Nov 26 07:00:00 2026 GMT");
    expect(out).toContain("X509v3 Authority Key Identifier");
    expect(out).toContain("Serial Number: 7A1B2C3D4E5F60718293A4B5C6D7E8F9");
    expect(out).toContain("Key Compromise");
    expect(out).toContain("Serial Number: 0BADC0FFEE");
    const verify = spawnSync(
      "openssl",
      ["crl", "-inform", "DER", "-in", file, "-noout", "-CAfile", ca.issuingPem],
      {
        encoding: "utf8",
      },
    );
    expect(`${verify.stdout}${verify.stderr}`).toContain("verify OK");
  });

  it("makes an empty CRL without a revokedCertificates field", async () => {
    const der = await buildCrl(ca.keys, {
      issuer: await issuerOf(issuingCaRecord(ca)),
      number: 1,
      thisUpdate: new Date(),
      nextUpdate: new Date(Date.now() + 3600_000),
      entries: [],
    });
    const file = join(ca.dir, "empty.crl");
    writeFileSync(file, der);
    const out = execFileSync("openssl", ["crl", "-inform", "DER", "-in", file, "-noout", "-text"], {
      encoding: "utf8",
    });
    expect(out).toContain("No Revoked Certificates");
  });
});

describe("CRL builder, direct DER", () => {
  it("writes entries asn1-x509 reads back to the same values and re-encodes to the same bytes", async () => {
    const { AsnConvert } = await import("@peculiar/asn1-schema");
    const { CertificateList, CRLReason } = await import("@peculiar/asn1-x509");
    const entries = Array.from({ length: 300 }, (_, i) => ({
      serial: (0x7000000000000000n + BigInt(i) * 7919n).toString(16),
      revokedAt: new Date(Date.UTC(2026, 10, 24, 10, 0, i % 120, 500)),
      reason: [0, 1, 4, 5, 9][i % 5]!,
    }));
    const der = await buildCrl(ca.keys, {
      issuer: await issuerOf(issuingCaRecord(ca)),
      number: 7,
      thisUpdate: new Date("2026-11-25T07:00:00Z"),
      nextUpdate: new Date("2050-01-02T07:00:00Z"),
      entries,
    });
    const list = AsnConvert.parse(der, CertificateList);
    expect(Buffer.from(AsnConvert.serialize(list)).equals(Buffer.from(der))).toBe(true);
    const revoked = list.tbsCertList.revokedCertificates ?? [];
    expect(revoked).toHaveLength(300);
    for (const [i, entry] of revoked.entries()) {
      expect(Buffer.from(entry.userCertificate).toString("hex")).toBe(entries[i]!.serial);
      expect(entry.revocationDate.getTime().toISOString()).toBe(
        new Date(Math.floor(entries[i]!.revokedAt.getTime() / 1000) * 1000).toISOString(),
      );
      const reason = entry.crlEntryExtensions?.find((e) => e.extnID === "2.5.29.21");
      if (entries[i]!.reason === 0) expect(reason).toBeUndefined();
      else expect(AsnConvert.parse(reason!.extnValue.buffer, CRLReason).reason).toBe(entries[i]!.reason);
    }
    expect(list.tbsCertList.nextUpdate?.generalTime).toBeInstanceOf(Date);
  });
});
