/**
 * PKCS#11 figures on SoftHSM2, RSA-2048, SHA-256 (architecture.md: ≈ 2 150/s synchronous in one
 * session, ≈ 3 950/s asynchronous over 4 sessions on this kind of machine):
 * (a) raw pkcs11js asynchronous C_Sign over a pool of 16 sessions (the key manager's default), against
 *     synchronous C_Sign in one session measured in the same run;
 * and the PKCS#11 key manager's signing rate (its pool, queue and recovery wrapper) against (a).
 * {@link measureRawAsyncSignRate} is exported so the issuance bench can compare the engine to (a).
 */
import { ck, type Handle, openModule } from "../adapters/pkcs11/binding.ts";
import { createPkcs11KeyManager } from "../adapters/pkcs11/index.ts";
import { createSoftHsm, testPins } from "../test/helpers/softhsm.ts";
import { reportFigure } from "./format.ts";

/** Where the key to sign with lives. */
export interface RawSignTarget {
  /** PKCS#11 library path. */
  module: string;
  /** Token label. */
  token: string;
  /** User PIN (the bench's own token). */
  pin: string;
  /** CKA_LABEL of the RSA private key. */
  keyLabel: string;
}

/** How long and how wide to measure. */
export interface RawSignLoad {
  /** Sessions signing at once (default 16, the key manager's default pool). */
  sessions?: number;
  /** Measuring time in ms (default 1 500). */
  durationMs?: number;
  /** Bytes signed per call (default 600, about a TBSCertificate). */
  dataSize?: number;
  /** CKM_* mechanism (default CKM_SHA256_RSA_PKCS). */
  mechanism?: number;
}

/**
 * Raw pkcs11js asynchronous signing rate (signatures/s): `sessions` sessions each signing in a
 * loop with the callback form of C_Sign, for `durationMs`. Uses the process-wide module registry,
 * so it can run next to a PKCS#11 key manager on the same module.
 */
export async function measureRawAsyncSignRate(
  target: RawSignTarget,
  load: RawSignLoad = {},
): Promise<number> {
  return withSessions(target, load.sessions ?? 16, async (binding, sessions, key) => {
    const data = Buffer.alloc(load.dataSize ?? 600, 7);
    const mechanism = { mechanism: load.mechanism ?? ck.CKM_SHA256_RSA_PKCS };
    const signOnce = (session: Handle) =>
      new Promise<void>((resolve, reject) => {
        binding.C_SignInit(session, mechanism, key);
        binding.C_Sign(session, data, Buffer.alloc(512), (error) => (error ? reject(error) : resolve()));
      });
    await Promise.all(sessions.map((s) => signOnce(s))); // warm-up
    const until = performance.now() + (load.durationMs ?? 1_500);
    let count = 0;
    const started = performance.now();
    await Promise.all(
      sessions.map(async (session) => {
        while (performance.now() < until) {
          await signOnce(session);
          count += 1;
        }
      }),
    );
    return count / ((performance.now() - started) / 1000);
  });
}

/** Synchronous C_Sign in one session (the event loop blocked meanwhile): the naive baseline. */
export async function measureSyncSignRate(target: RawSignTarget, load: RawSignLoad = {}): Promise<number> {
  return withSessions(target, 1, async (binding, [session], key) => {
    const data = Buffer.alloc(load.dataSize ?? 600, 7);
    const mechanism = { mechanism: load.mechanism ?? ck.CKM_SHA256_RSA_PKCS };
    const until = performance.now() + (load.durationMs ?? 1_500);
    let count = 0;
    const started = performance.now();
    while (performance.now() < until) {
      binding.C_SignInit(session as Handle, mechanism, key);
      binding.C_Sign(session as Handle, data, Buffer.alloc(512));
      count += 1;
    }
    return count / ((performance.now() - started) / 1000);
  });
}

async function withSessions<T>(
  target: RawSignTarget,
  count: number,
  work: (binding: ReturnType<typeof openModule>["binding"], sessions: Handle[], key: Handle) => Promise<T>,
): Promise<T> {
  const module = openModule(target.module);
  const binding = module.binding;
  const sessions: Handle[] = [];
  try {
    const slot = binding
      .C_GetSlotList(true)
      .find((s) => binding.C_GetTokenInfo(s).label.trimEnd() === target.token);
    if (!slot) throw new Error(`bench: no token labelled ${target.token}`);
    for (let i = 0; i < count; i++)
      sessions.push(binding.C_OpenSession(slot, ck.CKF_SERIAL_SESSION | ck.CKF_RW_SESSION));
    try {
      binding.C_Login(sessions[0] as Handle, ck.CKU_USER, target.pin);
    } catch (error) {
      if (!(error instanceof ck.Pkcs11Error) || error.code !== ck.CKR_USER_ALREADY_LOGGED_IN) throw error;
    }
    binding.C_FindObjectsInit(sessions[0] as Handle, [
      { type: ck.CKA_CLASS, value: ck.CKO_PRIVATE_KEY },
      { type: ck.CKA_LABEL, value: target.keyLabel },
    ]);
    const [key] = binding.C_FindObjects(sessions[0] as Handle, 1);
    binding.C_FindObjectsFinal(sessions[0] as Handle);
    if (!key) throw new Error(`bench: no private key labelled ${target.keyLabel}`);
    return await work(binding, sessions, key);
  } finally {
    for (const session of sessions) binding.C_CloseSession(session);
    module.release();
  }
}

/** `npm run bench -- pkcs11`. */
export default async function run(): Promise<void> {
  const hsm = createSoftHsm();
  try {
    hsm.initToken("bench");
    const keys = createPkcs11KeyManager({ module: hsm.module, poolSize: 16, pinSource: () => testPins.user });
    const uri = "pkcs11:token=bench;object=bench-ca";
    await keys.generateKey({ uri, algorithm: { kind: "RSA", modulusLength: 2048 } });
    const target = { module: hsm.module, token: "bench", pin: testPins.user, keyLabel: "bench-ca" };

    const sync = await measureSyncSignRate(target);
    const raw = await measureRawAsyncSignRate(target, { sessions: 16 });
    reportFigure("pkcs11 raw async C_Sign, 16 sessions, RSA-2048 (a)", raw, "sig/s", {
      what: "synchronous C_Sign, 1 session",
      value: sync,
    });

    const data = new Uint8Array(600).fill(7);
    const until = performance.now() + 1_500;
    let count = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: 64 }, async () => {
        while (performance.now() < until) {
          await keys.sign({ uri, algorithm: "RSA-SHA256", data });
          count += 1;
        }
      }),
    );
    const managed = count / ((performance.now() - started) / 1000);
    reportFigure("pkcs11 key manager sign, pool of 16, 64 callers", managed, "sig/s", {
      what: "raw async C_Sign, 16 sessions (a)",
      value: raw,
    });
    await keys.close();
  } finally {
    hsm.dispose();
  }
}
