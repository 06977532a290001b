/** Facts a passing probe adds to its check on `/healthz` (never paths, labels or personal data). */
export type HealthDetails = Record<string, boolean | number | string>;

/**
 * A named probe of one dependency; resolves when usable (optionally with a few facts, e.g. the CA's
 * `development: true`), rejects with the reason otherwise.
 */
export interface HealthProbe {
  name: string;
  // biome-ignore lint/suspicious/noConfusingVoidType: a probe with nothing to add resolves with nothing (`async () => {}`)
  check(): Promise<void | HealthDetails>;
}

/**
 * A probe failure with a stable code (`token_not_found`, `ca_not_initialised`…): `/healthz` shows
 * the code, the message (which may name key URIs, labels or paths) goes to the log only.
 */
export class ProbeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = "ProbeError";
  }
}
