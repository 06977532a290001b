/**
 * The engine's figure as the pki and pg benches measure it: certificates per second through the
 * issuance engine (signatures on SoftHSM, subscriber keys made beforehand) against raw pkcs11js
 * asynchronous C_Sign on the same token and pool size, in alternating rounds of the same run. The
 * first raw round runs before libuv's pool threads are niced as the service nices them
 * (adapters/runtime/thread-pool-priority.ts), the others after, so the baseline does not suffer
 * from the service's setting.
 */
import { newRowId } from "../adapters/db/row-id.ts";
import { lowerThreadPoolPriority } from "../adapters/runtime/thread-pool-priority.ts";
import type { IssuanceEngine } from "../core/pki/issuance-engine.ts";
import { cpuPerItem, cpuSnapshot } from "./cpu-meter.ts";
import { loopFor } from "./loop.ts";
import { measureRawAsyncSignRate } from "./pkcs11.bench.ts";
import type { BenchCa } from "./pki-engine-setup.ts";

/** How the rounds run. */
export interface EngineRoundsOptions {
  rounds: number;
  durationMs: number;
  /** Orders in flight at once. */
  inFlight: number;
  /** PKCS#11 sessions of the raw baseline (the key manager's pool size). */
  pool: number;
  /** The pool threads' nice value (the service's MM_SIGNING_THREAD_NICE). */
  nice: number;
  /** Called after each round with its two figures. */
  onRound?: (round: number, raw: number, engine: number) => void;
}

/** One order of a bench subscriber whose card key exists already (`card:<i>`). */
export function benchOrder(i: number) {
  return {
    // order ids are application ids, made by the RA with the same generator
    orderId: newRowId(),
    vkn: "3230512384",
    title: "Bench A.Ş.",
    tokenUri: `card:${i}`,
    actor: "bench",
  };
}

/**
 * Each round's raw signatures/s and engine certificates/s (two per order), after a 1 s warm-up, and
 * the CPU per signature and per certificate (this process and PostgreSQL's backends, see
 * cpu-meter.ts) of each round.
 */
export async function engineRounds(
  ca: BenchCa,
  engine: IssuanceEngine,
  options: EngineRoundsOptions,
): Promise<{ raws: number[]; rates: number[]; rawCpu: number[]; engineCpu: number[] }> {
  await loopFor(1_000, options.inFlight, (i) => engine.issueForOrder(benchOrder(i)));
  const target = {
    module: ca.hsm.module,
    token: ca.hsm.token,
    pin: ca.hsm.pin,
    keyLabel: ca.hsm.issuingLabel,
  };
  const raws: number[] = [];
  const rates: number[] = [];
  const rawCpu: number[] = [];
  const engineCpu: number[] = [];
  for (let round = 0; round < options.rounds; round++) {
    let before = cpuSnapshot();
    const raw = await measureRawAsyncSignRate(target, {
      sessions: options.pool,
      durationMs: options.durationMs,
    });
    raws.push(raw);
    rawCpu.push(cpuPerItem(before, cpuSnapshot(), (raw * options.durationMs) / 1000));
    if (round === 0) await lowerThreadPoolPriority(options.nice);
    before = cpuSnapshot();
    const issued = await loopFor(options.durationMs, options.inFlight, (i) =>
      engine.issueForOrder(benchOrder(i)),
    );
    engineCpu.push(cpuPerItem(before, cpuSnapshot(), issued.count * 2));
    rates.push((issued.count * 2) / issued.seconds);
    options.onRound?.(round, raws.at(-1)!, rates.at(-1)!);
  }
  return { raws, rates, rawCpu, engineCpu };
}
