-- When a taken hand-off's agent last took it or wrote in its thread: an agent silent too long closes it
-- (bot/handoff/handoff-service.ts). Hand-offs taken before this migration count from when they were taken.
ALTER TABLE "Handoff" ADD COLUMN "agentActiveAt" TIMESTAMP(3);
UPDATE "Handoff" SET "agentActiveAt" = "takenAt" WHERE "takenAt" IS NOT NULL;
