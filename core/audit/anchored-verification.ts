/**
 * Checks the audit chain together with its keyed checkpoints (core/audit/audit-checkpoint.ts): what
 * `mm audit verify` runs.
 */
import { timingSafeEqual } from "node:crypto";
import { type AuditCheckpoint, checkpointMac } from "./audit-checkpoint.ts";
import { verifyChain } from "./audit-log.ts";
import type { AuditRecord } from "./audit-record.ts";

/** What can be wrong with a log beyond a broken link. */
export type AnchorProblem =
  /** A checkpoint's MAC does not match (forged, or another key). */
  | "checkpoint_forged"
  /** The entry a checkpoint anchors is missing: the log was cut below it (or emptied). */
  | "truncated"
  /** The entry a checkpoint anchors has another hash: entries were rewritten and hashed again. */
  | "rewritten";

/** The verdict of {@link verifyAnchoredChain}. */
export type AnchoredVerdict =
  | {
      ok: true;
      entries: number;
      checkpoints: number;
      /** Entries after the newest checkpoint (not yet protected against truncation). */
      unanchored: number;
    }
  | { ok: false; entries: number; seq: number; problem: "changed" | "deleted_before" | AnchorProblem };

/**
 * Checks the chain (every link) and then every checkpoint against it. The first problem found is
 * reported, chain links first.
 */
export async function verifyAnchoredChain(
  records: AuditRecord[],
  checkpoints: AuditCheckpoint[],
  key: Uint8Array,
): Promise<AnchoredVerdict> {
  const chain = await verifyChain(records);
  if (!chain.ok) return chain;
  const bySeq = new Map(records.map((r) => [r.seq, r]));
  let newest = 0;
  for (const checkpoint of checkpoints) {
    const expected = Buffer.from(checkpointMac(key, checkpoint), "hex");
    const given = Buffer.from(checkpoint.mac, "hex");
    if (expected.length !== given.length || !timingSafeEqual(expected, given))
      return { ok: false, entries: records.length, seq: checkpoint.seq, problem: "checkpoint_forged" };
    const record = bySeq.get(checkpoint.seq);
    if (!record) return { ok: false, entries: records.length, seq: checkpoint.seq, problem: "truncated" };
    if (record.hash !== checkpoint.hash)
      return { ok: false, entries: records.length, seq: checkpoint.seq, problem: "rewritten" };
    newest = Math.max(newest, checkpoint.seq);
  }
  const unanchored = records.filter((r) => r.seq > newest).length;
  return { ok: true, entries: records.length, checkpoints: checkpoints.length, unanchored };
}
