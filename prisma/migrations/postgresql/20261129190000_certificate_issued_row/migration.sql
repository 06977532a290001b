-- An issued certificate's row no longer keeps its TBS: the certificate holds the same bytes
-- (adapters/db/certificate-row.ts no longer reads them), so the row marked issued stays below the
-- TOAST threshold. With room left on each page (fillfactor 60) that update is a HOT update: it
-- touches no index. The revocation index holds only revoked rows (the CRL asks for no others), so
-- issuing adds no entry to it; the order index goes (no query looks certificates up by order: an
-- order's certificates are found by VKN). Rows issued before keep their TBS.
ALTER TABLE "Certificate" ALTER COLUMN "tbsDer" DROP NOT NULL;
ALTER TABLE "Certificate" SET (fillfactor = 60);
DROP INDEX "Certificate_orderId_idx";
DROP INDEX "Certificate_revokedAt_idx";
CREATE INDEX "Certificate_revokedAt_idx" ON "Certificate"("revokedAt") WHERE "revokedAt" IS NOT NULL;
