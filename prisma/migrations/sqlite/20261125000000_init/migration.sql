-- CreateTable
CREATE TABLE "CaKey" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "role" TEXT NOT NULL,
    "keyUri" TEXT NOT NULL,
    "certDer" BLOB NOT NULL,
    "subject" TEXT NOT NULL,
    "serial" TEXT NOT NULL,
    "notBefore" DATETIME NOT NULL,
    "notAfter" DATETIME NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Certificate" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "serial" TEXT NOT NULL,
    "issuanceKey" TEXT NOT NULL,
    "orderId" TEXT,
    "vkn" TEXT NOT NULL,
    "subjectCn" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "profile" TEXT NOT NULL,
    "issuerId" TEXT NOT NULL,
    "tbsDer" BLOB NOT NULL,
    "certDer" BLOB,
    "state" TEXT NOT NULL,
    "notBefore" DATETIME NOT NULL,
    "notAfter" DATETIME NOT NULL,
    "tokenUri" TEXT,
    "revokedAt" DATETIME,
    "revocationReason" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "CrlIssue" (
    "number" INTEGER NOT NULL PRIMARY KEY,
    "issuerId" TEXT NOT NULL,
    "thisUpdate" DATETIME NOT NULL,
    "nextUpdate" DATETIME NOT NULL,
    "der" BLOB NOT NULL,
    "entries" INTEGER NOT NULL
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "seq" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "at" DATETIME NOT NULL,
    "actor" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "details" TEXT NOT NULL,
    "prevHash" TEXT NOT NULL,
    "hash" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Application" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "orderNo" TEXT NOT NULL,
    "idempotencyKey" TEXT NOT NULL,
    "personType" TEXT NOT NULL,
    "vkn" TEXT,
    "tckn" TEXT,
    "title" TEXT NOT NULL,
    "signerName" TEXT NOT NULL,
    "signerTckn" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "medium" TEXT NOT NULL,
    "deliveryAddress" TEXT,
    "hsmGroup" TEXT,
    "hsmAddress" TEXT,
    "techName" TEXT,
    "techPhone" TEXT,
    "status" TEXT NOT NULL,
    "amountKurus" INTEGER NOT NULL,
    "renewalOf" TEXT,
    "channel" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Payment" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "applicationId" TEXT NOT NULL,
    "channel" TEXT NOT NULL,
    "providerRef" TEXT NOT NULL,
    "amountKurus" INTEGER NOT NULL,
    "receivedAt" DATETIME NOT NULL,
    "postsAt" DATETIME NOT NULL,
    "postedAt" DATETIME,
    "refundedAt" DATETIME,
    "refundReason" TEXT
);

-- CreateTable
CREATE TABLE "ProductionStep" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "applicationId" TEXT NOT NULL,
    "step" TEXT NOT NULL,
    "actor" TEXT NOT NULL,
    "at" DATETIME NOT NULL,
    "note" TEXT
);

-- CreateTable
CREATE TABLE "Delivery" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "applicationId" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "recipientKind" TEXT NOT NULL,
    "recipientName" TEXT,
    "documents" TEXT,
    "trackingNo" TEXT,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Subscriber" (
    "idNumber" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "phone" TEXT NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "OtpChallenge" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "purpose" TEXT NOT NULL,
    "subjectKey" TEXT NOT NULL,
    "conversationId" TEXT NOT NULL,
    "target" TEXT,
    "codeHash" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "expiresAt" DATETIME NOT NULL,
    "consumedAt" DATETIME,
    "createdAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "Verification" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "conversationId" TEXT NOT NULL,
    "subjectKey" TEXT NOT NULL,
    "method" TEXT NOT NULL,
    "agentId" TEXT,
    "verifiedAt" DATETIME NOT NULL,
    "expiresAt" DATETIME NOT NULL
);

-- CreateTable
CREATE TABLE "RevocationRequest" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "serial" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "requestedBy" TEXT NOT NULL,
    "requestedAt" DATETIME NOT NULL,
    "approvedBy" TEXT,
    "decidedAt" DATETIME,
    "status" TEXT NOT NULL
);

-- CreateTable
CREATE TABLE "Job" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "kind" TEXT NOT NULL,
    "payload" TEXT NOT NULL,
    "uniqueKey" TEXT,
    "runAt" DATETIME NOT NULL,
    "status" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lockedBy" TEXT,
    "lockedUntil" DATETIME,
    "lastError" TEXT,
    "doneAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "channel" TEXT NOT NULL,
    "recipient" TEXT NOT NULL,
    "subject" TEXT,
    "body" TEXT NOT NULL,
    "uniqueKey" TEXT,
    "status" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "createdAt" DATETIME NOT NULL,
    "sentAt" DATETIME
);

-- CreateTable
CREATE TABLE "Conversation" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "channel" TEXT NOT NULL,
    "externalId" TEXT,
    "tokenHash" TEXT,
    "locale" TEXT NOT NULL,
    "state" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL,
    "updatedAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "CaKey_role_active_idx" ON "CaKey"("role", "active");
CREATE UNIQUE INDEX "Certificate_serial_key" ON "Certificate"("serial");
CREATE UNIQUE INDEX "Certificate_issuanceKey_key" ON "Certificate"("issuanceKey");
CREATE INDEX "Certificate_vkn_idx" ON "Certificate"("vkn");
CREATE INDEX "Certificate_orderId_idx" ON "Certificate"("orderId");
CREATE INDEX "Certificate_revokedAt_idx" ON "Certificate"("revokedAt");
CREATE UNIQUE INDEX "AuditEntry_hash_key" ON "AuditEntry"("hash");
CREATE UNIQUE INDEX "Application_orderNo_key" ON "Application"("orderNo");
CREATE UNIQUE INDEX "Application_idempotencyKey_key" ON "Application"("idempotencyKey");
CREATE INDEX "Application_vkn_idx" ON "Application"("vkn");
CREATE INDEX "Application_tckn_idx" ON "Application"("tckn");
CREATE UNIQUE INDEX "Payment_providerRef_key" ON "Payment"("providerRef");
CREATE INDEX "Payment_applicationId_idx" ON "Payment"("applicationId");
CREATE INDEX "ProductionStep_applicationId_idx" ON "ProductionStep"("applicationId");
CREATE UNIQUE INDEX "Delivery_applicationId_key" ON "Delivery"("applicationId");
CREATE INDEX "OtpChallenge_conversationId_idx" ON "OtpChallenge"("conversationId");
CREATE INDEX "OtpChallenge_subjectKey_idx" ON "OtpChallenge"("subjectKey");
CREATE INDEX "Verification_conversationId_idx" ON "Verification"("conversationId");
CREATE INDEX "RevocationRequest_serial_idx" ON "RevocationRequest"("serial");
CREATE UNIQUE INDEX "Job_uniqueKey_key" ON "Job"("uniqueKey");
CREATE INDEX "Job_status_runAt_idx" ON "Job"("status", "runAt");
CREATE UNIQUE INDEX "Notification_uniqueKey_key" ON "Notification"("uniqueKey");
CREATE INDEX "Notification_status_idx" ON "Notification"("status");
CREATE UNIQUE INDEX "Conversation_channel_externalId_key" ON "Conversation"("channel", "externalId");
