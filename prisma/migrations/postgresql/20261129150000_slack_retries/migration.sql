-- Slack requests already handled (event_id / trigger_id), kept for an hour: a retry is dropped on every instance.
CREATE TABLE "SlackRetry" (
    "requestKey" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SlackRetry_pkey" PRIMARY KEY ("requestKey")
);

-- CreateIndex
CREATE INDEX "SlackRetry_expiresAt_idx" ON "SlackRetry"("expiresAt");
