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
