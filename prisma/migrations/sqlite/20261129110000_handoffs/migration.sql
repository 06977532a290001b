-- Hand-offs to a human agent (issue 14): stored so that they survive a restart and work across
-- instances. activeConversationId is set while open or taken (one active hand-off per conversation).
CREATE TABLE "Handoff" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "ticket" TEXT NOT NULL,
    "conversationId" TEXT NOT NULL,
    "activeConversationId" TEXT,
    "channel" TEXT NOT NULL,
    "locale" TEXT NOT NULL,
    "status" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "deskThread" TEXT,
    "agentId" TEXT,
    "openedAt" DATETIME NOT NULL,
    "takenAt" DATETIME,
    "closedAt" DATETIME,
    "closeReason" TEXT
);
CREATE UNIQUE INDEX "Handoff_ticket_key" ON "Handoff"("ticket");
CREATE UNIQUE INDEX "Handoff_activeConversationId_key" ON "Handoff"("activeConversationId");
CREATE INDEX "Handoff_conversationId_idx" ON "Handoff"("conversationId");
CREATE INDEX "Handoff_deskThread_idx" ON "Handoff"("deskThread");
