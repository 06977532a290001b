import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hsmCommand, runHsmCheck } from "../../../adapters/cli/commands/hsm-check.ts";
import { checkHsm } from "../../../adapters/pkcs11/hsm-check.ts";
import { ck, createPkcs11KeyManager } from "../../../adapters/pkcs11/index.ts";
import { createSoftHsm, requireTool, type SoftHsm, testPins } from "../../helpers/softhsm.ts";
import { createTokenDouble, loadRealBinding } from "../../helpers/token-double.ts";

/** `hsm check` against SoftHSM2: a verdict per R2.5 requirement, and nothing left on the token. */
let hsm: SoftHsm;

beforeAll(() => {
  requireTool("pkcs11-tool");
  hsm = createSoftHsm();
  hsm.initToken("customer-hsm");
});

afterAll(() => hsm?.dispose());

function objectCount(): number {
  const run = spawnSync(
    "pkcs11-tool",
    [
      "--module",
      hsm.module,
      "--token-label",
      "customer-hsm",
      "--login",
      "--pin",
      testPins.user,
      "--list-objects",
    ],
    { encoding: "utf8" },
  );
  if (run.status !== 0) throw new Error(`pkcs11-tool failed: ${run.stderr}`);
  return (run.stdout.match(/Object;/g) ?? []).length;
}

describe("hsm check", () => {
  it("passes SoftHSM on RSA 2048–4096 generation and SHA-256/SHA-512 signing, states certification is not probed", async () => {
    process.env.MM_TEST_HSM_PIN = testPins.user;
    let output = "";
    const passed = await runHsmCheck(
      { module: hsm.module, token: "customer-hsm", pinSource: "env:MM_TEST_HSM_PIN" },
      (text) => {
        output += text;
      },
    );
    expect(passed).toBe(true);
    const lines = output.trim().split("\n");
    expect(lines[0]).toContain('token "customer-hsm"');
    expect(lines[1]).toMatch(
      /^\[PASS\] R2\.5 RSA 2048–4096 bit key generation: CKM_RSA_PKCS_KEY_PAIR_GEN covers \d+–\d+ bits; a temporary RSA-2048 key pair was generated/,
    );
    expect(lines[2]).toMatch(/^\[PASS\] R2\.5 SHA-256 RSA signing \(CKM_SHA256_RSA_PKCS\): .*verified/);
    expect(lines[3]).toMatch(/^\[PASS\] R2\.5 SHA-512 RSA signing \(CKM_SHA512_RSA_PKCS\): .*verified/);
    expect(lines[4]).toMatch(
      /^\[NOT PROBED\] R2\.5 FIPS 140-2 Level 3 or 4, or Common Criteria EAL4\+ certification: not probed.*Ask the customer/,
    );
    expect(lines[5]).toMatch(/^Verdict: the module meets every requirement that can be probed/);
    expect(objectCount()).toBe(0);
  });

  it("fails the requirements a module does not meet (a double that lacks SHA-512 and caps RSA at 2048 bits)", async () => {
    const real = loadRealBinding(hsm.module);
    const double = createTokenDouble(real);
    const binding = new Proxy(double.binding, {
      get(target, property, receiver) {
        if (property === "C_GetMechanismInfo")
          return (slot: Buffer, mechanism: number) => {
            if (mechanism === ck.CKM_SHA512_RSA_PKCS)
              throw new ck.Pkcs11Error(
                `CKR_MECHANISM_INVALID:${ck.CKR_MECHANISM_INVALID}`,
                ck.CKR_MECHANISM_INVALID,
              );
            const info = target.C_GetMechanismInfo(slot, mechanism);
            return mechanism === ck.CKM_RSA_PKCS_KEY_PAIR_GEN ? { ...info, maxKeySize: 2048 } : info;
          };
        const value = Reflect.get(target, property, receiver);
        return typeof value === "function" ? value.bind(target) : value;
      },
    });
    const report = await checkHsm({
      module: hsm.module,
      token: "customer-hsm",
      pinSource: () => testPins.user,
      binding,
    });
    real.C_Finalize();
    expect(report.passed).toBe(false);
    expect(report.results.map((r) => [r.id, r.verdict])).toEqual([
      ["rsa-keygen", "FAIL"],
      ["sha256-rsa", "FAIL"],
      ["sha512-rsa", "FAIL"],
      ["certification", "NOT_PROBED"],
    ]);
    expect(report.results[0]?.detail).toContain("not the whole 2048–4096 range");
    expect(report.results[2]?.detail).toContain("CKR_MECHANISM_INVALID");
  });

  it("refuses a missing token, a wrong PIN and a missing module with coded errors", async () => {
    await expect(
      checkHsm({ module: hsm.module, token: "no-such-token", pinSource: () => testPins.user }),
    ).rejects.toMatchObject({ code: "token_not_found" });
    await expect(
      checkHsm({ module: hsm.module, token: "customer-hsm", pinSource: () => "999999" }),
    ).rejects.toMatchObject({
      code: "pin_incorrect",
    });
    await expect(
      checkHsm({
        module: join(hsm.dir, "missing.so"),
        token: "customer-hsm",
        pinSource: () => testPins.user,
      }),
    ).rejects.toMatchObject({ code: "module_not_found" });
  });

  it("reads the PIN from a file source and documents its options in --help", async () => {
    const pinFile = join(hsm.dir, "pin.txt");
    writeFileSync(pinFile, `${testPins.user}\n`);
    let output = "";
    expect(
      await runHsmCheck({ module: hsm.module, token: "customer-hsm", pinSource: `file:${pinFile}` }, (t) => {
        output += t;
      }),
    ).toBe(true);
    expect(output).toContain("[PASS]");
    const check = hsmCommand().commands.find((c) => c.name() === "check");
    const help = check?.helpInformation() ?? "";
    for (const option of [
      "--module <lib.so>",
      "--token <label>",
      "--pin-source <source>",
      "env:VARIABLE",
      "--help",
    ])
      expect(help).toContain(option);
  });

  it("is usable as a key manager token afterwards (the check left no session or login behind)", async () => {
    const keys = createPkcs11KeyManager({ module: hsm.module, pinSource: () => testPins.user });
    const info = await keys.generateKey({
      uri: "pkcs11:token=customer-hsm;object=after-check",
      algorithm: { kind: "RSA", modulusLength: 2048 },
    });
    expect(info.algorithm).toEqual({ kind: "RSA", modulusLength: 2048 });
    await keys.close();
  });
});
