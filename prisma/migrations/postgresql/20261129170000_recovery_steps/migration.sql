-- The recovery ledger (core/ports/recovery-ledger.ts): a multi-step change writes its intent before
-- its first write and closes it after its last; the recovery sweep completes the ones a crash left open.
CREATE TABLE "RecoveryStep" (
    "key" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "openedAt" TIMESTAMP(3) NOT NULL,
    "leaseUntil" TIMESTAMP(3) NOT NULL,
    "closedAt" TIMESTAMP(3),
    CONSTRAINT "RecoveryStep_pkey" PRIMARY KEY ("key")
);
CREATE INDEX "RecoveryStep_closedAt_leaseUntil_idx" ON "RecoveryStep"("closedAt", "leaseUntil");
