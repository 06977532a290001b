-- The client an application came from (the new-application budget counts per subject and client).
ALTER TABLE "Application" ADD COLUMN "sourceConversation" TEXT;
ALTER TABLE "Application" ADD COLUMN "sourceNetwork" TEXT;
CREATE INDEX "Application_sourceConversation_createdAt_idx" ON "Application"("sourceConversation", "createdAt");
CREATE INDEX "Application_sourceNetwork_createdAt_idx" ON "Application"("sourceNetwork", "createdAt");
