/** The closed loop every bench drives its load with. */

/** What {@link loopFor} did. */
export interface LoopResult {
  /** Calls started (each finished before the loop returned). */
  count: number;
  /** Wall time from the first call to the last one's end. */
  seconds: number;
}

/**
 * Runs `work` from `concurrency` loops, each calling it again as soon as its last call finished,
 * until `durationMs` has passed. `i` numbers the calls across all loops; `worker` is the loop's own
 * index (0 … concurrency − 1).
 */
export async function loopFor(
  durationMs: number,
  concurrency: number,
  work: (i: number, worker: number) => Promise<unknown>,
): Promise<LoopResult> {
  const started = performance.now();
  const until = started + durationMs;
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async (_, worker) => {
      while (performance.now() < until) await work(next++, worker);
    }),
  );
  return { count: next, seconds: (performance.now() - started) / 1000 };
}
