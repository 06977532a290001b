-- The customer's language (tr | en): notifications are rendered in it. An application keeps the
-- language of the conversation it was made in; the subscriber takes its first application's; each
-- notification row records the language it was rendered in. Rows from before were Turkish.
ALTER TABLE "Application" ADD COLUMN "language" TEXT NOT NULL DEFAULT 'tr';
ALTER TABLE "Subscriber" ADD COLUMN "language" TEXT NOT NULL DEFAULT 'tr';
ALTER TABLE "Notification" ADD COLUMN "language" TEXT NOT NULL DEFAULT 'tr';
