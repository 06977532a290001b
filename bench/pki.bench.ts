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
import { newRowId } from "../adapters/db/row-id.ts";
import { lowerThreadPoolPriority } from "../adapters/runtime/thread-pool-priority.ts";
import { buildCrl } from "../core/pki/crl-builder.ts";
import { IssuanceEngine } from "../core/pki/issuance-engine.ts";
import { issuerOf } from "../core/pki/issuer.ts";
import { defaultProfileConfig } from "../core/pki/profile-config.ts";
import { systemClock } from "../core/ports/clock.ts";
import { cryptoRandom } from "../core/ports/random.ts";
import { reportFigure } from "./format.ts";
import { measureRawAsyncSignRate } from "./pkcs11.bench.ts";
import { createBenchCa } from "./pki-engine-setup.ts";

/** The PKCS#11 key manager's default pool (MM_PKCS11_POOL_SIZE). */
const POOL = 16;
/** The service's default MM_SIGNING_THREAD_NICE. */
const SIGNING_NICE = 5;
const ROUNDS = 5;
const IN_FLIGHT = 64;
const DURATION_MS = Number(process.env.MM_BENCH_MS ?? 2_000);

/** Runs `work` from `concurrency` loops until the time is up; returns completed calls. */
async function loopFor(durationMs: number, concurrency: number, work: (i: number) => Promise<unknown>) {
  const until = performance.now() + durationMs;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (performance.now() < until) await work(next++);
    }),
  );
  return { count: next, seconds: (performance.now() - started) / 1000 };
}

export default async function run(): Promise<void> {
  const ca = await createBenchCa({ poolSize: POOL });
  try {
    const { issuing } = ca;
    const caKeys = ca.keys.forUri(issuing.keyUri);
    const engine = new IssuanceEngine({
      repository: ca.repository,
      keys: ca.keys,
      clock: systemClock,
      random: cryptoRandom,
      newId: newRowId,
      profile: defaultProfileConfig("http://localhost:3000"),
    });
    const order = (i: number) => ({
      // order ids are application ids, made by the RA with the same generator
      orderId: newRowId(),
      vkn: "3230512384",
      title: "Bench A.Ş.",
      tokenUri: `card:${i}`,
      actor: "bench",
    });
    await loopFor(1_000, IN_FLIGHT, (i) => engine.issueForOrder(order(i))); // warm-up
    // (a) and (b) in the same run, same token and pool size, alternately
    const target = {
      module: ca.hsm.module,
      token: ca.hsm.token,
      pin: ca.hsm.pin,
      keyLabel: ca.hsm.issuingLabel,
    };
    const raws: number[] = [];
    const engineRates: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      raws.push(await measureRawAsyncSignRate(target, { sessions: POOL, durationMs: DURATION_MS }));
      if (round === 0) await lowerThreadPoolPriority(SIGNING_NICE);
      const issued = await loopFor(DURATION_MS, IN_FLIGHT, (i) => engine.issueForOrder(order(i)));
      // two certificates (signing + encryption) per order
      engineRates.push((issued.count * 2) / issued.seconds);
      console.error(
        `bench: round ${round + 1}/${ROUNDS}: raw ${raws.at(-1)?.toFixed(0)} sig/s, engine ${engineRates.at(-1)?.toFixed(0)} cert/s`,
      );
    }
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
