-- Slack requests already handled (event_id / trigger_id), kept for an hour: a retry is dropped on every instance.
CREATE TABLE "SlackRetry" (
    "requestKey" TEXT NOT NULL PRIMARY KEY,
    "expiresAt" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "SlackRetry_expiresAt_idx" ON "SlackRetry"("expiresAt");
