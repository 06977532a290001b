import { createPublicKey, verify } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPkcs11KeyManager, type Pkcs11KeyManager } from "../../../adapters/pkcs11/index.ts";
import type { KeyAlgorithm, SignatureAlgorithm } from "../../../core/ports/key-manager.ts";
import { createSoftHsm, type SoftHsm, testPins } from "../../helpers/softhsm.ts";

/** The KeyManager port's contract, run against SoftHSM2 through the PKCS#11 adapter. */
let hsm: SoftHsm;
let keys: Pkcs11KeyManager;

beforeAll(() => {
  hsm = createSoftHsm();
  hsm.initToken("contract");
  keys = createPkcs11KeyManager({ module: hsm.module, pinSource: () => testPins.user });
});

afterAll(async () => {
  await keys?.close();
  hsm?.dispose();
});

const cases: Array<{ algorithm: KeyAlgorithm; signatures: SignatureAlgorithm[]; oid: string }> = [
  {
    algorithm: { kind: "RSA", modulusLength: 2048 },
    signatures: ["RSA-SHA256", "RSA-SHA384", "RSA-SHA512"],
    oid: "rsa",
  },
  { algorithm: { kind: "RSA", modulusLength: 3072 }, signatures: ["RSA-SHA256"], oid: "rsa" },
  { algorithm: { kind: "RSA", modulusLength: 4096 }, signatures: ["RSA-SHA512"], oid: "rsa" },
  { algorithm: { kind: "EC", namedCurve: "P-256" }, signatures: ["ECDSA-SHA256"], oid: "ec" },
  { algorithm: { kind: "EC", namedCurve: "P-384" }, signatures: ["ECDSA-SHA384", "ECDSA-SHA256"], oid: "ec" },
];

const hashOf = (algorithm: SignatureAlgorithm): string => `sha${algorithm.slice(-3)}`;

describe("PKCS#11 key manager contract (SoftHSM2)", () => {
  describe.each(cases)(
    "$algorithm.kind $algorithm.modulusLength$algorithm.namedCurve",
    ({ algorithm, signatures, oid }) => {
      const name = algorithm.kind === "RSA" ? `rsa${algorithm.modulusLength}` : `ec${algorithm.namedCurve}`;
      const uri = `pkcs11:token=contract;object=${name};type=private`;

      it("generates a key whose SPKI node:crypto reads, with the requested size or curve", async () => {
        const info = await keys.generateKey({ uri, algorithm });
        expect(info.algorithm).toEqual(algorithm);
        const key = createPublicKey({ key: Buffer.from(info.spki), format: "der", type: "spki" });
        expect(key.asymmetricKeyType).toBe(oid);
        if (algorithm.kind === "RSA")
          expect(key.asymmetricKeyDetails?.modulusLength).toBe(algorithm.modulusLength);
        else
          expect(key.asymmetricKeyDetails?.namedCurve).toBe(
            algorithm.namedCurve === "P-256" ? "prime256v1" : "secp384r1",
          );
        const again = await keys.getPublicKey(uri);
        expect(Buffer.from(again.spki).equals(Buffer.from(info.spki))).toBe(true);
      });

      it("refuses a second key under the same URI with key_exists", async () => {
        await expect(keys.generateKey({ uri, algorithm })).rejects.toMatchObject({ code: "key_exists" });
      });

      it.each(signatures)("signs with %s and node:crypto verifies the signature", async (signature) => {
        const data = Buffer.from(`to be signed with ${name} ${signature}`);
        const sig = await keys.sign({ uri, algorithm: signature, data });
        const { spki } = await keys.getPublicKey(uri);
        const key = createPublicKey({ key: Buffer.from(spki), format: "der", type: "spki" });
        expect(verify(hashOf(signature), data, key, Buffer.from(sig))).toBe(true);
        expect(verify(hashOf(signature), Buffer.from("other data"), key, Buffer.from(sig))).toBe(false);
      });
    },
  );

  it("refuses an RSA signature with an EC key as mechanism_unsupported", async () => {
    await expect(
      keys.sign({
        uri: "pkcs11:token=contract;object=ecP-256",
        algorithm: "RSA-SHA256",
        data: Buffer.from("x"),
      }),
    ).rejects.toMatchObject({ code: "mechanism_unsupported" });
  });

  it("refuses an unknown signature algorithm as mechanism_unsupported", async () => {
    await expect(
      keys.sign({
        uri: "pkcs11:token=contract;object=rsa2048",
        algorithm: "RSA-MD5" as SignatureAlgorithm,
        data: Buffer.from("x"),
      }),
    ).rejects.toMatchObject({ code: "mechanism_unsupported" });
  });

  it("answers key_not_found for a missing key and token_not_found for a missing token", async () => {
    await expect(
      keys.sign({
        uri: "pkcs11:token=contract;object=nothing",
        algorithm: "RSA-SHA256",
        data: Buffer.from("x"),
      }),
    ).rejects.toMatchObject({ code: "key_not_found" });
    await expect(keys.getPublicKey("pkcs11:token=contract;object=nothing")).rejects.toMatchObject({
      code: "key_not_found",
    });
    await expect(
      keys.sign({
        uri: "pkcs11:token=no-such-card;object=rsa2048",
        algorithm: "RSA-SHA256",
        data: Buffer.from("x"),
      }),
    ).rejects.toMatchObject({ code: "token_not_found" });
  });

  it("finds a key by its id alone once it was generated with one", async () => {
    const uri = "pkcs11:token=contract;object=with-id;id=%0a%0b%0c";
    await keys.generateKey({ uri, algorithm: { kind: "EC", namedCurve: "P-256" } });
    const sig = await keys.sign({
      uri: "pkcs11:token=contract;id=%0A%0B%0C",
      algorithm: "ECDSA-SHA256",
      data: Buffer.from("y"),
    });
    const { spki } = await keys.getPublicKey(uri);
    expect(
      verify(
        "sha256",
        Buffer.from("y"),
        createPublicKey({ key: Buffer.from(spki), format: "der", type: "spki" }),
        Buffer.from(sig),
      ),
    ).toBe(true);
  });

  it("creates private keys that are sensitive, not extractable and on the token", async () => {
    const { ck } = await import("../../../adapters/pkcs11/index.ts");
    const b = keys.binding;
    const slot = b.C_GetSlotList(true).find((s) => b.C_GetTokenInfo(s).label.trim() === "contract")!;
    const session = b.C_OpenSession(slot, ck.CKF_SERIAL_SESSION);
    try {
      b.C_FindObjectsInit(session, [
        { type: ck.CKA_CLASS, value: ck.CKO_PRIVATE_KEY },
        { type: ck.CKA_LABEL, value: "rsa2048" },
      ]);
      const [key] = b.C_FindObjects(session, 1);
      b.C_FindObjectsFinal(session);
      const attrs = b.C_GetAttributeValue(session, key!, [
        { type: ck.CKA_SENSITIVE },
        { type: ck.CKA_EXTRACTABLE },
        { type: ck.CKA_TOKEN },
      ]);
      expect(attrs.map((a) => a.value[0])).toEqual([1, 0, 1]);
    } finally {
      b.C_CloseSession(session);
    }
  });
});
