import type { Logger } from "pino";
import type { OcspSignerStore } from "../../core/pki/ocsp-signer.ts";
import { lowerThreadPoolPriority } from "../runtime/thread-pool-priority.ts";

/** Where the service's signatures are made. */
export interface SigningPlaces {
  /** The issuing CA key's URI (`pkcs11:` signs with C_Sign on libuv's pool). */
  caKeyUri: string | undefined;
  /** Where the OCSP signer key is (MM_OCSP_SIGNER_STORE): `software` signs with node:crypto on the pool. */
  ocspSignerStore: OcspSignerStore | undefined;
}

/**
 * Lowers libuv's pool threads below the event loop when signatures run on them and `nice` is above 0:
 * `C_Sign` for a PKCS#11 CA key, and node:crypto's asynchronous `sign` for an OCSP signer key in the
 * software store (every OCSP answer with a nonce is a signature). The loop must keep parsing and
 * answering while they sign ([decision 0002](../../docs/decisions/0002-pkcs11-session-pool.md)).
 * Returns whether it lowered them.
 */
export async function lowerSigningThreads(
  places: SigningPlaces,
  nice: number,
  logger: Logger,
): Promise<boolean> {
  const onPool = places.caKeyUri?.startsWith("pkcs11:") || places.ocspSignerStore === "software";
  if (!onPool || nice <= 0) return false;
  const priority = await lowerThreadPoolPriority(nice);
  logger.info(
    { nice: priority.nice, threads: priority.threads.length, skipped: priority.skipped },
    "signing threads: priority lowered below the event loop's",
  );
  return true;
}
