-- Keyed checkpoints of the audit chain (core/audit/audit-checkpoint.ts).
CREATE TABLE "AuditCheckpoint" (
    "seq" INTEGER NOT NULL PRIMARY KEY,
    "hash" TEXT NOT NULL,
    "at" DATETIME NOT NULL,
    "mac" TEXT NOT NULL
);
