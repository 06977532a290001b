/**
 * The recovery ledger: a multi-step change (issuance, revocation, contact update) writes its
 * intent here before its first write and closes it after its last one. A crash in between leaves
 * the step open; once its lease has run out the recovery sweep (core/ra/recovery-sweep.ts) takes it
 * over and completes the missing steps, each of which checks whether it was done already.
 */

/** One open multi-step change. */
export interface RecoveryStep {
  /** Unique per change, e.g. `revocation:<serial>`. */
  key: string;
  /** What completes it: `issuance`, `revocation`, `contact_update`. */
  kind: string;
  /** What the completion needs (strings only). */
  payload: Record<string, string>;
  openedAt: Date;
  /** Until then the holder is presumed alive and nobody else completes the step. */
  leaseUntil: Date;
}

/** Storage of the ledger. */
export interface RecoveryLedger {
  /**
   * Opens (or reopens) the step and holds it until `leaseUntil`: true for the caller that now holds
   * it (the step was absent, closed, or its lease had run out before `now`), false while another
   * holds it. Taking over an open step keeps its `openedAt` and payload.
   */
  acquire(step: RecoveryStep, now: Date): Promise<boolean>;
  /**
   * Gives up holding an open step (its change failed with an error, the process lives on): the
   * next attempt or the sweep may take it at once.
   */
  release(key: string): Promise<void>;
  /** Closes a step (its change is complete). */
  close(key: string, at: Date): Promise<void>;
  /** Open steps whose lease ran out before `now`, oldest first. */
  overdue(now: Date, limit: number): Promise<RecoveryStep[]>;
  /**
   * Whether the audit chain holds an entry of this action and subject appended at or after
   * `since` (a completion appends only what a crash left out).
   */
  audited(action: string, subject: string, since?: Date): Promise<boolean>;
  /**
   * The details of the audit chain's entries of this action and subject, oldest first: a completion
   * that must know which change an entry names (a payment's entry names the payment) reads them.
   */
  auditDetails(action: string, subject: string): Promise<Record<string, unknown>[]>;
}

/** How long a live change holds its step before the sweep may complete it (default 2 minutes). */
export const defaultRecoveryLeaseMs = 120_000;
