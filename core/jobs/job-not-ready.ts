/**
 * Thrown by a job handler whose job cannot run yet because another run holds what it needs (the
 * produce_card job while the payment notice's inline run produces the same order). The runner queues
 * the job again after `retryInMs` without counting the claim as an attempt, and logs it as deferred
 * rather than failed: nothing went wrong, and a job deferred many times must not run out of attempts.
 */
export class JobNotReady extends Error {
  override readonly name = "JobNotReady";

  constructor(
    message: string,
    /** How long to wait before the job is due again; more than 0, so the deferral is not claimed at once. */
    readonly retryInMs = 15_000,
  ) {
    super(message);
  }
}
