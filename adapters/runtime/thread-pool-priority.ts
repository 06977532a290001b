/**
 * Scheduling priority of libuv's thread pool, where the PKCS#11 signatures (pkcs11js callback
 * forms) run. On a machine with fewer cores than pool threads, the pool's CPU-bound signatures
 * compete with the event loop on equal terms, and the event loop, which hands out every next
 * signature and answers HTTP and OCSP, waits in the run queue. Measured in `npm run bench -- pki`
 * (2 cores, 4 pool threads, 64 orders in flight): the main thread waited for a CPU about a third of
 * the time and the cores stood idle 8–9% of it; with the pool threads at nice 10 the engine issued
 * about 5% more certificates per second. Linux only; elsewhere nothing is changed.
 */
import { readFile } from "node:fs/promises";
import { getPriority, setPriority } from "node:os";

/** What {@link lowerThreadPoolPriority} did. */
export interface ThreadPoolPriority {
  /** The nice value asked for. */
  nice: number;
  /** Thread ids of the pool threads whose nice value was set. */
  threads: number[];
  /** Why nothing was changed, when nothing was. */
  skipped?: string;
}

/** libuv's pool size: UV_THREADPOOL_SIZE, else 4 (libuv's own rule, capped at 1024). */
export function threadPoolSize(env: NodeJS.ProcessEnv = process.env): number {
  const configured = Number(env.UV_THREADPOOL_SIZE);
  return Number.isInteger(configured) && configured > 0 ? Math.min(configured, 1024) : 4;
}

/**
 * Sets the nice value of every libuv pool thread to `nice` (0–19; 0 leaves them as they are). The
 * threads are found by opening `/proc/thread-self/stat` from the pool itself: each open runs on a
 * pool thread and names it. Raising a nice value needs no privilege; threads already at a higher
 * one are left there.
 *
 * @param options.poolSize how many pool threads to look for (default {@link threadPoolSize})
 * @param options.maxBursts rounds of concurrent opens before giving up on finding them all
 */
export async function lowerThreadPoolPriority(
  nice: number,
  options: { poolSize?: number; maxBursts?: number } = {},
): Promise<ThreadPoolPriority> {
  if (!Number.isInteger(nice) || nice < 0 || nice > 19)
    throw new RangeError(`the signing thread nice value must be 0–19, not ${nice}`);
  if (nice === 0) return { nice, threads: [], skipped: "nice 0 asked" };
  if (process.platform !== "linux") return { nice, threads: [], skipped: `not Linux (${process.platform})` };
  const expected = options.poolSize ?? threadPoolSize();
  const found = new Set<number>();
  for (let burst = 0; burst < (options.maxBursts ?? 20) && found.size < expected; burst++) {
    const stats = await Promise.all(
      Array.from({ length: expected * 4 }, () => readFile("/proc/thread-self/stat", "latin1")),
    );
    for (const stat of stats) found.add(Number(stat.slice(0, stat.indexOf(" "))));
  }
  found.delete(process.pid); // never the main thread, should a platform run the open there
  const threads: number[] = [];
  for (const tid of found) {
    try {
      if (getPriority(tid) < nice) setPriority(tid, nice);
      threads.push(tid);
    } catch {
      // the thread ended meanwhile: nothing to do
    }
  }
  return { nice, threads };
}
