-- After the session: speaker registrations and bridge-point readiness before it, opinions and the
-- minutes at it, the conclusion notice and its items with progress and milestones after it, and
-- the six-month and annual report tasks.

-- New values are not used in this migration (PostgreSQL refuses a value added in the same transaction).
ALTER TYPE "TaskKind" ADD VALUE 'conclusion_follow_up';
ALTER TYPE "TaskKind" ADD VALUE 'opinion_answer';

CREATE TYPE "RegistrationMode" AS ENUM ('speak', 'written');
CREATE TYPE "RegistrationState" AS ENUM ('registered', 'merged', 'withdrawn');
CREATE TYPE "OpinionOutcome" AS ENUM ('pending', 'answered_at_session', 'in_writing', 'transferred');
CREATE TYPE "ReportPeriod" AS ENUM ('six_months', 'annual');

ALTER TABLE "committees" ADD COLUMN "answer_working_days" INTEGER NOT NULL DEFAULT 15;

ALTER TABLE "plans" ADD COLUMN "conclusion_rule" JSONB;
ALTER TABLE "plans" ADD COLUMN "conclusion_body_id" INTEGER REFERENCES "bodies"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "plans" ADD COLUMN "standing_body_id" INTEGER REFERENCES "bodies"("id") ON DELETE SET NULL ON UPDATE CASCADE;

ALTER TABLE "sessions" ADD COLUMN "registration_code" TEXT;
ALTER TABLE "sessions" ADD COLUMN "registration_closes_at" TIMESTAMPTZ(3);
ALTER TABLE "sessions" ADD COLUMN "readiness_due_at" TIMESTAMPTZ(3);
ALTER TABLE "sessions" ADD COLUMN "held_on" DATE;
CREATE UNIQUE INDEX "sessions_registration_code_key" ON "sessions"("registration_code");

ALTER TABLE "bridge_points" ADD COLUMN "body_id" INTEGER REFERENCES "bodies"("id") ON DELETE SET NULL ON UPDATE CASCADE;
ALTER TABLE "bridge_points" ADD COLUMN "room_ready" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "bridge_points" ADD COLUMN "connection_tested" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "bridge_points" ADD COLUMN "liaison_name" TEXT;
ALTER TABLE "bridge_points" ADD COLUMN "liaison_phone" TEXT;
ALTER TABLE "bridge_points" ADD COLUMN "ready_at" TIMESTAMPTZ(3);
ALTER TABLE "bridge_points" ADD COLUMN "confirmed_by_person_id" INTEGER;

CREATE TABLE "speaker_registrations" (
    "id" SERIAL PRIMARY KEY,
    "session_id" INTEGER NOT NULL REFERENCES "sessions"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    "number" INTEGER NOT NULL,
    "person_id" INTEGER REFERENCES "people"("id") ON DELETE SET NULL ON UPDATE CASCADE,
    "name" TEXT NOT NULL,
    "place" TEXT NOT NULL,
    "field" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "mode" "RegistrationMode" NOT NULL,
    "phone" TEXT,
    "state" "RegistrationState" NOT NULL DEFAULT 'registered',
    "merged_into_id" INTEGER,
    "speak_order" INTEGER,
    "body_id" INTEGER REFERENCES "bodies"("id") ON DELETE SET NULL ON UPDATE CASCADE,
    "task_id" INTEGER REFERENCES "tasks"("id") ON DELETE SET NULL ON UPDATE CASCADE,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE UNIQUE INDEX "speaker_registrations_session_id_number_key" ON "speaker_registrations"("session_id", "number");
CREATE UNIQUE INDEX "speaker_registrations_task_id_key" ON "speaker_registrations"("task_id");
CREATE INDEX "speaker_registrations_person_id_idx" ON "speaker_registrations"("person_id");

CREATE TABLE "opinions" (
    "id" SERIAL PRIMARY KEY,
    "session_id" INTEGER NOT NULL REFERENCES "sessions"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    "number" INTEGER NOT NULL,
    "registration_id" INTEGER REFERENCES "speaker_registrations"("id") ON DELETE SET NULL ON UPDATE CASCADE,
    "speaker_name" TEXT,
    "place" TEXT,
    "field" TEXT,
    "content" TEXT NOT NULL,
    "answered_by" TEXT,
    "body_id" INTEGER REFERENCES "bodies"("id") ON DELETE SET NULL ON UPDATE CASCADE,
    "answer" TEXT,
    "outcome" "OpinionOutcome" NOT NULL DEFAULT 'pending',
    "transferred_to" TEXT,
    "task_id" INTEGER REFERENCES "tasks"("id") ON DELETE SET NULL ON UPDATE CASCADE,
    "recorded_by_person_id" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE UNIQUE INDEX "opinions_session_id_number_key" ON "opinions"("session_id", "number");
CREATE UNIQUE INDEX "opinions_registration_id_key" ON "opinions"("registration_id");
CREATE UNIQUE INDEX "opinions_task_id_key" ON "opinions"("task_id");

CREATE TABLE "minutes" (
    "id" SERIAL PRIMARY KEY,
    "session_id" INTEGER NOT NULL REFERENCES "sessions"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    "start_time" TEXT,
    "end_time" TEXT,
    "place" TEXT,
    "chair" TEXT,
    "secretary" TEXT,
    "participants" TEXT,
    "closing_remarks" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "updated_by_person_id" INTEGER,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE UNIQUE INDEX "minutes_session_id_key" ON "minutes"("session_id");

CREATE TABLE "conclusion_notices" (
    "id" SERIAL PRIMARY KEY,
    "session_id" INTEGER NOT NULL REFERENCES "sessions"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    "document_number" TEXT NOT NULL,
    "document_date" DATE NOT NULL,
    "file_id" TEXT,
    "file_name" TEXT,
    "created_by_person_id" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE UNIQUE INDEX "conclusion_notices_session_id_key" ON "conclusion_notices"("session_id");

CREATE TABLE "conclusion_items" (
    "id" SERIAL PRIMARY KEY,
    "notice_id" INTEGER NOT NULL REFERENCES "conclusion_notices"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    "session_id" INTEGER NOT NULL REFERENCES "sessions"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    "position" INTEGER NOT NULL,
    "content" TEXT NOT NULL,
    "ongoing" BOOLEAN NOT NULL DEFAULT false,
    "task_id" INTEGER NOT NULL REFERENCES "tasks"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE UNIQUE INDEX "conclusion_items_notice_id_position_key" ON "conclusion_items"("notice_id", "position");
CREATE UNIQUE INDEX "conclusion_items_task_id_key" ON "conclusion_items"("task_id");
CREATE INDEX "conclusion_items_session_id_idx" ON "conclusion_items"("session_id");

CREATE TABLE "task_progress" (
    "id" SERIAL PRIMARY KEY,
    "task_id" INTEGER NOT NULL REFERENCES "tasks"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    "percent" INTEGER NOT NULL,
    "note" TEXT,
    "file_id" TEXT,
    "file_name" TEXT,
    "link" TEXT,
    "reported_by_person_id" INTEGER NOT NULL,
    "reported_on" DATE NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX "task_progress_task_id_idx" ON "task_progress"("task_id");

CREATE TABLE "task_milestones" (
    "id" SERIAL PRIMARY KEY,
    "task_id" INTEGER NOT NULL REFERENCES "tasks"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    "position" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "due_date" DATE NOT NULL,
    "done_on" DATE,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE UNIQUE INDEX "task_milestones_task_id_position_key" ON "task_milestones"("task_id", "position");

CREATE TABLE "report_period_tasks" (
    "id" SERIAL PRIMARY KEY,
    "committee_id" INTEGER NOT NULL REFERENCES "committees"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    "year" INTEGER NOT NULL,
    "period" "ReportPeriod" NOT NULL,
    "task_id" INTEGER NOT NULL REFERENCES "tasks"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "report_period_tasks_committee_id_year_period_key" ON "report_period_tasks"("committee_id", "year", "period");
CREATE UNIQUE INDEX "report_period_tasks_task_id_key" ON "report_period_tasks"("task_id");
