import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ck,
  createPkcs11KeyManager,
  type PinSource,
  type Pkcs11Binding,
  pinSourceFromSpec,
  type TokenEvent,
} from "../../../adapters/pkcs11/index.ts";
import { createSoftHsm, type SoftHsm, testPins } from "../../helpers/softhsm.ts";
import { createTokenDouble, loadRealBinding } from "../../helpers/token-double.ts";

/**
 * Wrong and locked PINs: a clear coded error, one C_Login per PIN at most (a PIN the token refused is
 * never sent again), a fixed PIN source taking effect without a restart, a locked PIN sticky until
 * resetToken or until the token no longer reports the lock.
 */
let hsm: SoftHsm;
let real: ReturnType<typeof loadRealBinding>;
let tmp: string;
const uri = "pkcs11:token=pins;object=seal";
const data = Buffer.from("data");

beforeAll(async () => {
  hsm = createSoftHsm();
  hsm.initToken("pins");
  tmp = mkdtempSync(join(tmpdir(), "mm-pins-"));
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
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

function managerWith(pin: { value: string } | PinSource, flags = 0, loginFails?: number, inner = real) {
  const double = createTokenDouble(inner, { pinFlags: flags, loginFails });
  const events: TokenEvent[] = [];
  const keys = createPkcs11KeyManager({
    binding: double.binding,
    pinSource: typeof pin === "function" ? pin : () => pin.value,
    onTokenEvent: (event) => events.push(event),
  });
  return { double, events, keys };
}

const sign = (keys: ReturnType<typeof managerWith>["keys"]) =>
  keys.sign({ uri, algorithm: "RSA-SHA256", data });

/** The flags SoftHSM itself reports for the token (CKF_USER_PIN_COUNT_LOW after a refused login). */
function tokenFlags(): number {
  for (const slot of real.C_GetSlotList(true)) {
    const info = real.C_GetTokenInfo(slot);
    if (info.label.trimEnd() === "pins") return info.flags;
  }
  throw new Error("no token pins");
}

/** Sets the token's user PIN as the security officer would (C_InitPIN), outside the key manager. */
function setTokenPin(pin: string): void {
  const library = real as unknown as InstanceType<typeof ck.PKCS11>;
  const slot = real.C_GetSlotList(true).find((s) => real.C_GetTokenInfo(s).label.trimEnd() === "pins");
  if (!slot) throw new Error("no token pins");
  const session = library.C_OpenSession(slot, ck.CKF_SERIAL_SESSION | ck.CKF_RW_SESSION);
  try {
    library.C_Login(session, ck.CKU_SO, testPins.so);
    library.C_InitPIN(session, pin);
    library.C_Logout(session);
  } finally {
    library.C_CloseSession(session);
  }
}

/**
 * Like a smart card (SoftHSM never locks a PIN): after `tries` consecutive refused PINs the user PIN
 * locks — CKF_USER_PIN_LOCKED in C_GetTokenInfo, CKR_PIN_LOCKED from C_Login. Records every PIN sent.
 */
function lockingCard(inner: Pkcs11Binding, tries: number) {
  const card = { failures: 0, sent: [] as string[] };
  const binding = new Proxy(inner, {
    get(target, property, receiver) {
      if (property === "C_GetTokenInfo")
        return (slot: Buffer) => {
          const info = target.C_GetTokenInfo(slot);
          return card.failures >= tries ? { ...info, flags: info.flags | ck.CKF_USER_PIN_LOCKED } : info;
        };
      if (property === "C_Login")
        return (session: Buffer, userType: number, pin?: string) => {
          card.sent.push(pin ?? "");
          if (card.failures >= tries)
            throw new ck.Pkcs11Error(`CKR_PIN_LOCKED:${ck.CKR_PIN_LOCKED}`, ck.CKR_PIN_LOCKED, "C_Login");
          try {
            target.C_Login(session, userType, pin);
            card.failures = 0;
          } catch (error) {
            if (error instanceof ck.Pkcs11Error && error.code === ck.CKR_PIN_INCORRECT) card.failures += 1;
            throw error;
          }
        };
      const value = Reflect.get(target, property, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
  return { binding: binding as Pkcs11Binding, card };
}

describe("wrong PIN (real SoftHSM)", () => {
  it("fails every caller with pin_incorrect after exactly one C_Login while the PIN source is unchanged, until resetToken", async () => {
    const pin = { value: "000000" };
    const { double, events, keys } = managerWith(pin);
    try {
      const results = await Promise.allSettled(Array.from({ length: 10 }, () => sign(keys)));
      expect(results.every((r) => r.status === "rejected" && r.reason.code === "pin_incorrect")).toBe(true);
      for (let i = 0; i < 5; i += 1)
        await expect(sign(keys)).rejects.toMatchObject({
          code: "pin_incorrect",
          message: expect.stringContaining("not retried"),
        });
      expect(double.loginCalls).toBe(1);
      expect(events.filter((e) => e.type === "login_failed")).toHaveLength(1);
      expect(events[0]).toMatchObject({ type: "login_failed", code: "pin_incorrect", token: "pins" });
      expect(JSON.stringify(events)).not.toContain("000000");

      // the security officer sets the token's PIN to the configured one: the source did not change,
      // so the pool still refuses to send it; resetToken makes the next call log in with it
      setTokenPin("000000");
      await expect(sign(keys)).rejects.toMatchObject({ code: "pin_incorrect" });
      expect(double.loginCalls).toBe(1);
      keys.resetToken("pins");
      expect((await sign(keys)).length).toBe(256);
      expect(double.loginCalls).toBe(2);
      expect(events.at(-1)?.type).toBe("login_ok");
    } finally {
      await keys.close();
      setTokenPin(testPins.user);
    }
  });

  it.each([
    ["file", "file:"],
    ["environment variable", "env:"],
  ])("logs in again without a restart or resetToken once the PIN %s is fixed", async (_kind, scheme) => {
    const file = join(tmp, "pin");
    const variable = "MM_TEST_PIN_ERRORS_PIN";
    const setPin = (value: string) => {
      if (scheme === "file:") writeFileSync(file, `${value}\n`);
      else process.env[variable] = value;
    };
    setPin("000000");
    const { double, events, keys } = managerWith(
      pinSourceFromSpec(`${scheme}${scheme === "file:" ? file : variable}`),
    );
    try {
      await expect(sign(keys)).rejects.toMatchObject({ code: "pin_incorrect" });
      await expect(sign(keys)).rejects.toMatchObject({ code: "pin_incorrect" });
      expect(double.loginCalls).toBe(1);
      expect(tokenFlags() & ck.CKF_USER_PIN_COUNT_LOW).not.toBe(0); // SoftHSM saw the refused login

      setPin(testPins.user);
      expect((await sign(keys)).length).toBe(256);
      expect(double.loginCalls).toBe(2);
      expect(tokenFlags() & ck.CKF_USER_PIN_COUNT_LOW).toBe(0); // and a successful one since
      const signatures = await Promise.all(Array.from({ length: 20 }, () => sign(keys)));
      expect(signatures.every((s) => s.length === 256)).toBe(true);
      expect(double.loginCalls).toBe(2);
      expect(events.map((e) => [e.type, e.code])).toEqual([
        ["login_failed", "pin_incorrect"],
        ["login_ok", undefined],
      ]);
      expect(JSON.stringify(events)).not.toContain("000000");
      expect(JSON.stringify(events)).not.toContain(testPins.user);
    } finally {
      delete process.env[variable];
      await keys.close();
    }
  });

  it("never sends a refused PIN again, so a card that locks after 3 wrong PINs stays unlocked through 20 calls and a fix", async () => {
    const { binding, card } = lockingCard(real, 3);
    const pin = { value: "000000" };
    const { events, keys } = managerWith(pin, 0, undefined, binding);
    try {
      for (let i = 0; i < 10; i += 1)
        await expect(sign(keys)).rejects.toMatchObject({ code: "pin_incorrect" });
      const concurrent = await Promise.allSettled(Array.from({ length: 10 }, () => sign(keys)));
      expect(concurrent.every((r) => r.status === "rejected" && r.reason.code === "pin_incorrect")).toBe(
        true,
      );
      expect(card.sent).toEqual(["000000"]);

      pin.value = "222222"; // another wrong PIN: tried once
      await expect(sign(keys)).rejects.toMatchObject({ code: "pin_incorrect" });
      await expect(sign(keys)).rejects.toMatchObject({ code: "pin_incorrect" });
      pin.value = "000000"; // back to the first wrong PIN: refused before, not sent again
      await expect(sign(keys)).rejects.toMatchObject({ code: "pin_incorrect" });
      expect(card.sent).toEqual(["000000", "222222"]);
      expect(card.failures).toBe(2);
      expect(events.filter((e) => e.type === "login_failed")).toHaveLength(2);

      pin.value = testPins.user;
      expect((await sign(keys)).length).toBe(256);
      expect(card.sent).toEqual(["000000", "222222", testPins.user]);
      expect(card.failures).toBe(0);
      expect(events.at(-1)).toMatchObject({ type: "login_ok", token: "pins" });
    } finally {
      await keys.close();
    }
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

  it("answers pin_locked without trying C_Login when the token says CKF_USER_PIN_LOCKED, whatever the PIN source says", async () => {
    const pin: { value: string } = { value: testPins.user };
    const { keys, double, events } = managerWith(pin, ck.CKF_USER_PIN_LOCKED);
    await expect(keys.sign({ uri, algorithm: "RSA-SHA256", data })).rejects.toMatchObject({
      code: "pin_locked",
    });
    await expect(keys.getPublicKey(uri)).rejects.toMatchObject({ code: "pin_locked" });
    pin.value = "654321";
    await expect(sign(keys)).rejects.toMatchObject({ code: "pin_locked" });
    expect(double.loginCalls).toBe(0);
    expect(events.map((e) => [e.type, e.code])).toEqual([["login_failed", "pin_locked"]]);
    await keys.close();
  });

  it("answers pin_locked when C_Login returns CKR_PIN_LOCKED and keeps it, even for a changed PIN, until resetToken", async () => {
    const pin = { value: "111111" };
    const { keys, double, events } = managerWith(pin, 0, ck.CKR_PIN_LOCKED);
    await expect(sign(keys)).rejects.toMatchObject({ code: "pin_locked" });
    await expect(sign(keys)).rejects.toMatchObject({ code: "pin_locked" });
    pin.value = "222222";
    await expect(sign(keys)).rejects.toMatchObject({ code: "pin_locked" });
    // the PIN is unblocked and the source fixed: still locked for the pool until the operator resets it
    delete double.state.loginFails;
    pin.value = testPins.user;
    await expect(sign(keys)).rejects.toMatchObject({ code: "pin_locked" });
    expect(double.loginCalls).toBe(1);
    keys.resetToken();
    expect((await sign(keys)).length).toBe(256);
    expect(double.loginCalls).toBe(2);
    expect(events.map((e) => e.type)).toEqual(["login_failed", "login_ok"]);
    await keys.close();
  });

  it("lifts pin_locked by itself once the token stops reporting CKF_USER_PIN_LOCKED (PIN unblocked by the officer)", async () => {
    const { keys, double, events } = managerWith({ value: testPins.user }, ck.CKF_USER_PIN_LOCKED);
    await expect(sign(keys)).rejects.toMatchObject({ code: "pin_locked" });
    double.state.pinFlags = 0; // the officer unblocks the PIN with the SO PIN
    // the token is asked again at most once a second: until then the lock stands
    await expect(sign(keys)).rejects.toMatchObject({ code: "pin_locked" });
    expect(double.loginCalls).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    expect((await sign(keys)).length).toBe(256);
    expect(double.loginCalls).toBe(1);
    expect(events.map((e) => [e.type, e.code])).toEqual([
      ["login_failed", "pin_locked"],
      ["pin_unblocked", undefined],
      ["login_ok", undefined],
    ]);
    await keys.close();
  });

  it("keeps a lock only C_Login reported (the flags never showed it) past the check interval, until resetToken", async () => {
    const { keys, double } = managerWith({ value: testPins.user }, 0, ck.CKR_PIN_LOCKED);
    await expect(sign(keys)).rejects.toMatchObject({ code: "pin_locked" });
    delete double.state.loginFails;
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    await expect(sign(keys)).rejects.toMatchObject({ code: "pin_locked" });
    expect(double.loginCalls).toBe(1);
    await keys.close();
  });

  it("keeps pin_locked once a card locks after three different wrong PINs, and sends no fixed PIN to it", async () => {
    const { binding, card } = lockingCard(real, 3);
    const pin = { value: "111111" };
    const { keys } = managerWith(pin, 0, undefined, binding);
    try {
      await expect(sign(keys)).rejects.toMatchObject({ code: "pin_incorrect" });
      pin.value = "222222";
      await expect(sign(keys)).rejects.toMatchObject({ code: "pin_incorrect" });
      pin.value = "333333";
      await expect(sign(keys)).rejects.toMatchObject({ code: "pin_locked", details: { pinLocked: true } });
      pin.value = testPins.user;
      await expect(sign(keys)).rejects.toMatchObject({ code: "pin_locked" });
      await expect(sign(keys)).rejects.toMatchObject({ code: "pin_locked" });
      expect(card.sent).toEqual(["111111", "222222", "333333"]);
    } finally {
      await keys.close();
    }
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
