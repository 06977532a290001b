import "reflect-metadata";
import { spawnSync } from "node:child_process";
import { createHash, webcrypto } from "node:crypto";
import { AsnConvert } from "@peculiar/asn1-schema";
import { SubjectPublicKeyInfo } from "@peculiar/asn1-x509";
import * as x509 from "@peculiar/x509";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createPkcs11KeyManager,
  type Pkcs11KeyManager,
  type TokenEvent,
} from "../../../adapters/pkcs11/index.ts";
import { createSoftHsm, requireTool, type SoftHsm, testPins } from "../../helpers/softhsm.ts";

/** The certificate written onto the card next to its key, as pkcs11-tool (OpenSC) sees it. */
let hsm: SoftHsm;
let keys: Pkcs11KeyManager;
const events: TokenEvent[] = [];
const uri = "pkcs11:token=card;object=1234567890SIGN0";

beforeAll(() => {
  requireTool("pkcs11-tool");
  hsm = createSoftHsm();
  hsm.initToken("card");
  keys = createPkcs11KeyManager({
    module: hsm.module,
    pinSource: () => testPins.user,
    onTokenEvent: (event) => events.push(event),
  });
});

afterAll(async () => {
  await keys?.close();
  hsm?.dispose();
});

/** A certificate for the token's public key, signed by a throw-away software CA. */
async function certificateFor(spki: Uint8Array): Promise<Uint8Array> {
  const algorithm = { name: "RSASSA-PKCS1-v1_5", hash: "SHA-256" };
  const ca = await webcrypto.subtle.generateKey(
    { ...algorithm, modulusLength: 2048, publicExponent: new Uint8Array([1, 0, 1]) },
    false,
    ["sign", "verify"],
  );
  const publicKey = await webcrypto.subtle.importKey("spki", spki, algorithm, true, ["verify"]);
  const certificate = await x509.X509CertificateGenerator.create(
    {
      serialNumber: "0a1b2c3d4e5f6071",
      subject: "2.5.4.5=1234567890, CN=Örnek Ticaret A.Ş",
      issuer: "CN=Test Issuing CA",
      notBefore: new Date("2026-01-01T00:00:00Z"),
      notAfter: new Date("2029-01-01T00:00:00Z"),
      publicKey,
      signingKey: ca.privateKey,
      signingAlgorithm: algorithm,
    },
    webcrypto as unknown as Parameters<typeof x509.X509CertificateGenerator.create>[1],
  );
  return new Uint8Array(certificate.rawData);
}

function listObjects(): string {
  const run = spawnSync(
    "pkcs11-tool",
    ["--module", hsm.module, "--token-label", "card", "--login", "--pin", testPins.user, "--list-objects"],
    { env: { ...process.env }, encoding: "utf8" },
  );
  if (run.status !== 0) throw new Error(`pkcs11-tool failed: ${run.stderr}`);
  return run.stdout;
}

describe("storeCertificate", () => {
  it("writes the certificate with the card label and the key's CKA_ID, visible to pkcs11-tool", async () => {
    const { spki } = await keys.generateKey({ uri, algorithm: { kind: "RSA", modulusLength: 2048 } });
    const der = await certificateFor(spki);
    await keys.storeCertificate(uri, der, "1234567890SIGN0");
    const listing = listObjects();
    const blocks = listing.split(/\n(?=\S)/);
    const cert = blocks.find((b) => b.startsWith("Certificate Object"));
    const key = blocks.find((b) => b.startsWith("Private Key Object"));
    expect(cert).toContain("label:      1234567890SIGN0");
    expect(cert).toContain("serialNumber=1234567890");
    expect(key).toContain("label:      1234567890SIGN0");
    const idOf = (block: string | undefined) => /ID:\s+([0-9a-f]+)/.exec(block ?? "")?.[1];
    expect(idOf(cert)).toBeDefined();
    expect(idOf(cert)).toBe(idOf(key));
    expect(events.map((e) => e.type)).toContain("certificate_stored");
  });

  it("does not write the same certificate twice", async () => {
    const { spki } = await keys.getPublicKey(uri);
    const der = await certificateFor(spki);
    await keys.storeCertificate(uri, der, "1234567890ENC0");
    await keys.storeCertificate(uri, der, "1234567890ENC0");
    const listing = listObjects();
    expect(listing.match(/label:\s+1234567890ENC0\n/g)).toHaveLength(1);
  });

  it("refuses a certificate for another key with certificate_key_mismatch", async () => {
    const other = await keys.generateKey({
      uri: "pkcs11:token=card;object=other",
      algorithm: { kind: "RSA", modulusLength: 2048 },
    });
    const before = listObjects();
    await expect(keys.storeCertificate(uri, await certificateFor(other.spki), "wrong")).rejects.toMatchObject(
      {
        code: "certificate_key_mismatch",
      },
    );
    expect(listObjects()).toBe(before);
  });

  it("gives a key generated without id= the RFC 5280 key identifier (SHA-1 of the public key bits) as CKA_ID", async () => {
    const { spki } = await keys.getPublicKey(uri);
    const bits = AsnConvert.parse(spki, SubjectPublicKeyInfo).subjectPublicKey;
    const ski = createHash("sha1").update(Buffer.from(bits)).digest("hex");
    const key = listObjects()
      .split(/\n(?=\S)/)
      .find((b) => b.startsWith("Private Key Object") && b.includes("label:      1234567890SIGN0"));
    expect(/ID:\s+([0-9a-f]+)/.exec(key ?? "")?.[1]).toBe(ski);
  });

  it("refuses bytes that are not a certificate and a key that is not there, writing nothing", async () => {
    const before = listObjects();
    await expect(keys.storeCertificate(uri, new Uint8Array([1, 2, 3]), "bad")).rejects.toMatchObject({
      code: "invalid_certificate",
    });
    const { spki } = await keys.getPublicKey(uri);
    await expect(
      keys.storeCertificate("pkcs11:token=card;object=missing", await certificateFor(spki), "missing"),
    ).rejects.toMatchObject({ code: "key_not_found" });
    expect(listObjects()).toBe(before);
  });
});
