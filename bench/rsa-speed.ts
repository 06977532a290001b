/**
 * How fast this machine makes one RSA-2048 signature on one core (node:crypto, SHA-256), the figure
 * that decides what the signing ratios can reach here: the engine's ratio to raw C_Sign rises with
 * the signature's cost (its own cost per certificate is nearly fixed), and fresh-nonce OCSP against
 * `openssl ocsp` falls with it (both answers carry one signature; ours also pays for HTTP, the
 * database and the load client on the same two cores). See docs/decisions/0006-certificate-row-and-hot-reads.md.
 */
import { generateKeyPairSync, type KeyObject, sign } from "node:crypto";

let key: KeyObject | undefined;

/** Microseconds per RSA-2048 signature on one thread: the fastest of five runs of 40 signatures. */
export function rsa2048SignMicros(): number {
  key ??= generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey;
  const data = Buffer.alloc(1_200, 7);
  let best = Number.POSITIVE_INFINITY;
  for (let run = 0; run < 5; run++) {
    const started = performance.now();
    for (let i = 0; i < 40; i++) sign("sha256", data, key);
    best = Math.min(best, ((performance.now() - started) * 1000) / 40);
  }
  return best;
}

/** RSA-2048 signatures per second on one core and on all of them, measured one after the other. */
export interface SigningRates {
  /** One thread signing synchronously. */
  oneCore: number;
  /** libuv's pool signing with four signatures in flight (node:crypto's asynchronous `sign`), as the responder does. */
  allCores: number;
}

/**
 * The machine's signing rates, the ceiling of fresh-nonce OCSP: every answer is one signature, so no
 * responder on all cores answers faster than `allCores`, and `openssl ocsp` (one process) none faster
 * than `oneCore`. On a VM the second core need not double the first (its vCPUs may share a physical
 * core), and then 2× openssl asks more of the rest of the answer than openssl's own. Best of three
 * one-second runs each.
 */
export async function rsa2048SigningRates(runMs = 1_000): Promise<SigningRates> {
  key ??= generateKeyPairSync("rsa", { modulusLength: 2048 }).privateKey;
  const signer = key;
  const data = Buffer.alloc(1_200, 7);
  const synchronous = () => {
    let n = 0;
    const started = performance.now();
    while (performance.now() - started < runMs) {
      sign("sha256", data, signer);
      n++;
    }
    return (n * 1000) / (performance.now() - started);
  };
  const pooled = async () => {
    let n = 0;
    const started = performance.now();
    const lane = () =>
      new Promise<void>((done, fail) => {
        const next = () => {
          if (performance.now() - started >= runMs) return done();
          sign("sha256", data, signer, (error) => {
            if (error) return fail(error);
            n++;
            next();
          });
        };
        next();
      });
    await Promise.all([lane(), lane(), lane(), lane()]);
    return (n * 1000) / (performance.now() - started);
  };
  let oneCore = 0;
  let allCores = 0;
  for (let run = 0; run < 3; run++) {
    oneCore = Math.max(oneCore, synchronous());
    allCores = Math.max(allCores, await pooled());
  }
  return { oneCore, allCores };
}
