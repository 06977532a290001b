/**
 * Issuance-engine figures (issue 3, "Speed"), measured in one run:
 * (a) raw pkcs11js asynchronous C_Sign on SoftHSM with the same pool size as the engine's key manager;
 * (b) certificates per second through the whole engine (TBS persisted, signed on SoftHSM, marked
 *     issued, written to the card), subscriber keys generated beforehand, many orders in flight;
 * and the time to build and sign a CRL of 100 000 entries.
 */
import { randomUUID } from "node:crypto";
import { buildCrl } from "../core/pki/crl-builder.ts";
import { IssuanceEngine } from "../core/pki/issuance-engine.ts";
import { defaultProfileConfig } from "../core/pki/profile-config.ts";
import { systemClock } from "../core/ports/clock.ts";
import { cryptoRandom } from "../core/ports/random.ts";
import { reportFigure } from "./format.ts";
import { createBenchCa } from "./pki-engine-setup.ts";
import { measureRawAsyncSignRate } from "./pkcs11.bench.ts";

const POOL = 4;
const IN_FLIGHT = 64;
const DURATION_MS = Number(process.env.MM_BENCH_MS ?? 3_000);

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
      newId: randomUUID,
      profile: defaultProfileConfig("http://localhost:3000"),
    });
    const order = (i: number) => ({
      orderId: `B-${i}-${randomUUID()}`,
      vkn: "3230512384",
      title: "Bench A.Ş.",
      tokenUri: `card:${i}`,
      actor: "bench",
    });
    await loopFor(300, IN_FLIGHT, (i) => engine.issueForOrder(order(i))); // warm-up
    // (a) and (b) in the same run, same token and pool size
    const raw = await measureRawAsyncSignRate(
      { module: ca.hsm.module, token: ca.hsm.token, pin: ca.hsm.pin, keyLabel: ca.hsm.issuingLabel },
      { sessions: POOL, durationMs: DURATION_MS },
    );
    const issued = await loopFor(DURATION_MS, IN_FLIGHT, (i) => engine.issueForOrder(order(i)));
    // two certificates (signing + encryption) per order
    const engineRate = (issued.count * 2) / issued.seconds;
    reportFigure(
      `engine certificates/s (b) (sign on SoftHSM + persist, ${IN_FLIGHT} orders in flight, pool ${POOL})`,
      engineRate,
      "cert/s",
      { what: `raw pkcs11js async C_Sign, ${POOL} sessions (a)`, value: raw, unit: "sig/s" },
    );
    // CRL of 100 000 entries
    const entries = Array.from({ length: 100_000 }, (_, i) => ({
      serial: (0x1000000000000000n + BigInt(i) * 7919n).toString(16),
      revokedAt: new Date(Date.now() - i * 1000),
      reason: i % 3 === 0 ? 1 : 0,
    }));
    const started = performance.now();
    const der = await buildCrl(caKeys, {
      issuerCertificate: issuing.certDer,
      issuerKeyUri: issuing.keyUri,
      signatureAlgorithm: "RSA-SHA256",
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
