/** A named probe of one dependency; resolves when usable, rejects with the reason otherwise. */
export interface HealthProbe {
  name: string;
  check(): Promise<void>;
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
