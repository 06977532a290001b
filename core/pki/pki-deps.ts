import type { Clock } from "../ports/clock.ts";
import type { KeyManagerResolver } from "../ports/key-manager.ts";
import type { RandomSource } from "../ports/random.ts";
import type { CaRepository } from "./ca-repository.ts";

/** What the CA ceremonies (CA set-up, OCSP signer) need. */
export interface CaCeremonyDeps {
  repository: CaRepository;
  keys: KeyManagerResolver;
  clock: Clock;
  random: RandomSource;
  newId: () => string;
}
