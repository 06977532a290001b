/**
 * The append-only audit log of CA actions (key generation, issuance, revocation, CRL and OCSP
 * signing, token events, failed logins) as a hash chain: each entry's hash is SHA-256 over the
 * previous hash and the entry's canonical form, so a changed or deleted entry breaks the chain.
 */

/** An entry as written. */
export interface AuditEvent {
  actor: string;
  action: string;
  subject: string;
  details?: Record<string, string | number | boolean>;
}

/** An entry as stored, with its place in the chain. */
export interface AuditRecord {
  seq: number;
  at: Date;
  actor: string;
  action: string;
  subject: string;
  details: string;
  prevHash: string;
  hash: string;
}

/** Storage of the chain: appends are serialised by the store (one writer at a time). */
export interface AuditStore {
  /** Runs `write` with the last record, exclusively; what it returns is appended. */
  appendAfterLast(
    write: (last: AuditRecord | undefined) => Promise<Omit<AuditRecord, "seq">>,
  ): Promise<AuditRecord>;
  /** All records in order of `seq`. */
  all(): Promise<AuditRecord[]>;
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

/** Appends events to the chain. */
export class AuditLog {
  constructor(
    private readonly store: AuditStore,
    private readonly clock: { now(): Date },
  ) {}

  /** Appends one event after the current last entry. */
  async append(event: AuditEvent): Promise<AuditRecord> {
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
 * entries leaves a valid shorter chain; the last hash is therefore also reported by `mm audit verify`
 * so operators can compare it with an external record.)
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
