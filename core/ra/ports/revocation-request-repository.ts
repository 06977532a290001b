/** Storage of revocation requests (R7), including those awaiting a second agent. */

/** Seed reasons of R7.2. */
export type SeedRevocationReason = "kayip" | "calinti" | "gib" | "misuse";

/** One revocation request. */
export interface RevocationRequestRecord {
  id: string;
  serial: string;
  reason: SeedRevocationReason;
  requestedBy: string;
  requestedAt: Date;
  approvedBy?: string;
  decidedAt?: Date;
  status: "pending" | "approved" | "rejected" | "done";
}

/** Storage port of revocation requests. */
export interface RevocationRequestRepository {
  insert(record: RevocationRequestRecord): Promise<void>;
  byId(id: string): Promise<RevocationRequestRecord | undefined>;
  pendingForSerial(serial: string): Promise<RevocationRequestRecord | undefined>;
  /** The approved (or done) request that revoked a certificate, the latest if several. */
  decidedForSerial(serial: string): Promise<RevocationRequestRecord | undefined>;
  /** Decides a pending request once; false when it was not pending any more. */
  decide(
    id: string,
    decision: { status: "approved" | "rejected" | "done"; approvedBy?: string; decidedAt: Date },
  ): Promise<boolean>;
  /** Marks an approved request done. */
  markDone(id: string): Promise<void>;
}
