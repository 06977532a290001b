/** A source of cryptographically strong random bytes; injected so tests can be deterministic. */
export interface RandomSource {
  bytes(length: number): Uint8Array;
}

/** The platform CSPRNG (Web Crypto). */
export const cryptoRandom: RandomSource = {
  bytes(length) {
    const out = new Uint8Array(length);
    globalThis.crypto.getRandomValues(out);
    return out;
  },
};
