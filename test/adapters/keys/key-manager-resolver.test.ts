import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createKeyManagerResolver,
  resolvePkcs11Module,
} from "../../../adapters/keys/key-manager-resolver.ts";
import { SoftwareKeyManager } from "../../../adapters/keys/software-key-manager.ts";
import { Pkcs11KeyManager, pinSourceFromSpec, type TokenEvent } from "../../../adapters/pkcs11/index.ts";
import { createSoftHsm, type SoftHsm, testPins } from "../../helpers/softhsm.ts";

let hsm: SoftHsm;
let dir: string;

beforeAll(() => {
  hsm = createSoftHsm();
  hsm.initToken("resolver");
  dir = mkdtempSync(join(tmpdir(), "mm-resolver-"));
});
afterAll(() => {
  hsm?.dispose();
  rmSync(dir, { recursive: true, force: true });
});

describe("key manager resolver", () => {
  it("answers softkey: with the software store and pkcs11: with one PKCS#11 key manager, created at first use", async () => {
    const events: TokenEvent[] = [];
    const pinFile = join(dir, "pin");
    writeFileSync(pinFile, `${testPins.user}\n`);
    const keys = createKeyManagerResolver({
      dataDir: dir,
      pkcs11Settings: {
        module: hsm.module,
        pinSource: pinSourceFromSpec(`file:${pinFile}`),
        onTokenEvent: (e) => events.push(e),
      },
    });
    try {
      expect(keys.forUri("softkey:a")).toBeInstanceOf(SoftwareKeyManager);
      const first = keys.forUri("pkcs11:token=resolver;object=a");
      expect(first).toBeInstanceOf(Pkcs11KeyManager);
      expect(keys.forUri("pkcs11:token=other;object=b")).toBe(first);
      const uri = "pkcs11:token=resolver;object=ca";
      const key = await first.generateKey({ uri, algorithm: { kind: "RSA", modulusLength: 2048 } });
      expect(key.algorithm).toEqual({ kind: "RSA", modulusLength: 2048 });
      const signature = await first.sign({ uri, algorithm: "RSA-SHA256", data: new Uint8Array([1, 2]) });
      expect(signature.length).toBe(256);
      expect(events.map((e) => e.type)).toEqual(expect.arrayContaining(["login_ok", "key_generated"]));
    } finally {
      await keys.close();
    }
  });

  it("refuses a PIN inside a pkcs11: URI before any module is loaded", () => {
    const keys = createKeyManagerResolver({ dataDir: dir, pkcs11Settings: { module: "/nonexistent.so" } });
    expect(() => keys.forUri("pkcs11:token=resolver;object=a?pin-value=123456")).toThrow(
      expect.objectContaining({ code: "pin_in_uri" }),
    );
    expect(() => keys.forUri("file:x")).toThrow(expect.objectContaining({ code: "invalid_key_uri" }));
  });

  it("names a missing module: module_not_found, or pkcs11_unavailable when none is configured or installed", async () => {
    const keys = createKeyManagerResolver({ dataDir: dir, pkcs11Settings: { module: join(dir, "no.so") } });
    expect(() => keys.forUri("pkcs11:token=resolver;object=a")).toThrow(
      expect.objectContaining({ code: "module_not_found" }),
    );
    await keys.close();
    expect(resolvePkcs11Module("/opt/hsm/lib.so")).toBe("/opt/hsm/lib.so");
    // the Debian SoftHSM2 module is the default where it is installed (the test machine has it)
    expect(resolvePkcs11Module(undefined)).toBe("/usr/lib/softhsm/libsofthsm2.so");
  });

  it("reports a wrong PIN from the PIN source as pin_incorrect and a login_failed event", async () => {
    const events: TokenEvent[] = [];
    const keys = createKeyManagerResolver({
      dataDir: dir,
      pkcs11Settings: { module: hsm.module, pinSource: () => "000000", onTokenEvent: (e) => events.push(e) },
    });
    try {
      const uri = "pkcs11:token=resolver;object=ca";
      await expect(keys.forUri(uri).getPublicKey(uri)).rejects.toMatchObject({ code: "pin_incorrect" });
      expect(events).toEqual([expect.objectContaining({ type: "login_failed", code: "pin_incorrect" })]);
    } finally {
      await keys.close();
    }
  });
});
