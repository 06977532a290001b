/** A source of cryptographically strong random bytes; injected so tests can be deterministic. */
export interface RandomSource {
  bytes(length: number): Uint8Array;
}

/** Bytes drawn from the CSPRNG at once; requests up to a quarter of it are served from the pool. */
const POOL_BYTES = 4096;
const pool = new Uint8Array(POOL_BYTES);
let poolOffset = POOL_BYTES;

/**
 * The platform CSPRNG (Web Crypto). Small requests (serial numbers, codes) are copied out of a pool
 * filled 4 KiB at a time: one `getRandomValues` call costs about as much as the certificate's
 * serial and id together (measured on the issuance path), whatever its length. Each byte of the
 * pool is handed out once and copied, so no caller shares bytes with another.
 */
export const cryptoRandom: RandomSource = {
  bytes(length) {
    const out = new Uint8Array(length);
    if (length > POOL_BYTES / 4) {
      globalThis.crypto.getRandomValues(out);
      return out;
    }
    if (poolOffset + length > POOL_BYTES) {
      globalThis.crypto.getRandomValues(pool);
      poolOffset = 0;
    }
    out.set(pool.subarray(poolOffset, poolOffset + length));
    // the bytes handed out are not kept: zeroed so that a later reader of the pool cannot see them
    pool.fill(0, poolOffset, poolOffset + length);
    poolOffset += length;
    return out;
  },
};
