import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { loadAuditKey } from "../../../adapters/keys/audit-key.ts";
import { loadDataFolderSecret } from "../../../adapters/keys/data-folder-secret.ts";
import { loadOtpSecret } from "../../../adapters/ra/otp-secret.ts";

const mode = (path: string) => statSync(path).mode & 0o777;
const hex = (key: Uint8Array) => Buffer.from(key).toString("hex");

describe("data-folder secrets", () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), "mm-secret-"));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it("creates a random 32-byte key in <data>/secrets/<name>, the folder 0700 and the file 0600", () => {
    const key = loadDataFolderSecret({ dataDir, name: "otp.key" });
    const file = join(dataDir, "secrets", "otp.key");
    expect(key).toHaveLength(32);
    expect(readFileSync(file, "utf8")).toBe(hex(key));
    expect(mode(file)).toBe(0o600);
    expect(mode(join(dataDir, "secrets"))).toBe(0o700);
    expect(hex(loadDataFolderSecret({ dataDir, name: "audit.key" }))).not.toBe(hex(key));
  });

  it("reuses the key on later starts and sets a loosened file back to 0600", () => {
    const first = loadDataFolderSecret({ dataDir, name: "otp.key" });
    const file = join(dataDir, "secrets", "otp.key");
    chmodSync(file, 0o644);
    expect(hex(loadDataFolderSecret({ dataDir, name: "otp.key" }))).toBe(hex(first));
    expect(mode(file)).toBe(0o600);
  });

  it("reads a key an operator put in the file", () => {
    loadDataFolderSecret({ dataDir, name: "otp.key" });
    writeFileSync(join(dataDir, "secrets", "otp.key"), `${"ab".repeat(32)}\n`);
    expect(hex(loadDataFolderSecret({ dataDir, name: "otp.key" }))).toBe("ab".repeat(32));
  });

  it("takes the environment's value over the file, and makes no file for it", () => {
    expect(
      new TextDecoder().decode(loadDataFolderSecret({ dataDir, name: "otp.key", fromEnv: "s3cret" })),
    ).toBe("s3cret");
    expect(() => statSync(join(dataDir, "secrets", "otp.key"))).toThrow();
    const fromFile = loadDataFolderSecret({ dataDir, name: "otp.key" });
    expect(hex(loadDataFolderSecret({ dataDir, name: "otp.key", fromEnv: "" }))).toBe(hex(fromFile));
  });

  it("is where the OTP secret comes from: MM_OTP_SECRET, else <data>/secrets/otp.key", () => {
    expect(new TextDecoder().decode(loadOtpSecret(dataDir, "from-env"))).toBe("from-env");
    const key = loadOtpSecret(dataDir);
    expect(readFileSync(join(dataDir, "secrets", "otp.key"), "utf8")).toBe(hex(key));
    expect(hex(loadOtpSecret(dataDir))).toBe(hex(key));
  });

  it("is where the audit key comes from last: MM_AUDIT_KEY, the passphrase, then (development) <data>/secrets/audit.key", async () => {
    const env = await loadAuditKey({ auditKey: "k", passphrase: "p", production: true, dataDir });
    expect(env.source).toBe("MM_AUDIT_KEY");
    const derived = await loadAuditKey({ passphrase: "p", production: true, dataDir });
    expect(derived.source).toBe("passphrase");
    await expect(loadAuditKey({ production: true, dataDir })).rejects.toMatchObject({
      code: "audit_key_missing",
    });
    expect(() => statSync(join(dataDir, "secrets", "audit.key"))).toThrow();
    const development = await loadAuditKey({ production: false, dataDir });
    expect(development.source).toBe("development");
    const file = join(dataDir, "secrets", "audit.key");
    expect(readFileSync(file, "utf8")).toBe(hex(development.key));
    expect(mode(file)).toBe(0o600);
    expect(hex((await loadAuditKey({ production: false, dataDir })).key)).toBe(hex(development.key));
  });
});
