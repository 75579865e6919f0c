-- The weekly summary for leaders (its day and time per committee, a chart image sent with it) and
-- notices to the secretariat (a group the bot can no longer write to).

ALTER TABLE "committees" ADD COLUMN "weekly_day" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "committees" ADD COLUMN "weekly_time" TEXT NOT NULL DEFAULT '08:00';

ALTER TYPE "RunKind" ADD VALUE 'notice';

ALTER TABLE "runs" ADD COLUMN "image" BYTEA;
ALTER TABLE "deliveries" ADD COLUMN "with_image" BOOLEAN NOT NULL DEFAULT false;
