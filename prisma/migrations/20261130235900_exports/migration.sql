-- Exports (issue 16): the secret calendar feed of each committee, the one-time download links of
-- platforms without files in the chat (Zalo), and the index the tracking table reads a plan's tasks by.

CREATE TABLE "calendar_feeds" (
    "committee_id" INTEGER NOT NULL,
    "token_hash" TEXT NOT NULL,
    "created_by_person_id" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "calendar_feeds_pkey" PRIMARY KEY ("committee_id"),
    CONSTRAINT "calendar_feeds_committee_id_fkey" FOREIGN KEY ("committee_id") REFERENCES "committees"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "calendar_feeds_token_hash_key" ON "calendar_feeds"("token_hash");

CREATE TABLE "downloads" (
    "id" SERIAL NOT NULL,
    "token_hash" TEXT NOT NULL,
    "person_id" INTEGER NOT NULL,
    "file_name" TEXT NOT NULL,
    "content_type" TEXT NOT NULL,
    "bytes" BYTEA,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "used_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "downloads_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "downloads_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "downloads_token_hash_key" ON "downloads"("token_hash");
CREATE INDEX "downloads_expires_at_idx" ON "downloads"("expires_at");

-- A sheet per plan, a page at a time in number order: the page is read through this index whatever
-- the number of the committee's other tasks (and the tasks without a plan through its NULL range).
CREATE INDEX "tasks_committee_id_plan_id_number_idx" ON "tasks"("committee_id", "plan_id", "number");
