-- Zalo's messages go through the shared update journal ("processed_updates", platform 'zalo') as
-- Telegram's do: leases, one chat's updates in order across every instance, and take-over of what a
-- dead instance held. "zalo_inbound" keeps only what the journal cannot: Zalo's message id (which
-- de-duplicates re-deliveries and the bot's own echoes) and the update id it was given.
--
-- A message written down under the earlier scheme but not handled yet moves to the journal first
-- (the payload is the update without its id; its chat is the number the bot knows the chat by).
INSERT INTO "processed_updates" ("platform", "update_id", "state", "lease_until", "chat_key", "payload")
SELECT 'zalo', z."update_id", 'received', now(),
       'chat:' || (z."payload"::json -> 'message' -> 'chat' ->> 'id'),
       '{"update_id":' || z."update_id" || ',' || substr(z."payload", 2)
FROM "zalo_inbound" z
WHERE z."handled_at" IS NULL AND z."payload" IS NOT NULL AND z."payload" LIKE '{"message":%'
ON CONFLICT ("platform", "update_id") DO UPDATE
    SET "state" = 'received', "lease_until" = now(), "owner" = NULL, "chat_key" = EXCLUDED."chat_key", "payload" = EXCLUDED."payload"
    WHERE "processed_updates"."state" <> 'done';

ALTER TABLE "zalo_inbound" DROP COLUMN "payload", DROP COLUMN "handled_at";
