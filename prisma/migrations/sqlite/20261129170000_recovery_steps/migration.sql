-- The recovery ledger (core/ports/recovery-ledger.ts): a multi-step change writes its intent before
-- its first write and closes it after its last; the recovery sweep completes the ones a crash left open.
CREATE TABLE "RecoveryStep" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "openedAt" DATETIME NOT NULL,
    "leaseUntil" DATETIME NOT NULL,
    "closedAt" DATETIME
);
CREATE INDEX "RecoveryStep_closedAt_leaseUntil_idx" ON "RecoveryStep"("closedAt", "leaseUntil");
