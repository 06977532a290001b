/**
 * The append-only audit log of CA actions (key generation, issuance, revocation, CRL and OCSP
 * signing, token events, failed logins) as a hash chain: each entry's hash is SHA-256 over the
 * previous hash and the entry's canonical form, so a changed or deleted entry breaks the chain.
 */

import { type AuditCheckpoint, type AuditCheckpointStore, checkpointOf } from "./audit-checkpoint.ts";
import type { AuditRecord } from "./audit-record.ts";

/** An entry as written. */
export interface AuditEvent {
  actor: string;
  action: string;
  subject: string;
  details?: Record<string, string | number | boolean>;
}

/** Storage of the chain: appends are serialised by the store (one writer at a time). */
export interface AuditStore {
  /** Runs `write` with the last record, exclusively; what it returns is appended. */
  appendAfterLast(
    write: (last: AuditRecord | undefined) => Promise<Omit<AuditRecord, "seq">>,
  ): Promise<AuditRecord>;
  /** All records in order of `seq`. */
  all(): Promise<AuditRecord[]>;
  /** The newest record, if any. */
  last(): Promise<AuditRecord | undefined>;
}

/** The hash that precedes the first entry. */
export const GENESIS_HASH = "0".repeat(64);

/** The canonical bytes of an entry: fixed field order, ISO time, details with sorted keys. */
export function canonicalEntry(entry: Omit<AuditRecord, "seq" | "hash">): string {
  return JSON.stringify([
    entry.prevHash,
    entry.at.toISOString(),
    entry.actor,
    entry.action,
    entry.subject,
    entry.details,
  ]);
}

/** SHA-256 hex of a text. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest("SHA-256", new TextEncoder().encode(text));
  return Buffer.from(digest).toString("hex");
}

function sortedDetails(details: AuditEvent["details"]): string {
  const entries = Object.entries(details ?? {}).sort(([a], [b]) => a.localeCompare(b));
  return JSON.stringify(Object.fromEntries(entries));
}

/**
 * Keyed checkpoints of the chain (core/audit/audit-checkpoint.ts): with an anchor, every `every`-th
 * entry is checkpointed as it is appended, and {@link AuditLog.checkpoint} anchors the newest entry
 * on demand (a timer, shutdown, `mm audit checkpoint`).
 */
export interface AuditAnchor {
  /** The HMAC key, kept outside the database. */
  key: Uint8Array;
  store: AuditCheckpointStore;
  /** A checkpoint at each entry whose seq is a multiple of this (default 100). */
  every?: number;
}

/** Appends events to the chain. */
export class AuditLog {
  constructor(
    private readonly store: AuditStore,
    private readonly clock: { now(): Date },
    private readonly anchor?: AuditAnchor,
  ) {}

  /** Appends one event after the current last entry. */
  async append(event: AuditEvent): Promise<AuditRecord> {
    const record = await this.#appendEntry(event);
    if (this.anchor && record.seq % (this.anchor.every ?? 100) === 0)
      await this.anchor.store.addCheckpoint(checkpointOf(this.anchor.key, record, this.clock.now()));
    return record;
  }

  /**
   * Writes a checkpoint of the newest entry (nothing when there is no anchor, no entry, or the
   * newest entry is already anchored). Returns the checkpoint written, if any.
   */
  async checkpoint(): Promise<AuditCheckpoint | undefined> {
    if (!this.anchor) return undefined;
    const last = await this.store.last();
    if (!last) return undefined;
    const newest = (await this.anchor.store.checkpoints()).at(-1);
    if (newest && newest.seq >= last.seq) return undefined;
    const checkpoint = checkpointOf(this.anchor.key, last, this.clock.now());
    await this.anchor.store.addCheckpoint(checkpoint);
    return checkpoint;
  }

  #appendEntry(event: AuditEvent): Promise<AuditRecord> {
    return this.store.appendAfterLast(async (last) => {
      const entry = {
        at: this.clock.now(),
        actor: event.actor,
        action: event.action,
        subject: event.subject,
        details: sortedDetails(event.details),
        prevHash: last?.hash ?? GENESIS_HASH,
      };
      return { ...entry, hash: await sha256Hex(canonicalEntry(entry)) };
    });
  }
}

/** The result of checking the chain: the first broken link, if any. */
export type ChainVerdict =
  | { ok: true; entries: number }
  | { ok: false; entries: number; seq: number; problem: "changed" | "deleted_before" };

/**
 * Walks the chain: every entry's hash must match its content and follow the previous entry's hash,
 * and sequence numbers must have no gaps. Returns the first broken link. (Removing the newest
 * entries, or rewriting and re-hashing, leaves a valid chain: the keyed checkpoints of
 * core/audit/audit-checkpoint.ts catch those; see `verifyAnchoredChain`.)
 */
export async function verifyChain(records: AuditRecord[]): Promise<ChainVerdict> {
  let prev = GENESIS_HASH;
  let expectedSeq = records[0]?.seq ?? 1;
  for (const r of records) {
    if (r.seq !== expectedSeq)
      return { ok: false, entries: records.length, seq: r.seq, problem: "deleted_before" };
    if (r.prevHash !== prev)
      return { ok: false, entries: records.length, seq: r.seq, problem: "deleted_before" };
    if ((await sha256Hex(canonicalEntry(r))) !== r.hash) {
      return { ok: false, entries: records.length, seq: r.seq, problem: "changed" };
    }
    prev = r.hash;
    expectedSeq = r.seq + 1;
  }
  return { ok: true, entries: records.length };
}
