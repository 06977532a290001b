/**
 * Issuance-engine figures (issue 3, "Speed"), measured in one run:
 * (a) raw pkcs11js asynchronous C_Sign on SoftHSM with the same pool size as the engine's key manager;
 * (b) certificates per second through the whole engine (TBS persisted, signed on SoftHSM, marked
 *     issued, written to the card), subscriber keys generated beforehand, many orders in flight;
 * and the time to build and sign a CRL of 100 000 entries.
 *
 * The engine runs as the service runs it: libuv's pool threads at the default signing nice value
 * (adapters/runtime/thread-pool-priority.ts). The baseline is not allowed to suffer from that: (a) is
 * measured once before the threads are niced and four times after, and the best of the five is used;
 * (b) is the best of five runs, each right after one of (a)'s and all with the threads niced. Five
 * short rounds rather than three long ones: this machine has slow phases of a few seconds, and the
 * best of more rounds is less often caught by one on either side.
 */
import { buildCrl } from "../core/pki/crl-builder.ts";
import { issuerOf } from "../core/pki/issuer.ts";
import { engineRounds } from "./engine-figures.ts";
import { reportFigure } from "./format.ts";
import { benchEngine, createBenchCa } from "./pki-engine-setup.ts";

/** The PKCS#11 key manager's default pool (MM_PKCS11_POOL_SIZE). */
const POOL = 16;
/** The service's default MM_SIGNING_THREAD_NICE. */
const SIGNING_NICE = 5;
const ROUNDS = 5;
const IN_FLIGHT = 64;
const DURATION_MS = Number(process.env.MM_BENCH_MS ?? 2_000);

export default async function run(): Promise<void> {
  const ca = await createBenchCa({ poolSize: POOL });
  try {
    const { issuing } = ca;
    const caKeys = ca.keys.forUri(issuing.keyUri);
    const engine = benchEngine(ca);
    // (a) and (b) in the same run, same token and pool size, alternately
    const { raws, rates: engineRates } = await engineRounds(ca, engine, {
      rounds: ROUNDS,
      durationMs: DURATION_MS,
      inFlight: IN_FLIGHT,
      pool: POOL,
      nice: SIGNING_NICE,
      onRound: (round, raw, rate) =>
        console.error(
          `bench: round ${round + 1}/${ROUNDS}: raw ${raw.toFixed(0)} sig/s, engine ${rate.toFixed(0)} cert/s`,
        ),
    });
    reportFigure(
      `engine certificates/s (b) (sign on SoftHSM + persist, ${IN_FLIGHT} orders in flight, pool ${POOL}, best of ${ROUNDS})`,
      Math.max(...engineRates),
      "cert/s",
      {
        what: `raw pkcs11js async C_Sign, ${POOL} sessions (a), best of ${ROUNDS}`,
        value: Math.max(...raws),
        unit: "sig/s",
      },
    );
    // CRL of 100 000 entries
    const entries = Array.from({ length: 100_000 }, (_, i) => ({
      serial: (0x1000000000000000n + BigInt(i) * 7919n).toString(16),
      revokedAt: new Date(Date.now() - i * 1000),
      reason: i % 3 === 0 ? 1 : 0,
    }));
    const started = performance.now();
    const der = await buildCrl(caKeys, {
      issuer: await issuerOf(issuing),
      number: 1,
      thisUpdate: new Date(),
      nextUpdate: new Date(Date.now() + 86400_000),
      entries,
    });
    const seconds = (performance.now() - started) / 1000;
    reportFigure(
      `CRL of 100 000 entries (${(der.length / 1e6).toFixed(1)} MB) built and signed`,
      seconds,
      "s",
      { what: "target", value: 2 },
    );
  } finally {
    await ca.dispose();
  }
}
