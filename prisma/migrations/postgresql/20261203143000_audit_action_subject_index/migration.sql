-- The audit chain read by action and subject: RecoveryLedger.audited and auditDetails
-- (adapters/db/recovery-ledger.ts) ask it on every repeated submission, payment notice, contact
-- update and issuance; without this index each look-up scanned the whole chain.
CREATE INDEX "AuditEntry_action_subject_idx" ON "AuditEntry"("action", "subject");
