import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ck, createPkcs11KeyManager, type TokenEvent } from "../../../adapters/pkcs11/index.ts";
import { createSoftHsm, type SoftHsm, testPins } from "../../helpers/softhsm.ts";
import { createTokenDouble, loadRealBinding } from "../../helpers/token-double.ts";

/** Wrong and locked PINs: a clear coded error, one C_Login at most, never retried by itself. */
let hsm: SoftHsm;
let real: ReturnType<typeof loadRealBinding>;
const uri = "pkcs11:token=pins;object=seal";
const data = Buffer.from("data");

beforeAll(async () => {
  hsm = createSoftHsm();
  hsm.initToken("pins");
  real = loadRealBinding(hsm.module);
  const setup = createPkcs11KeyManager({ binding: real, pinSource: () => testPins.user });
  await setup.generateKey({ uri, algorithm: { kind: "RSA", modulusLength: 2048 } });
  await setup.close();
  // log the application out of the token: a new module initialisation starts logged out
  real.C_Finalize();
  real.C_Initialize({ flags: ck.CKF_OS_LOCKING_OK });
});

afterAll(() => {
  real?.C_Finalize();
  hsm?.dispose();
});

function managerWith(pin: { value: string }, flags = 0, loginFails?: number) {
  const double = createTokenDouble(real, { pinFlags: flags, loginFails });
  const events: TokenEvent[] = [];
  const keys = createPkcs11KeyManager({
    binding: double.binding,
    pinSource: () => pin.value,
    onTokenEvent: (event) => events.push(event),
  });
  return { double, events, keys };
}

describe("wrong PIN (real SoftHSM)", () => {
  it("fails every caller with pin_incorrect after exactly one C_Login, and works again only after resetToken", async () => {
    const pin = { value: "000000" };
    const { double, events, keys } = managerWith(pin);
    const results = await Promise.allSettled(
      Array.from({ length: 10 }, () => keys.sign({ uri, algorithm: "RSA-SHA256", data })),
    );
    expect(results.every((r) => r.status === "rejected" && r.reason.code === "pin_incorrect")).toBe(true);
    await expect(keys.sign({ uri, algorithm: "RSA-SHA256", data })).rejects.toMatchObject({
      code: "pin_incorrect",
      message: expect.stringContaining("not retried"),
    });
    expect(double.loginCalls).toBe(1);
    expect(events.filter((e) => e.type === "login_failed")).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: "login_failed", code: "pin_incorrect", token: "pins" });
    expect(JSON.stringify(events)).not.toContain("000000");

    pin.value = testPins.user;
    await expect(keys.sign({ uri, algorithm: "RSA-SHA256", data })).rejects.toMatchObject({
      code: "pin_incorrect",
    });
    expect(double.loginCalls).toBe(1);
    keys.resetToken("pins");
    const signature = await keys.sign({ uri, algorithm: "RSA-SHA256", data });
    expect(signature.length).toBe(256);
    expect(double.loginCalls).toBe(2);
    expect(events.at(-1)?.type).toBe("login_ok");
    await keys.close();
  });

  it("answers pin_missing when no PIN is configured, without calling C_Login", async () => {
    const double = createTokenDouble(real);
    const saved = process.env.MM_PKCS11_PIN;
    delete process.env.MM_PKCS11_PIN;
    const keys = createPkcs11KeyManager({ binding: double.binding });
    try {
      await expect(keys.sign({ uri, algorithm: "RSA-SHA256", data })).rejects.toMatchObject({
        code: "pin_missing",
      });
      expect(double.loginCalls).toBe(0);
    } finally {
      if (saved !== undefined) process.env.MM_PKCS11_PIN = saved;
      await keys.close();
    }
  });
});

describe("PIN counter flags (token double)", () => {
  it("reports few attempts left with a wrong PIN when CKF_USER_PIN_COUNT_LOW is set", async () => {
    const { keys, events } = managerWith({ value: "111111" }, ck.CKF_USER_PIN_COUNT_LOW);
    await expect(keys.sign({ uri, algorithm: "RSA-SHA256", data })).rejects.toMatchObject({
      code: "pin_incorrect",
      details: { pinCountLow: true, pinFinalTry: false, pinLocked: false },
    });
    expect(events[0]?.details).toMatchObject({ pinCountLow: true });
    await keys.close();
  });

  it("warns that one attempt is left when CKF_USER_PIN_FINAL_TRY is set", async () => {
    const { keys, double } = managerWith({ value: "111111" }, ck.CKF_USER_PIN_FINAL_TRY);
    await expect(keys.sign({ uri, algorithm: "RSA-SHA256", data })).rejects.toMatchObject({
      code: "pin_incorrect",
      message: expect.stringContaining("one attempt left"),
      details: { pinFinalTry: true },
    });
    expect(double.loginCalls).toBe(1);
    await keys.close();
  });

  it("answers pin_locked without trying C_Login when the token says CKF_USER_PIN_LOCKED", async () => {
    const { keys, double, events } = managerWith({ value: testPins.user }, ck.CKF_USER_PIN_LOCKED);
    await expect(keys.sign({ uri, algorithm: "RSA-SHA256", data })).rejects.toMatchObject({
      code: "pin_locked",
    });
    await expect(keys.getPublicKey(uri)).rejects.toMatchObject({ code: "pin_locked" });
    expect(double.loginCalls).toBe(0);
    expect(events.map((e) => [e.type, e.code])).toEqual([["login_failed", "pin_locked"]]);
    await keys.close();
  });

  it("answers pin_locked when C_Login returns CKR_PIN_LOCKED, and does not try again", async () => {
    const { keys, double } = managerWith({ value: testPins.user }, 0, ck.CKR_PIN_LOCKED);
    await expect(keys.sign({ uri, algorithm: "RSA-SHA256", data })).rejects.toMatchObject({
      code: "pin_locked",
    });
    await expect(keys.sign({ uri, algorithm: "RSA-SHA256", data })).rejects.toMatchObject({
      code: "pin_locked",
    });
    expect(double.loginCalls).toBe(1);
    await keys.close();
  });

  it("maps a wrong PIN that locks the token (flag set after the failure) to pin_locked", async () => {
    const { keys, double } = managerWith({ value: "111111" }, ck.CKF_USER_PIN_FINAL_TRY);
    double.state.lockOnFailedLogin = true;
    await expect(keys.sign({ uri, algorithm: "RSA-SHA256", data })).rejects.toMatchObject({
      code: "pin_locked",
      details: { pinLocked: true },
    });
    await keys.close();
  });
});
