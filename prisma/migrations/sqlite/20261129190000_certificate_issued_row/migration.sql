-- An issued certificate's row no longer keeps its TBS: the certificate holds the same bytes
-- (adapters/db/certificate-row.ts). The revocation index holds only revoked rows (the CRL asks for
-- no others); the order index goes (no query looks certificates up by order: an order's
-- certificates are found by VKN). Rows issued before keep their TBS. SQLite cannot drop NOT NULL in
-- place: the table is rebuilt with the same columns.
CREATE TABLE "new_Certificate" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "serial" TEXT NOT NULL,
    "issuanceKey" TEXT NOT NULL,
    "orderId" TEXT,
    "vkn" TEXT NOT NULL,
    "subjectCn" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "profile" TEXT NOT NULL,
    "issuerId" TEXT NOT NULL,
    "tbsDer" BLOB,
    "certDer" BLOB,
    "state" TEXT NOT NULL,
    "notBefore" DATETIME NOT NULL,
    "notAfter" DATETIME NOT NULL,
    "tokenUri" TEXT,
    "revokedAt" DATETIME,
    "revocationReason" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_Certificate" ("id", "serial", "issuanceKey", "orderId", "vkn", "subjectCn", "kind", "profile", "issuerId", "tbsDer", "certDer", "state", "notBefore", "notAfter", "tokenUri", "revokedAt", "revocationReason", "createdAt")
SELECT "id", "serial", "issuanceKey", "orderId", "vkn", "subjectCn", "kind", "profile", "issuerId", "tbsDer", "certDer", "state", "notBefore", "notAfter", "tokenUri", "revokedAt", "revocationReason", "createdAt" FROM "Certificate";
DROP TABLE "Certificate";
ALTER TABLE "new_Certificate" RENAME TO "Certificate";
CREATE UNIQUE INDEX "Certificate_serial_key" ON "Certificate"("serial");
CREATE UNIQUE INDEX "Certificate_issuanceKey_key" ON "Certificate"("issuanceKey");
CREATE INDEX "Certificate_vkn_idx" ON "Certificate"("vkn");
CREATE INDEX "Certificate_revokedAt_idx" ON "Certificate"("revokedAt") WHERE "revokedAt" IS NOT NULL;
