-- Scheduled runs and their deliveries (the outbox), and each committee's digest settings.

ALTER TABLE "committees" ADD COLUMN "digest_time" TEXT NOT NULL DEFAULT '07:30';
ALTER TABLE "committees" ADD COLUMN "digest_catch_up_until" TEXT NOT NULL DEFAULT '11:00';
ALTER TABLE "committees" ADD COLUMN "empty_digest" BOOLEAN NOT NULL DEFAULT true;

CREATE TYPE "RunKind" AS ENUM ('daily_digest', 'reminder', 'weekly_summary');
CREATE TYPE "RunState" AS ENUM ('pending', 'done', 'skipped');
CREATE TYPE "DeliveryState" AS ENUM ('pending', 'sending', 'sent', 'failed', 'unknown');

CREATE TABLE "runs" (
    "id" SERIAL PRIMARY KEY,
    "committee_id" INTEGER NOT NULL REFERENCES "committees"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    "kind" "RunKind" NOT NULL,
    "local_date" DATE NOT NULL,
    "state" "RunState" NOT NULL DEFAULT 'pending',
    "note" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE UNIQUE INDEX "runs_kind_committee_id_local_date_key" ON "runs"("kind", "committee_id", "local_date");

CREATE TABLE "deliveries" (
    "id" SERIAL PRIMARY KEY,
    "run_id" INTEGER NOT NULL REFERENCES "runs"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    "platform" "Platform" NOT NULL,
    "target" TEXT NOT NULL,
    "part_no" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "state" "DeliveryState" NOT NULL DEFAULT 'pending',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lease_until" TIMESTAMPTZ(3),
    "not_before" TIMESTAMPTZ(3),
    "sent_at" TIMESTAMPTZ(3),
    "message_id" TEXT,
    "error" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE UNIQUE INDEX "deliveries_run_id_target_part_no_key" ON "deliveries"("run_id", "target", "part_no");
CREATE INDEX "deliveries_state_not_before_idx" ON "deliveries"("state", "not_before");
