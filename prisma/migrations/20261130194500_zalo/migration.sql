-- Zalo (issue 14). Zalo's ids are 20-character hex strings; the bot, grammY and its plugins expect
-- Telegram's numbers (conversations' andFrom compares numbers, for one). Each Zalo id gets a number
-- once, for good: people and their private chats positive, groups negative, as on Telegram.
CREATE SEQUENCE "zalo_ids_number_seq" AS BIGINT START WITH 1000000001;
CREATE TABLE "zalo_ids" (
    "zalo_id" TEXT NOT NULL,
    "number" BIGINT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "zalo_ids_pkey" PRIMARY KEY ("zalo_id")
);
CREATE UNIQUE INDEX "zalo_ids_number_key" ON "zalo_ids"("number");

-- Zalo's getUpdates hands each message out once and has no update ids, so every
-- message received is written here before it is handled: its Zalo message id de-duplicates
-- re-deliveries, and the row gives it the Telegram-style update id the bot runs on.
CREATE TABLE "zalo_inbound" (
    "message_id" TEXT NOT NULL,
    "update_id" BIGSERIAL NOT NULL,
    "chat_id" TEXT NOT NULL,
    -- The Telegram-shaped update (without its id) until it is handled; null afterwards.
    "payload" TEXT,
    "handled_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "zalo_inbound_pkey" PRIMARY KEY ("message_id")
);
CREATE UNIQUE INDEX "zalo_inbound_update_id_key" ON "zalo_inbound"("update_id");
CREATE INDEX "zalo_inbound_created_at_idx" ON "zalo_inbound"("created_at");

-- What the bot knows of each Zalo chat: private or group (Zalo ids do not say), and the latest
-- message the bot sent there, whose numbered choices a typed number answers.
CREATE TABLE "zalo_chats" (
    "chat_id" TEXT NOT NULL,
    "chat_type" TEXT NOT NULL,
    "latest_message" TEXT,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "zalo_chats_pkey" PRIMARY KEY ("chat_id")
);

-- Pictures and files the bot sends on Zalo: Zalo only takes a public URL, which our HTTP server
-- serves from here under an unguessable token until it expires.
CREATE TABLE "zalo_media" (
    "token" TEXT NOT NULL,
    "file_name" TEXT NOT NULL,
    "content_type" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "zalo_media_pkey" PRIMARY KEY ("token")
);
CREATE INDEX "zalo_media_expires_at_idx" ON "zalo_media"("expires_at");

-- One person on two platforms (/lienket): a single-use code given on one platform and sent to the
-- bot on the other joins the second account to the first person. Only its hash is kept.
CREATE TABLE "link_codes" (
    "code_hash" TEXT NOT NULL,
    "person_id" INTEGER NOT NULL,
    "platform" "Platform" NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "used_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "link_codes_pkey" PRIMARY KEY ("code_hash"),
    CONSTRAINT "link_codes_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE INDEX "link_codes_person_id_idx" ON "link_codes"("person_id");

-- Where a person's private reminders and notices go (/caidat kenh): one platform, or null for every
-- platform where the person can be reached.
ALTER TABLE "people" ADD COLUMN "private_channel" "Platform";

-- One-time upload links, for platforms where people cannot send the bot a file (Zalo): bound to one
-- person, their private chat and one dialogue step, valid minutes, one file. The file is kept here
-- (the platform keeps none) and named in the submission as "upload:<id>".
CREATE TABLE "uploads" (
    "id" SERIAL NOT NULL,
    "token_hash" TEXT NOT NULL,
    "person_id" INTEGER NOT NULL,
    "platform" "Platform" NOT NULL,
    "chat_id" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "used_at" TIMESTAMPTZ(3),
    "file_name" TEXT,
    "content_type" TEXT,
    "size" INTEGER,
    "bytes" BYTEA,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "uploads_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "uploads_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "uploads_token_hash_key" ON "uploads"("token_hash");
CREATE INDEX "uploads_person_id_idx" ON "uploads"("person_id");
