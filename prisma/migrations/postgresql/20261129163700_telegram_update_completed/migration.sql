-- An update's effect done: a claimed update without it was cut off (the process died) and is answered on redelivery.
ALTER TABLE "TelegramUpdate" ADD COLUMN "completedAt" TIMESTAMP(3);
