-- A notification whose body carries a one-time code; the body is blanked once delivered.
ALTER TABLE "Notification" ADD COLUMN "sensitive" BOOLEAN NOT NULL DEFAULT false;
