-- Issue 16: the dashboard's one-time login links (platforms without Mini Apps: Zalo) and the
-- login sessions they open. Only SHA-256 hashes of the link and the session token are stored.
CREATE TABLE "dashboard_logins" (
    "id" SERIAL NOT NULL,
    "link_hash" TEXT NOT NULL,
    "person_id" INTEGER NOT NULL,
    "platform" "Platform" NOT NULL,
    "link_expires_at" TIMESTAMPTZ(3) NOT NULL,
    "used_at" TIMESTAMPTZ(3),
    "session_hash" TEXT,
    "session_expires_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "dashboard_logins_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "dashboard_logins_person_id_fkey" FOREIGN KEY ("person_id") REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "dashboard_logins_link_hash_key" ON "dashboard_logins"("link_hash");
CREATE UNIQUE INDEX "dashboard_logins_session_hash_key" ON "dashboard_logins"("session_hash");
CREATE INDEX "dashboard_logins_person_id_idx" ON "dashboard_logins"("person_id");
