import type { Logger } from "pino";
import { lowerThreadPoolPriority } from "../runtime/thread-pool-priority.ts";

/**
 * Lowers libuv's pool threads below the event loop when the issuing key is a PKCS#11 key and `nice`
 * is above 0: `C_Sign` runs on those threads, and the loop must keep answering while they sign
 * ([decision 0002](../../docs/decisions/0002-pkcs11-session-pool.md)). Software keys leave them alone.
 */
export async function lowerSigningThreads(
  caKeyUri: string | undefined,
  nice: number,
  logger: Logger,
): Promise<void> {
  if (!caKeyUri?.startsWith("pkcs11:") || nice <= 0) return;
  const priority = await lowerThreadPoolPriority(nice);
  logger.info(
    { nice: priority.nice, threads: priority.threads.length, skipped: priority.skipped },
    "signing threads: priority lowered below the event loop's",
  );
}
