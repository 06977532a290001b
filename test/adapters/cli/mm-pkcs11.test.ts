import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { projectRoot, runScript } from "../../helpers/processes.ts";
import { createSoftHsm, requireTool, type SoftHsm, testPins } from "../../helpers/softhsm.ts";

/** The operator CLI with keys on SoftHSM tokens: the CA key, a card per subscriber, and `hsm check`. */
let hsm: SoftHsm;
let dir: string;
let pinFile: string;

beforeAll(() => {
  requireTool("pkcs11-tool");
  hsm = createSoftHsm();
  for (const token of ["ca-hsm", "card-3230512384", "customer-hsm"]) hsm.initToken(token);
  dir = mkdtempSync(join(tmpdir(), "mm-cli-pkcs11-"));
  pinFile = join(dir, "pin");
  writeFileSync(pinFile, `${testPins.user}\n`);
});
afterAll(() => {
  hsm?.dispose();
  rmSync(dir, { recursive: true, force: true });
});

async function mm(env: Record<string, string>, ...args: string[]) {
  const run = runScript(
    "adapters/cli/main.ts",
    {
      MM_DATA_DIR: join(dir, "data"),
      DATABASE_URL: "",
      MM_PKCS11_MODULE: hsm.module,
      MM_PKCS11_PIN_SOURCE: `file:${pinFile}`,
      ...env,
    },
    args,
  );
  const code = await run.exited;
  return { code, stdout: run.stdout(), stderr: run.stderr() };
}

/** The objects on a token as `pkcs11-tool --list-objects` prints them. */
function listObjects(token: string): string {
  const run = spawnSync(
    "pkcs11-tool",
    ["--module", hsm.module, "--token-label", token, "--login", "--pin", testPins.user, "--list-objects"],
    { encoding: "utf8" },
  );
  if (run.status !== 0) throw new Error(`pkcs11-tool failed: ${run.stderr}`);
  return run.stdout;
}

describe("operator CLI on PKCS#11 tokens", () => {
  it("ca init --key pkcs11:… creates the issuing CA key on the token; issue --token pkcs11:… puts key and certificates on the card", async () => {
    const init = await mm({}, "ca", "init", "--key", "pkcs11:token=ca-hsm;object=issuing-ca");
    expect(init.stderr).not.toMatch(/\n\s+at /);
    expect(init.code).toBe(0);
    expect(init.stdout).toMatch(/^issuing\t[0-9a-f]+\tpkcs11:token=ca-hsm;object=issuing-ca\t/m);
    expect(listObjects("ca-hsm")).toMatch(/Private Key Object; RSA\s*\n\s*label:\s*issuing-ca/);

    const uri = "pkcs11:token=card-3230512384;object=3230512384";
    const issued = await mm(
      { MM_CA_KEY: "pkcs11:token=ca-hsm;object=issuing-ca" },
      "issue",
      "--vkn",
      "3230512384",
      "--title",
      "Örnek Bilişim A.Ş.",
      "--direct",
      "--token",
      uri,
    );
    expect(issued.stderr).not.toMatch(/\n\s+at /);
    expect(issued.code).toBe(0);
    expect(issued.stdout).toMatch(/^signing\t[0-9a-f]+/m);
    const card = listObjects("card-3230512384");
    expect(card).toMatch(/Private Key Object; RSA\s*\n\s*label:\s*3230512384\n/);
    expect(card).toMatch(/Certificate Object; type = X\.509 cert\s*\n\s*label:\s*3230512384SIGN0\n/);
    expect(card).toMatch(/Certificate Object; type = X\.509 cert\s*\n\s*label:\s*3230512384ENCR0\n/);

    const again = await mm({}, "ca", "init", "--key", "pkcs11:token=ca-hsm;object=other");
    expect(again.code).toBe(0);
    expect(again.stderr).toContain(
      "an issuing CA already exists with the key pkcs11:token=ca-hsm;object=issuing-ca; --key was not used",
    );

    const audit = await mm({}, "audit", "verify");
    expect(audit.code).toBe(0);
    expect(audit.stdout).toMatch(/^audit chain OK: \d+ entries/);
  }, 180_000);

  it("stops on a PIN inside the key URI (never echoed), a bad PIN source or a missing module, naming the variable", async () => {
    const bad = await mm({ MM_CA_KEY: "pkcs11:token=ca-hsm;object=x?pin-value=123456" }, "crl");
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("MM_CA_KEY must not carry a PIN");
    expect(bad.stderr).not.toContain("123456");
    const source = await mm({ MM_PKCS11_PIN_SOURCE: "vault:x" }, "crl");
    expect(source.code).toBe(1);
    expect(source.stderr).toContain(
      "configuration error: MM_PKCS11_PIN_SOURCE must be env:VARIABLE or file:path",
    );
    const module = await mm({ MM_PKCS11_MODULE: join(dir, "missing.so") }, "crl");
    expect(module.code).toBe(1);
    expect(module.stderr).toContain("configuration error: MM_PKCS11_MODULE names no existing file");
  }, 60_000);
});

describe("hsm check (R2.5)", () => {
  it("npm run mm -- hsm check --help describes the command and its options", async () => {
    const child = spawn("npm", ["run", "--silent", "mm", "--", "hsm", "check", "--help"], {
      cwd: projectRoot,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.on("data", (d) => {
      out += d;
    });
    const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
    expect(code).toBe(0);
    expect(out).toContain("Usage: mm hsm check [options]");
    expect(out).toContain("R2.5");
    for (const option of ["--module <lib.so>", "--token <label>", "--pin-source <source>"])
      expect(out).toContain(option);
  }, 60_000);

  it("prints a verdict per requirement against SoftHSM and exits 0", async () => {
    const run = await mm({}, "hsm", "check", "--token", "customer-hsm");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    const verdicts = run.stdout.split("\n").filter((line) => /^\[(PASS|FAIL|NOT PROBED)\]/.test(line));
    expect(verdicts.filter((l) => l.startsWith("[PASS]")).length).toBeGreaterThanOrEqual(3);
    expect(verdicts.some((l) => /RSA/.test(l) && /2048/.test(l))).toBe(true);
    expect(verdicts.some((l) => /SHA-256/.test(l))).toBe(true);
    expect(verdicts.some((l) => /SHA-512/.test(l))).toBe(true);
    expect(verdicts.some((l) => l.startsWith("[NOT PROBED]"))).toBe(true);
    expect(run.stdout).toMatch(/^Verdict: the module meets every requirement that can be probed/m);
  }, 60_000);

  it("fails with one coded line for a wrong PIN and for a missing token", async () => {
    const wrong = await mm(
      { MM_WRONG_PIN: "999999" },
      "hsm",
      "check",
      "--token",
      "customer-hsm",
      "--pin-source",
      "env:MM_WRONG_PIN",
    );
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/^mm: .*\[pin_incorrect\]\n$/);
    const missing = await mm({}, "hsm", "check", "--token", "no-such-card");
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^mm: .*\[token_not_found\]\n$/);
  }, 60_000);
});
