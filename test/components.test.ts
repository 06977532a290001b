import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { assertPostgresReachable } from "./helpers/databases.ts";

/**
 * The real components the suite runs against. Each is required: a missing one fails here with the
 * package that provides it, whatever other suites then report.
 */
const tools: [string, string[], string][] = [
  ["softhsm2-util", ["--version"], "softhsm2"],
  ["pkcs11-tool", ["--help"], "opensc"],
  ["openssl", ["version"], "openssl"],
  ["chromium", ["--version"], "chromium"],
];

describe("required components", () => {
  it.each(tools)("%s is installed (Debian package %s)", (command, args, pkg) => {
    let output = "";
    try {
      output = execFileSync(command, args, {
        encoding: "utf8",
        stdio: ["ignore", "pipe", "pipe"],
        timeout: 30_000,
      });
    } catch (error) {
      const e = error as { code?: string; stdout?: string; stderr?: string };
      if (e.code === "ENOENT")
        throw new Error(`${command} is missing: run npm run setup (apt-get install ${pkg})`);
      output = `${e.stdout ?? ""}${e.stderr ?? ""}`;
    }
    expect(output.length).toBeGreaterThan(0);
  });

  it("the SoftHSM2 PKCS#11 module is present", () => {
    expect(existsSync("/usr/lib/softhsm/libsofthsm2.so")).toBe(true);
  });

  it("PostgreSQL answers at 127.0.0.1:5432", async () => {
    await assertPostgresReachable();
  });
});
