-- One way out: announcements are deliveries too (no run), with buttons; every delivery names its
-- committee, what it is and whether it goes to a group; the senders of all processes share one pace
-- per platform (send_gates) and one record of what left for which chat (send_ledger).

ALTER TABLE "deliveries" ALTER COLUMN "run_id" DROP NOT NULL;

ALTER TABLE "deliveries" ADD COLUMN "committee_id" INTEGER;
ALTER TABLE "deliveries" ADD COLUMN "topic" TEXT;
UPDATE "deliveries" d SET "committee_id" = r."committee_id", "topic" = r."kind"::TEXT FROM "runs" r WHERE r."id" = d."run_id";
ALTER TABLE "deliveries" ALTER COLUMN "committee_id" SET NOT NULL;
ALTER TABLE "deliveries" ALTER COLUMN "topic" SET NOT NULL;
ALTER TABLE "deliveries" ADD CONSTRAINT "deliveries_committee_id_fkey"
    FOREIGN KEY ("committee_id") REFERENCES "committees"("id") ON DELETE CASCADE ON UPDATE CASCADE;

ALTER TABLE "deliveries" ADD COLUMN "to_group" BOOLEAN NOT NULL DEFAULT false;
-- Telegram's group ids are negative; so were the console's. Zalo had no deliveries yet.
UPDATE "deliveries" SET "to_group" = true WHERE "target" LIKE '-%';

ALTER TABLE "deliveries" ADD COLUMN "keyboard" JSONB;

CREATE INDEX "deliveries_platform_target_id_idx" ON "deliveries"("platform", "target", "id");
CREATE INDEX "deliveries_committee_id_idx" ON "deliveries"("committee_id");

CREATE TABLE "send_gates" (
    "platform" "Platform" PRIMARY KEY,
    "last_slot" TIMESTAMPTZ(3) NOT NULL,
    "paused_until" TIMESTAMPTZ(3) NOT NULL
);
INSERT INTO "send_gates" ("platform", "last_slot", "paused_until")
SELECT p, TIMESTAMPTZ '1970-01-01 00:00:00+00', TIMESTAMPTZ '1970-01-01 00:00:00+00'
FROM unnest(enum_range(NULL::"Platform")) AS p;

CREATE TABLE "send_ledger" (
    "id" BIGSERIAL PRIMARY KEY,
    "platform" "Platform" NOT NULL,
    "target" TEXT NOT NULL,
    "at" TIMESTAMPTZ(3) NOT NULL,
    "delivery_id" INTEGER
);
CREATE INDEX "send_ledger_platform_target_at_idx" ON "send_ledger"("platform", "target", "at");
CREATE INDEX "send_ledger_at_idx" ON "send_ledger"("at");
