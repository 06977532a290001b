/**
 * Keyed checkpoints of the audit chain. A hash chain alone proves order, not completeness: removing
 * the newest entries, or rewriting entries and hashing them again, leaves a valid chain. A checkpoint
 * records "entry `seq` had hash `hash`" under an HMAC whose key lives outside the database
 * (`MM_AUDIT_KEY`, or derived from the key passphrase), so whoever can write the database cannot
 * forge one. Checkpoints are written every N entries, on a timer and on demand (`mm audit
 * checkpoint`); `mm audit verify` checks the chain against every checkpoint, so truncation below the
 * newest checkpoint, deletion and rewrite are all reported. Entries after the newest checkpoint are
 * reported as not yet anchored.
 */
import { createHmac } from "node:crypto";
import type { AuditRecord } from "./audit-record.ts";

/** A stored checkpoint: the chain's hash at entry `seq`, keyed. */
export interface AuditCheckpoint {
  /** The sequence number of the entry it anchors. */
  seq: number;
  /** That entry's hash. */
  hash: string;
  at: Date;
  /** HMAC-SHA-256 (hex) over seq, hash and time. */
  mac: string;
}

/** Storage of checkpoints. */
export interface AuditCheckpointStore {
  /** Stores a checkpoint; a second one for the same `seq` is ignored. */
  addCheckpoint(checkpoint: AuditCheckpoint): Promise<void>;
  /** All checkpoints in order of `seq`. */
  checkpoints(): Promise<AuditCheckpoint[]>;
}

/** The MAC of a checkpoint under the audit key. */
export function checkpointMac(key: Uint8Array, checkpoint: Omit<AuditCheckpoint, "mac">): string {
  return createHmac("sha256", key)
    .update(
      JSON.stringify([
        "mm-audit-checkpoint-v1",
        checkpoint.seq,
        checkpoint.hash,
        checkpoint.at.toISOString(),
      ]),
    )
    .digest("hex");
}

/** A checkpoint of `record`, keyed. */
export function checkpointOf(key: Uint8Array, record: AuditRecord, at: Date): AuditCheckpoint {
  const body = { seq: record.seq, hash: record.hash, at };
  return { ...body, mac: checkpointMac(key, body) };
}
