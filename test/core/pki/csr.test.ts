import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SoftwareKeyManager } from "../../../adapters/keys/software-key-manager.ts";
import { nameDer } from "../../../core/pki/certificate-builder.ts";
import { createCsr, verifyCsr } from "../../../core/pki/csr.ts";
import { buildName } from "../../../core/pki/distinguished-name.ts";
import { toPem } from "../../../core/pki/pem.ts";
import { createTestCa, type TestCa } from "../../helpers/test-ca.ts";

let ca: TestCa;
let keys: SoftwareKeyManager;
beforeAll(async () => {
  ca = await createTestCa();
  keys = ca.keys;
});
afterAll(() => ca.dispose());

const subject = nameDer(
  buildName([
    { type: "serialNumber", value: "3230512384" },
    { type: "commonName", value: "ÖRNEK BİLİŞİM A.Ş." },
  ]),
);

function csrPem(der: Uint8Array, name: string): string {
  const file = join(ca.dir, name);
  writeFileSync(file, toPem(der).replaceAll("CERTIFICATE", "CERTIFICATE REQUEST"));
  return file;
}

describe("PKCS#10 proof of possession", () => {
  for (const algorithm of [
    { kind: "RSA", modulusLength: 2048 },
    { kind: "EC", namedCurve: "P-256" },
    { kind: "EC", namedCurve: "P-384" },
  ] as const) {
    it(`makes a ${algorithm.kind} ${"namedCurve" in algorithm ? algorithm.namedCurve : "2048"} request openssl verifies, and verifies it itself`, async () => {
      const uri = `softkey:csr-${algorithm.kind}-${"namedCurve" in algorithm ? algorithm.namedCurve : "rsa"}`;
      const key = await keys.generateKey({ uri, algorithm });
      const csr = await createCsr(keys, uri, key, subject);
      const out = execFileSync(
        "openssl",
        [
          "req",
          "-in",
          csrPem(csr, `${uri.slice(8)}.csr`),
          "-verify",
          "-noout",
          "-subject",
          "-nameopt",
          "utf8",
        ],
        { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] },
      );
      expect(out).toContain("serialNumber=3230512384");
      const verified = await verifyCsr(csr);
      expect(Buffer.from(verified.spki).equals(Buffer.from(key.spki))).toBe(true);
      expect(Buffer.from(verified.subjectDer).equals(Buffer.from(subject))).toBe(true);
    });
  }

  it("refuses a request whose signature fails (csr_signature_invalid) and garbage (csr_invalid)", async () => {
    const key = await keys.generateKey({
      uri: "softkey:csr-tamper",
      algorithm: { kind: "RSA", modulusLength: 2048 },
    });
    const csr = await createCsr(keys, "softkey:csr-tamper", key, subject);
    const tampered = csr.slice();
    tampered[tampered.length - 10]! ^= 0x01; // a bit of the signature
    await expect(verifyCsr(tampered)).rejects.toMatchObject({ code: "csr_signature_invalid", field: "csr" });
    const otherSubject = csr.slice();
    const at = Buffer.from(otherSubject).indexOf(Buffer.from("3230512384"));
    otherSubject[at] = "4".charCodeAt(0); // the signed data changed
    await expect(verifyCsr(otherSubject)).rejects.toMatchObject({ code: "csr_signature_invalid" });
    await expect(verifyCsr(new Uint8Array([0x30, 0x03, 1, 2, 3]))).rejects.toMatchObject({
      code: "csr_invalid",
    });
    await expect(verifyCsr(new Uint8Array(0))).rejects.toMatchObject({ code: "csr_invalid" });
  });
});
