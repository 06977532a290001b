/**
 * How the RA use cases hold a recovery step around a multi-step change (core/ports/recovery-ledger.ts):
 * held before the first write, closed after the last; without a ledger (in-memory tests) every
 * caller holds it.
 */
import { defaultRecoveryLeaseMs, type RecoveryStep } from "../ports/recovery-ledger.ts";
import type { RaDeps } from "./ra-deps.ts";

/** Kinds of recovery steps the RA opens (core/ra/recovery-sweep.ts completes them). */
export const recoveryKinds = {
  issuance: "issuance",
  revocation: "revocation",
  contactUpdate: "contact_update",
  paymentPost: "payment_post",
} as const;

/** The lease of a step taken now. */
export function leaseFrom(deps: Pick<RaDeps, "config">, now: Date): Date {
  return new Date(now.getTime() + (deps.config.recoveryLeaseMs ?? defaultRecoveryLeaseMs));
}

/** Opens and holds the step `key`; false while another live change or the sweep holds it. */
export async function holdStep(
  deps: Pick<RaDeps, "recovery" | "clock" | "config">,
  key: string,
  kind: string,
  payload: Record<string, string>,
): Promise<boolean> {
  if (!deps.recovery) return true;
  const now = deps.clock.now();
  const step: RecoveryStep = { key, kind, payload, openedAt: now, leaseUntil: leaseFrom(deps, now) };
  return deps.recovery.acquire(step, now);
}

/** Gives the step up after an error: the next attempt or the sweep takes it at once. */
export async function releaseStep(deps: Pick<RaDeps, "recovery">, key: string): Promise<void> {
  await deps.recovery?.release(key);
}

/** Closes the step: the change is complete. */
export async function closeStep(deps: Pick<RaDeps, "recovery" | "clock">, key: string): Promise<void> {
  await deps.recovery?.close(key, deps.clock.now());
}
