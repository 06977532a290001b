import { verify } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { publicKeyFromSpki, SoftwareKeyManager } from "../../../adapters/keys/software-key-manager.ts";
import { KeyManagerError } from "../../../core/errors/domain-error.ts";

const dir = mkdtempSync(join(tmpdir(), "mm-softkey-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("software key manager (embedded default)", () => {
  it.each([
    [{ kind: "RSA", modulusLength: 2048 } as const, "RSA-SHA256" as const, "sha256"],
    [{ kind: "RSA", modulusLength: 3072 } as const, "RSA-SHA512" as const, "sha512"],
    [{ kind: "EC", namedCurve: "P-256" } as const, "ECDSA-SHA256" as const, "sha256"],
    [{ kind: "EC", namedCurve: "P-384" } as const, "ECDSA-SHA384" as const, "sha384"],
  ])("generates %o keys and signs with %s verifiably", async (algorithm, signature, hash) => {
    const keys = new SoftwareKeyManager(dir);
    const uri = `softkey:k-${algorithm.kind}-${"modulusLength" in algorithm ? algorithm.modulusLength : algorithm.namedCurve}`;
    const { spki } = await keys.generateKey({ uri, algorithm });
    const data = new TextEncoder().encode("e-Fatura");
    const sig = await keys.sign({ uri, algorithm: signature, data });
    expect(verify(hash, data, publicKeyFromSpki(spki), sig)).toBe(true);
    // a second manager (a restart) reads the sealed key back
    const again = new SoftwareKeyManager(dir);
    expect(
      verify(hash, data, publicKeyFromSpki(spki), await again.sign({ uri, algorithm: signature, data })),
    ).toBe(true);
  });

  it("keeps private keys encrypted at rest, the master key readable by the owner only", async () => {
    const keys = new SoftwareKeyManager(dir);
    await keys.generateKey({ uri: "softkey:sealed", algorithm: { kind: "RSA", modulusLength: 2048 } });
    const stored = readFileSync(join(dir, "keys", "sealed.json"), "utf8");
    expect(stored).not.toContain("PRIVATE KEY");
    expect(JSON.parse(stored).sealed.length).toBeGreaterThan(1000);
    expect(statSync(join(dir, "keys", "master.key")).mode & 0o077).toBe(0);
    expect(readdirSync(join(dir, "keys")).some((f) => f.endsWith(".tmp"))).toBe(false);
  });

  it("answers coded errors for a bad URI, an existing key, a missing key and a wrong algorithm", async () => {
    const keys = new SoftwareKeyManager(dir);
    const code = async (p: Promise<unknown>) => {
      try {
        await p;
      } catch (e) {
        expect(e).toBeInstanceOf(KeyManagerError);
        return (e as KeyManagerError).code;
      }
      return "no error";
    };
    expect(await code(keys.getPublicKey("softkey:../etc/passwd"))).toBe("invalid_key_uri");
    expect(await code(keys.getPublicKey("softkey:absent"))).toBe("key_not_found");
    await keys.generateKey({ uri: "softkey:once", algorithm: { kind: "EC", namedCurve: "P-256" } });
    expect(
      await code(keys.generateKey({ uri: "softkey:once", algorithm: { kind: "EC", namedCurve: "P-256" } })),
    ).toBe("key_exists");
    expect(
      await code(keys.sign({ uri: "softkey:once", algorithm: "RSA-SHA256", data: new Uint8Array(1) })),
    ).toBe("mechanism_unsupported");
  });
});
