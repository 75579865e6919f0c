-- The processed-update ledger becomes a journal: an update taken by the webhook (or a poll) is
-- written with its payload before it is acknowledged, then handled by whichever instance claims it.
-- Per-chat order: an update is claimed only when no earlier update of its chat is being handled
-- under a live lease. A lease that runs out (its instance died) makes the update claimable again.
ALTER TABLE "processed_updates"
    ADD COLUMN "chat_key" TEXT,
    ADD COLUMN "payload" TEXT,
    ADD COLUMN "owner" TEXT,
    ADD COLUMN "attempts" INTEGER NOT NULL DEFAULT 0,
    ADD COLUMN "finished_at" TIMESTAMPTZ(3);

-- Rows still to handle, per chat in update order; the partial index stays small.
CREATE INDEX "processed_updates_pending_idx" ON "processed_updates" ("platform", "chat_key", "update_id")
    WHERE "state" IN ('received', 'processing');
