-- The client network of a one-time code (per-network and global budgets).
ALTER TABLE "OtpChallenge" ADD COLUMN "network" TEXT;
CREATE INDEX "OtpChallenge_network_createdAt_idx" ON "OtpChallenge"("network", "createdAt");
CREATE INDEX "OtpChallenge_createdAt_idx" ON "OtpChallenge"("createdAt");
