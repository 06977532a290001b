-- Signatures of accepted HMAC payment notices, kept for the timestamp window (replay refusal).
CREATE TABLE "PaymentNoticeReplay" (
    "signature" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PaymentNoticeReplay_pkey" PRIMARY KEY ("signature")
);

-- CreateIndex
CREATE INDEX "PaymentNoticeReplay_expiresAt_idx" ON "PaymentNoticeReplay"("expiresAt");
