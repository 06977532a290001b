/**
 * The KeyManager port's contract (core/ports/key-manager.ts), one suite run over the software key
 * store (`softkey:`) and the PKCS#11 key manager on SoftHSM2 (`pkcs11:`), as step-ca runs one
 * contract over its key managers. Token-specific behaviour (key attributes, ids, a missing token)
 * stays in test/adapters/pkcs11/key-manager-contract.test.ts.
 */
import { createPublicKey, verify } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SoftwareKeyManager } from "../../adapters/keys/software-key-manager.ts";
import { createPkcs11KeyManager } from "../../adapters/pkcs11/index.ts";
import type { KeyAlgorithm, KeyManager, SignatureAlgorithm } from "../../core/ports/key-manager.ts";
import { createSoftHsm, type SoftHsm, testPins } from "../helpers/softhsm.ts";

interface Implementation {
  name: string;
  open(): { keys: KeyManager & { close?(): Promise<void> }; uriOf(label: string): string; dispose(): void };
}

const implementations: Implementation[] = [
  {
    name: "software (softkey:)",
    open() {
      const dir = mkdtempSync(join(tmpdir(), "mm-keys-contract-"));
      return {
        keys: new SoftwareKeyManager(dir, { passphrase: "contract passphrase for the test" }),
        uriOf: (label) => `softkey:${label}`,
        dispose: () => rmSync(dir, { recursive: true, force: true }),
      };
    },
  },
  {
    name: "PKCS#11 (SoftHSM2)",
    open() {
      const hsm: SoftHsm = createSoftHsm();
      hsm.initToken("port-contract");
      return {
        keys: createPkcs11KeyManager({ module: hsm.module, pinSource: () => testPins.user }),
        uriOf: (label) => `pkcs11:token=port-contract;object=${label};type=private`,
        dispose: () => hsm.dispose(),
      };
    },
  },
];

const cases: Array<{ algorithm: KeyAlgorithm; signatures: SignatureAlgorithm[]; type: string }> = [
  {
    algorithm: { kind: "RSA", modulusLength: 2048 },
    signatures: ["RSA-SHA256", "RSA-SHA384", "RSA-SHA512"],
    type: "rsa",
  },
  { algorithm: { kind: "RSA", modulusLength: 4096 }, signatures: ["RSA-SHA512"], type: "rsa" },
  { algorithm: { kind: "EC", namedCurve: "P-256" }, signatures: ["ECDSA-SHA256"], type: "ec" },
  { algorithm: { kind: "EC", namedCurve: "P-384" }, signatures: ["ECDSA-SHA384"], type: "ec" },
];

const hashOf = (algorithm: SignatureAlgorithm): string => `sha${algorithm.slice(-3)}`;
const labelOf = (algorithm: KeyAlgorithm): string =>
  algorithm.kind === "RSA" ? `rsa${algorithm.modulusLength}` : `ec${algorithm.namedCurve}`;

describe.each(implementations)("KeyManager contract: $name", (implementation) => {
  let opened: ReturnType<Implementation["open"]>;
  beforeAll(() => {
    opened = implementation.open();
  });
  afterAll(async () => {
    await opened?.keys.close?.();
    opened?.dispose();
  });

  describe.each(cases)(
    "$algorithm.kind $algorithm.modulusLength$algorithm.namedCurve",
    ({ algorithm, signatures, type }) => {
      it("generates a key whose SPKI node:crypto reads, and returns the same public key later", async () => {
        const uri = opened.uriOf(labelOf(algorithm));
        const info = await opened.keys.generateKey({ uri, algorithm });
        const key = createPublicKey({ key: Buffer.from(info.spki), format: "der", type: "spki" });
        expect(key.asymmetricKeyType).toBe(type);
        if (algorithm.kind === "RSA")
          expect(key.asymmetricKeyDetails?.modulusLength).toBe(algorithm.modulusLength);
        const again = await opened.keys.getPublicKey(uri);
        expect(Buffer.from(again.spki).equals(Buffer.from(info.spki))).toBe(true);
      });

      it("refuses a second key under the same URI with key_exists", async () => {
        const uri = opened.uriOf(labelOf(algorithm));
        await expect(opened.keys.generateKey({ uri, algorithm })).rejects.toMatchObject({
          code: "key_exists",
        });
      });

      it.each(signatures)(
        "signs with %s, and node:crypto verifies it (and only for the signed data)",
        async (signature) => {
          const uri = opened.uriOf(labelOf(algorithm));
          const data = Buffer.from(`mali mühür ${signature}`);
          const sig = await opened.keys.sign({ uri, algorithm: signature, data });
          const key = createPublicKey({
            key: Buffer.from((await opened.keys.getPublicKey(uri)).spki),
            format: "der",
            type: "spki",
          });
          expect(verify(hashOf(signature), data, key, Buffer.from(sig))).toBe(true);
          expect(verify(hashOf(signature), Buffer.from("other data"), key, Buffer.from(sig))).toBe(false);
        },
      );
    },
  );

  it("answers key_not_found for a key that does not exist", async () => {
    const uri = opened.uriOf("nothing-here");
    await expect(opened.keys.getPublicKey(uri)).rejects.toMatchObject({ code: "key_not_found" });
    await expect(
      opened.keys.sign({ uri, algorithm: "RSA-SHA256", data: Buffer.from("x") }),
    ).rejects.toMatchObject({ code: "key_not_found" });
  });

  it("signs many requests at once, each verifiable", async () => {
    const uri = opened.uriOf("parallel");
    await opened.keys.generateKey({ uri, algorithm: { kind: "EC", namedCurve: "P-256" } });
    const key = createPublicKey({
      key: Buffer.from((await opened.keys.getPublicKey(uri)).spki),
      format: "der",
      type: "spki",
    });
    const data = Array.from({ length: 24 }, (_, i) => Buffer.from(`parallel ${i}`));
    const sigs = await Promise.all(
      data.map((d) => opened.keys.sign({ uri, algorithm: "ECDSA-SHA256", data: d })),
    );
    expect(sigs.map((sig, i) => verify("sha256", data[i]!, key, Buffer.from(sig)))).toEqual(
      data.map(() => true),
    );
  });
});
