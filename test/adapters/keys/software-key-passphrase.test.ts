import { verify } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { keyPassphraseFrom } from "../../../adapters/keys/key-passphrase.ts";
import { publicKeyFromSpki, SoftwareKeyManager } from "../../../adapters/keys/software-key-manager.ts";
import { KeyManagerError } from "../../../core/errors/domain-error.ts";

const dirs: string[] = [];
const freshDir = () => {
  const dir = mkdtempSync(join(tmpdir(), "mm-softkey-pass-"));
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const ec = { kind: "EC", namedCurve: "P-256" } as const;
const data = new TextEncoder().encode("e-Fatura");

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(KeyManagerError);
    return (e as KeyManagerError).code;
  }
  return "no error";
}

describe("software key store under a passphrase", () => {
  it("derives the master key from the passphrase and never stores it beside the keys", async () => {
    const dir = freshDir();
    const keys = new SoftwareKeyManager(dir, { passphrase: "doğru at pil zımba" });
    const { spki } = await keys.generateKey({ uri: "softkey:issuing", algorithm: ec });
    const files = readdirSync(join(dir, "keys")).sort();
    expect(files).toEqual(["issuing.json", "kdf.json"]);
    expect(JSON.parse(readFileSync(join(dir, "keys", "kdf.json"), "utf8"))).toMatchObject({ kdf: "scrypt" });
    // a restart with the passphrase signs; without it or with another it is refused, coded
    const again = new SoftwareKeyManager(dir, { passphrase: "doğru at pil zımba" });
    const sig = await again.sign({ uri: "softkey:issuing", algorithm: "ECDSA-SHA256", data });
    expect(verify("sha256", data, publicKeyFromSpki(spki), sig)).toBe(true);
    expect(
      await codeOf(
        new SoftwareKeyManager(dir, { passphrase: "yanlış" }).sign({
          uri: "softkey:issuing",
          algorithm: "ECDSA-SHA256",
          data,
        }),
      ),
    ).toBe("key_passphrase_wrong");
    expect(
      await codeOf(
        new SoftwareKeyManager(dir).sign({ uri: "softkey:issuing", algorithm: "ECDSA-SHA256", data }),
      ),
    ).toBe("key_passphrase_missing");
    expect(existsSync(join(dir, "keys", "master.key"))).toBe(false);
  });

  it("migrates a store sealed under a stored master key at the first start with a passphrase", async () => {
    const dir = freshDir();
    const old = new SoftwareKeyManager(dir);
    const { spki } = await old.generateKey({ uri: "softkey:root-ca", algorithm: ec });
    await old.storeCertificate("softkey:root-ca", new Uint8Array([1, 2, 3]), "root");
    expect(existsSync(join(dir, "keys", "master.key"))).toBe(true);
    const migrated = new SoftwareKeyManager(dir, { passphrase: "uzun bir parola" });
    const sig = await migrated.sign({ uri: "softkey:root-ca", algorithm: "ECDSA-SHA256", data });
    expect(verify("sha256", data, publicKeyFromSpki(spki), sig)).toBe(true);
    expect(existsSync(join(dir, "keys", "master.key"))).toBe(false);
    expect(JSON.parse(readFileSync(join(dir, "keys", "root-ca.json"), "utf8")).kek).toBe("passphrase");
    const restarted = new SoftwareKeyManager(dir, { passphrase: "uzun bir parola" });
    await expect(
      restarted.sign({ uri: "softkey:root-ca", algorithm: "ECDSA-SHA256", data }),
    ).resolves.toBeTruthy();
  });

  it("refuses to work without a passphrase when one is required (production)", async () => {
    const dir = freshDir();
    const keys = new SoftwareKeyManager(dir, { requirePassphrase: true });
    expect(await codeOf(keys.generateKey({ uri: "softkey:x", algorithm: ec }))).toBe(
      "key_passphrase_missing",
    );
    expect(existsSync(join(dir, "keys", "master.key"))).toBe(false);
  });

  it("reads the passphrase from MM_KEY_PASSPHRASE, an env: or a file: source", () => {
    const dir = freshDir();
    writeFileSync(join(dir, "pass"), "dosyadaki parola\nrest");
    process.env.MM_TEST_KEY_PASS = "ortamdaki";
    try {
      expect(keyPassphraseFrom({ MM_KEY_PASSPHRASE: "düz" })).toBe("düz");
      expect(keyPassphraseFrom({ MM_KEY_PASSPHRASE_SOURCE: "env:MM_TEST_KEY_PASS" })).toBe("ortamdaki");
      expect(keyPassphraseFrom({ MM_KEY_PASSPHRASE_SOURCE: `file:${join(dir, "pass")}` })).toBe(
        "dosyadaki parola",
      );
      expect(keyPassphraseFrom({})).toBeUndefined();
      expect(() => keyPassphraseFrom({ MM_KEY_PASSPHRASE_SOURCE: "env:MM_TEST_ABSENT_VAR" })).toThrow(
        /MM_TEST_ABSENT_VAR/,
      );
      expect(() => keyPassphraseFrom({ MM_KEY_PASSPHRASE_SOURCE: `file:${join(dir, "none")}` })).toThrow(
        KeyManagerError,
      );
    } finally {
      delete process.env.MM_TEST_KEY_PASS;
    }
  });
});
