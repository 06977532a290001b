import { createPublicKey, verify } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPkcs11KeyManager, type Pkcs11Binding } from "../../../adapters/pkcs11/index.ts";
import { createSoftHsm, type SoftHsm, testPins } from "../../helpers/softhsm.ts";
import { loadRealBinding } from "../../helpers/token-double.ts";

/** 200 concurrent signatures over a pool of 4 sessions, with the event loop free meanwhile. */
let hsm: SoftHsm;
let real: Pkcs11Binding;
let inFlight = 0;
let peakInFlight = 0;
const sessionsSigning = new Set<string>();

/** Counts C_Sign calls in flight (the callback form) and the distinct sessions that signed. */
function instrumented(inner: Pkcs11Binding): Pkcs11Binding {
  return new Proxy(inner, {
    get(target, property, receiver) {
      if (property === "C_Sign")
        return (session: Buffer, input: Buffer, out: Buffer, cb?: (e: Error, d: Buffer) => void) => {
          if (!cb) return target.C_Sign(session, input, out);
          inFlight += 1;
          peakInFlight = Math.max(peakInFlight, inFlight);
          sessionsSigning.add(session.toString("hex"));
          return target.C_Sign(session, input, out, (error, data) => {
            inFlight -= 1;
            cb(error, data);
          });
        };
      const value = Reflect.get(target, property, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

beforeAll(() => {
  hsm = createSoftHsm();
  hsm.initToken("busy");
  real = loadRealBinding(hsm.module);
});

afterAll(() => {
  real?.C_Finalize();
  hsm?.dispose();
});

describe("concurrent signing", () => {
  it("signs 200 requests at once over 4 sessions, every signature valid, the event loop ticking", async () => {
    const keys = createPkcs11KeyManager({
      binding: instrumented(real),
      poolSize: 4,
      pinSource: () => testPins.user,
    });
    const uri = "pkcs11:token=busy;object=ca";
    const { spki } = await keys.generateKey({ uri, algorithm: { kind: "RSA", modulusLength: 2048 } });
    const publicKey = createPublicKey({ key: Buffer.from(spki), format: "der", type: "spki" });

    let last = performance.now();
    let maxGap = 0;
    let ticks = 0;
    const timer = setInterval(() => {
      const now = performance.now();
      maxGap = Math.max(maxGap, now - last);
      last = now;
      ticks += 1;
    }, 2);
    const started = performance.now();
    const inputs = Array.from({ length: 200 }, (_, i) => Buffer.from(`certificate ${i}`));
    const signatures = await Promise.all(
      inputs.map((data) => keys.sign({ uri, algorithm: "RSA-SHA256", data })),
    );
    const elapsed = performance.now() - started;
    clearInterval(timer);

    expect(signatures.every((sig, i) => verify("sha256", inputs[i]!, publicKey, Buffer.from(sig)))).toBe(
      true,
    );
    expect(peakInFlight).toBeGreaterThan(1);
    expect(peakInFlight).toBeLessThanOrEqual(4);
    expect(sessionsSigning.size).toBe(4);
    // the loop kept running while 200 RSA signatures were computed off it
    expect(ticks).toBeGreaterThan(3);
    expect(maxGap).toBeLessThan(Math.max(50, elapsed / 3));
    await keys.close();
  });

  it("keeps concurrent callers of two tokens apart", async () => {
    hsm.initToken("second");
    const keys = createPkcs11KeyManager({ binding: real, poolSize: 2, pinSource: () => testPins.user });
    await keys.generateKey({
      uri: "pkcs11:token=second;object=k",
      algorithm: { kind: "EC", namedCurve: "P-256" },
    });
    const [a, b] = await Promise.all([
      Promise.all(
        Array.from({ length: 20 }, () =>
          keys.sign({ uri: "pkcs11:token=busy;object=ca", algorithm: "RSA-SHA256", data: Buffer.from("a") }),
        ),
      ),
      Promise.all(
        Array.from({ length: 20 }, () =>
          keys.sign({
            uri: "pkcs11:token=second;object=k",
            algorithm: "ECDSA-SHA256",
            data: Buffer.from("b"),
          }),
        ),
      ),
    ]);
    expect(a.every((s) => s.length === 256)).toBe(true);
    expect(b.every((s) => s[0] === 0x30)).toBe(true);
    await keys.close();
  });
});
