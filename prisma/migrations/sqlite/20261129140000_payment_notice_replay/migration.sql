-- Signatures of accepted HMAC payment notices, kept for the timestamp window (replay refusal).
CREATE TABLE "PaymentNoticeReplay" (
    "signature" TEXT NOT NULL PRIMARY KEY,
    "expiresAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "PaymentNoticeReplay_expiresAt_idx" ON "PaymentNoticeReplay"("expiresAt");
