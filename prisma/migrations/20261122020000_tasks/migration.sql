-- Tasks for bodies, their submissions and reviews, and extension requests.

CREATE TYPE "TaskKind" AS ENUM ('report', 'preparation', 'delegates', 'logistics', 'security', 'communication', 'conclusion_notice', 'follow_up', 'periodic_report', 'other');
CREATE TYPE "TaskStatus" AS ENUM ('open', 'done', 'cancelled');
CREATE TYPE "TaskBodyRole" AS ENUM ('lead', 'coordinating', 'recipient', 'cc');
CREATE TYPE "ReviewState" AS ENUM ('pending', 'accepted', 'returned');
CREATE TYPE "ExtensionState" AS ENUM ('pending', 'approved', 'rejected');

CREATE TABLE "tasks" (
    "id" SERIAL PRIMARY KEY,
    "committee_id" INTEGER NOT NULL REFERENCES "committees"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    "number" INTEGER NOT NULL,
    "plan_id" INTEGER REFERENCES "plans"("id") ON DELETE SET NULL ON UPDATE CASCADE,
    "session_id" INTEGER REFERENCES "sessions"("id") ON DELETE SET NULL ON UPDATE CASCADE,
    "title" TEXT NOT NULL,
    "detail" TEXT,
    "kind" "TaskKind" NOT NULL,
    "deadline_rule" JSONB,
    "deadline_text" TEXT,
    "rule_due_date" DATE,
    "due_date" DATE,
    "due_provisional" BOOLEAN NOT NULL DEFAULT false,
    "extended" BOOLEAN NOT NULL DEFAULT false,
    "status" "TaskStatus" NOT NULL DEFAULT 'open',
    "requires_coordinators" BOOLEAN NOT NULL DEFAULT false,
    "reminders_muted" BOOLEAN NOT NULL DEFAULT false,
    "completed_on" DATE,
    "cancel_reason" TEXT,
    "created_by_person_id" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE UNIQUE INDEX "tasks_committee_id_number_key" ON "tasks"("committee_id", "number");
CREATE INDEX "tasks_committee_id_status_due_date_idx" ON "tasks"("committee_id", "status", "due_date");
CREATE INDEX "tasks_session_id_idx" ON "tasks"("session_id");

CREATE TABLE "task_bodies" (
    "id" SERIAL PRIMARY KEY,
    "task_id" INTEGER NOT NULL REFERENCES "tasks"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    "body_id" INTEGER NOT NULL REFERENCES "bodies"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    "role" "TaskBodyRole" NOT NULL
);
CREATE UNIQUE INDEX "task_bodies_task_id_body_id_role_key" ON "task_bodies"("task_id", "body_id", "role");
CREATE INDEX "task_bodies_body_id_idx" ON "task_bodies"("body_id");

CREATE TABLE "submissions" (
    "id" SERIAL PRIMARY KEY,
    "task_id" INTEGER NOT NULL REFERENCES "tasks"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    "body_id" INTEGER NOT NULL REFERENCES "bodies"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    "submitted_by_person_id" INTEGER NOT NULL,
    "document_number" TEXT NOT NULL,
    "document_date" DATE NOT NULL,
    "submitted_on" DATE NOT NULL,
    "file_id" TEXT,
    "file_name" TEXT,
    "link" TEXT,
    "note" TEXT,
    "review" "ReviewState" NOT NULL DEFAULT 'pending',
    "reviewed_by_person_id" INTEGER,
    "reviewed_at" TIMESTAMPTZ(3),
    "review_note" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX "submissions_task_id_idx" ON "submissions"("task_id");

CREATE TABLE "extension_requests" (
    "id" SERIAL PRIMARY KEY,
    "task_id" INTEGER NOT NULL REFERENCES "tasks"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    "body_id" INTEGER NOT NULL REFERENCES "bodies"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    "requested_by_person_id" INTEGER NOT NULL,
    "previous_due" DATE,
    "requested_due" DATE NOT NULL,
    "reason" TEXT NOT NULL,
    "state" "ExtensionState" NOT NULL DEFAULT 'pending',
    "decided_by_person_id" INTEGER,
    "decided_at" TIMESTAMPTZ(3),
    "decision_note" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE INDEX "extension_requests_task_id_idx" ON "extension_requests"("task_id");
