-- Foundation: committees, bodies, people and their platform accounts, memberships, body contacts,
-- bound group chats, invite codes, the audit trail, conversation state and processed updates.
-- Hand-written (DESIGN §5); must agree with prisma/schema.prisma (checked by the drift test).

CREATE TYPE "CommitteeLevel" AS ENUM ('province', 'district', 'commune', 'agency');
CREATE TYPE "Platform" AS ENUM ('telegram', 'zalo', 'console');
CREATE TYPE "MemberRole" AS ENUM ('owner', 'secretariat', 'leader', 'member');
CREATE TYPE "ChatPurpose" AS ENUM ('committee', 'body', 'leaders');
CREATE TYPE "InvitePurpose" AS ENUM ('committee_group', 'body_group', 'leaders_group', 'body_contact', 'leader', 'secretariat');

CREATE TABLE "committees" (
    "id" SERIAL PRIMARY KEY,
    "name" TEXT NOT NULL,
    "level" "CommitteeLevel" NOT NULL,
    "time_zone" TEXT NOT NULL,
    "locale" TEXT NOT NULL DEFAULT 'vi',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE "bodies" (
    "id" SERIAL PRIMARY KEY,
    "committee_id" INTEGER NOT NULL REFERENCES "committees"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    "number" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "short_name" TEXT,
    "aliases" TEXT[] NOT NULL DEFAULT ARRAY[]::TEXT[],
    "normalized_name" TEXT NOT NULL,
    "archived_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE UNIQUE INDEX "bodies_committee_id_number_key" ON "bodies"("committee_id", "number");
CREATE INDEX "bodies_committee_id_normalized_name_idx" ON "bodies"("committee_id", "normalized_name");

CREATE TABLE "people" (
    "id" SERIAL PRIMARY KEY,
    "display_name" TEXT NOT NULL,
    "locale" TEXT,
    "active_committee_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE "platform_accounts" (
    "id" SERIAL PRIMARY KEY,
    "person_id" INTEGER NOT NULL REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    "platform" "Platform" NOT NULL,
    "external_id" TEXT NOT NULL,
    "username" TEXT,
    "private_chat_id" TEXT,
    "blocked_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE UNIQUE INDEX "platform_accounts_platform_external_id_key" ON "platform_accounts"("platform", "external_id");
CREATE INDEX "platform_accounts_person_id_idx" ON "platform_accounts"("person_id");

CREATE TABLE "memberships" (
    "id" SERIAL PRIMARY KEY,
    "committee_id" INTEGER NOT NULL REFERENCES "committees"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    "person_id" INTEGER NOT NULL REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    "number" INTEGER NOT NULL,
    "role" "MemberRole" NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE UNIQUE INDEX "memberships_committee_id_person_id_key" ON "memberships"("committee_id", "person_id");
CREATE UNIQUE INDEX "memberships_committee_id_number_key" ON "memberships"("committee_id", "number");

CREATE TABLE "body_contacts" (
    "id" SERIAL PRIMARY KEY,
    "body_id" INTEGER NOT NULL REFERENCES "bodies"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    "person_id" INTEGER NOT NULL REFERENCES "people"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    "is_head" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE UNIQUE INDEX "body_contacts_body_id_person_id_key" ON "body_contacts"("body_id", "person_id");
CREATE INDEX "body_contacts_person_id_idx" ON "body_contacts"("person_id");

CREATE TABLE "chats" (
    "id" SERIAL PRIMARY KEY,
    "committee_id" INTEGER NOT NULL REFERENCES "committees"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    "platform" "Platform" NOT NULL,
    "external_id" TEXT NOT NULL,
    "title" TEXT,
    "purpose" "ChatPurpose" NOT NULL,
    "body_id" INTEGER REFERENCES "bodies"("id") ON DELETE SET NULL ON UPDATE CASCADE,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "bound_by_person_id" INTEGER,
    "deactivated_at" TIMESTAMPTZ(3),
    "deactivation_reason" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE UNIQUE INDEX "chats_platform_external_id_key" ON "chats"("platform", "external_id");
CREATE INDEX "chats_committee_id_idx" ON "chats"("committee_id");

CREATE TABLE "invite_codes" (
    "id" SERIAL PRIMARY KEY,
    "committee_id" INTEGER NOT NULL REFERENCES "committees"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    "code_hash" TEXT NOT NULL,
    "purpose" "InvitePurpose" NOT NULL,
    "body_id" INTEGER REFERENCES "bodies"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    "created_by_person_id" INTEGER NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "used_at" TIMESTAMPTZ(3),
    "used_by_person_id" INTEGER,
    "used_chat_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE UNIQUE INDEX "invite_codes_code_hash_key" ON "invite_codes"("code_hash");
CREATE INDEX "invite_codes_committee_id_idx" ON "invite_codes"("committee_id");

CREATE TABLE "audit_events" (
    "id" BIGSERIAL PRIMARY KEY,
    "committee_id" INTEGER,
    "actor_person_id" INTEGER,
    "actor_via" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "target_type" TEXT NOT NULL,
    "target_id" TEXT,
    "before" JSONB,
    "after" JSONB,
    "platform" "Platform",
    "chat_external_id" TEXT,
    "update_id" BIGINT,
    "at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX "audit_events_committee_id_at_idx" ON "audit_events"("committee_id", "at");

CREATE TABLE "conversation_states" (
    "key" TEXT PRIMARY KEY,
    "value" TEXT NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP
);

CREATE TABLE "processed_updates" (
    "platform" "Platform" NOT NULL,
    "update_id" BIGINT NOT NULL,
    "state" TEXT NOT NULL,
    "lease_until" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    PRIMARY KEY ("platform", "update_id")
);
CREATE INDEX "processed_updates_created_at_idx" ON "processed_updates"("created_at");
