import { DomainError } from "../errors/domain-error.ts";
import type { CaRepository } from "./ca-repository.ts";

/** Timing of {@link runClaimed}; real time, not the service clock (tests freeze that one). */
export interface ClaimTiming {
  /** How long a caller waits for another instance's ceremony before failing (default 3 min). */
  waitMs?: number;
  /** How often it looks again (default 200 ms). */
  pollMs?: number;
  /** Age after which a claim counts as abandoned and is taken over (default 2 min). */
  staleMs?: number;
}

/**
 * Runs a one-time ceremony (creating the CA, issuing an OCSP signer) on exactly one of several
 * instances sharing the storage: `done` says whether the ceremony's records exist already; the
 * caller whose claim of `key` succeeds checks `done` once more (fresh from storage), runs
 * `ceremony` and gives the claim back; the others wait until `done` returns the records the holder
 * stored. A failed ceremony releases the claim, so a waiting instance takes it and tries itself.
 * Fails with `ceremony_claim_timeout` when nothing shows within `waitMs`.
 */
export async function runClaimed<T>(
  repository: Pick<CaRepository, "claim" | "releaseClaim">,
  claim: { key: string; holder: string },
  done: () => Promise<T | undefined>,
  ceremony: () => Promise<T>,
  timing: ClaimTiming = {},
): Promise<T> {
  const first = await done();
  if (first !== undefined) return first;
  if (!repository.claim) return ceremony();
  const waitMs = timing.waitMs ?? 180_000;
  const pollMs = timing.pollMs ?? 200;
  const staleMs = timing.staleMs ?? 120_000;
  const started = Date.now();
  for (;;) {
    if (await repository.claim(claim.key, claim.holder, staleMs)) {
      try {
        return (await done()) ?? (await ceremony());
      } finally {
        await repository.releaseClaim?.(claim.key, claim.holder);
      }
    }
    await new Promise((resolve) => setTimeout(resolve, pollMs));
    const stored = await done();
    if (stored !== undefined) return stored;
    if (Date.now() - started > waitMs)
      throw new DomainError(
        "ceremony_claim_timeout",
        `another instance holds the claim "${claim.key}" and stored nothing within ${Math.round(waitMs / 1000)} s`,
      );
  }
}
