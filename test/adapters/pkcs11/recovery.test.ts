import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ck,
  createPkcs11KeyManager,
  type Pkcs11Binding,
  type TokenEvent,
} from "../../../adapters/pkcs11/index.ts";
import { createSoftHsm, type SoftHsm, testPins } from "../../helpers/softhsm.ts";
import { createTokenDouble, loadRealBinding } from "../../helpers/token-double.ts";

/** Dead sessions, a restarted module and a removed or re-initialised token, all without a process restart. */
let hsm: SoftHsm;
let real: Pkcs11Binding;
const uri = "pkcs11:token=card;object=seal";
const data = Buffer.from("data");
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(() => {
  hsm = createSoftHsm();
  hsm.initToken("card");
  real = loadRealBinding(hsm.module);
});

afterAll(() => {
  try {
    real?.C_Finalize();
  } catch {
    // already finalised by a test
  }
  hsm?.dispose();
});

function manager() {
  const events: TokenEvent[] = [];
  const double = createTokenDouble(real);
  const keys = createPkcs11KeyManager({
    binding: double.binding,
    pinSource: () => testPins.user,
    onTokenEvent: (event) => events.push(event),
  });
  return { keys, events, double };
}

describe("recovery", () => {
  it("signs again after the module was finalised and initialised under it (sessions dead), recovering once for 50 callers", async () => {
    const { keys, events, double } = manager();
    await keys.generateKey({ uri, algorithm: { kind: "RSA", modulusLength: 2048 } });
    expect((await keys.sign({ uri, algorithm: "RSA-SHA256", data })).length).toBe(256);
    real.C_Finalize();
    real.C_Initialize({ flags: ck.CKF_OS_LOCKING_OK });
    const signatures = await Promise.all(
      Array.from({ length: 50 }, () => keys.sign({ uri, algorithm: "RSA-SHA256", data })),
    );
    expect(signatures.every((s) => s.length === 256)).toBe(true);
    expect(events.filter((e) => e.type === "session_recovered")).toHaveLength(1);
    expect(events.find((e) => e.type === "session_recovered")?.details?.reason).toMatch(
      /^CKR_|module re-initialised/,
    );
    expect(double.loginCalls).toBe(2);
    await keys.close();
  });

  it("signs again after the module was finalised and left so (the pool initialises it again)", async () => {
    const { keys, events } = manager();
    expect((await keys.sign({ uri, algorithm: "RSA-SHA256", data })).length).toBe(256);
    real.C_Finalize();
    expect((await keys.sign({ uri, algorithm: "RSA-SHA256", data })).length).toBe(256);
    expect(events.map((e) => e.type)).toContain("session_recovered");
    await keys.close();
  });

  it("answers token_not_found while the token is removed, then signs again once it is back", async () => {
    const { keys, events } = manager();
    expect((await keys.sign({ uri, algorithm: "RSA-SHA256", data })).length).toBe(256);
    const putBack = hsm.removeToken("card");
    await expect(keys.sign({ uri, algorithm: "RSA-SHA256", data })).rejects.toMatchObject({
      code: "token_not_found",
    });
    await expect(keys.sign({ uri, algorithm: "RSA-SHA256", data })).rejects.toMatchObject({
      code: "token_not_found",
    });
    expect(events.filter((e) => e.type === "token_removed")).toHaveLength(1);
    putBack();
    await sleep(1_100);
    expect((await keys.sign({ uri, algorithm: "RSA-SHA256", data })).length).toBe(256);
    expect(events.at(-1)?.type).toBe("session_recovered");
    await keys.close();
  });

  it("finds cards initialised one after another after it started, each at its first use", async () => {
    const { keys } = manager();
    for (const card of ["new-card-1", "new-card-2", "new-card-3"]) {
      hsm.initToken(card);
      const info = await keys.generateKey({
        uri: `pkcs11:token=${card};object=k`,
        algorithm: { kind: "EC", namedCurve: "P-256" },
      });
      expect(info.algorithm.kind).toBe("EC");
    }
    const signatures = await Promise.all(
      ["new-card-1", "new-card-2", "new-card-3", "card"].map((card) =>
        keys.sign({
          uri: `pkcs11:token=${card};object=${card === "card" ? "seal" : "k"}`,
          algorithm: card === "card" ? "RSA-SHA256" : "ECDSA-SHA256",
          data,
        }),
      ),
    );
    expect(signatures).toHaveLength(4);
    await keys.close();
  });

  it("after the token was deleted and initialised again, finds it again: the old key is gone, a new one works", async () => {
    const { keys } = manager();
    expect((await keys.sign({ uri, algorithm: "RSA-SHA256", data })).length).toBe(256);
    hsm.removeToken("card");
    hsm.initToken("card");
    await sleep(1_100);
    await expect(keys.sign({ uri, algorithm: "RSA-SHA256", data })).rejects.toMatchObject({
      code: "key_not_found",
    });
    await keys.generateKey({ uri, algorithm: { kind: "EC", namedCurve: "P-256" } });
    const signature = await keys.sign({ uri, algorithm: "ECDSA-SHA256", data });
    expect(signature[0]).toBe(0x30);
    await keys.close();
  });
});
