-- A province's volume and a national deployment (issue 12): lists paged by the database, aggregates
-- in SQL, each committee's jobs found by their next run time.

-- Task lists: one index per sort the lists use (due date, nulls last, then number), so a page of 15
-- is an index range read, not a sort of the committee's whole table.
DROP INDEX "tasks_committee_id_status_due_date_idx";
CREATE INDEX "tasks_committee_id_status_due_date_number_idx" ON "tasks"("committee_id", "status", "due_date", "number");
CREATE INDEX "tasks_committee_id_due_date_number_idx" ON "tasks"("committee_id", "due_date", "number");
CREATE INDEX "tasks_plan_id_idx" ON "tasks"("plan_id");

-- A body's tasks in one index range (a contact's /viec), with the role the filter asks for.
DROP INDEX "task_bodies_body_id_idx";
CREATE INDEX "task_bodies_body_id_role_task_id_idx" ON "task_bodies"("body_id", "role", "task_id");

-- A task's or a session's history without reading the committee's whole audit trail.
CREATE INDEX "audit_events_committee_id_target_type_target_id_idx" ON "audit_events"("committee_id", "target_type", "target_id");

-- Extensions granted in a week.
CREATE INDEX "extension_requests_state_decided_at_idx" ON "extension_requests"("state", "decided_at");

-- When each committee's scheduled jobs are next due: the minute tick reads only the due rows.
CREATE TYPE "JobKind" AS ENUM ('daily_digest', 'reminder', 'weekly_summary');

CREATE TABLE "job_schedules" (
    "committee_id" INTEGER NOT NULL REFERENCES "committees"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    "job" "JobKind" NOT NULL,
    "next_run_at" TIMESTAMPTZ(3) NOT NULL,
    "computed_at" TIMESTAMPTZ(3) NOT NULL,
    "lease_until" TIMESTAMPTZ(3),
    "last_started_at" TIMESTAMPTZ(3),
    "last_duration_ms" INTEGER,
    "last_error" TEXT,
    "failures" INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY ("committee_id", "job")
);
CREATE INDEX "job_schedules_next_run_at_idx" ON "job_schedules"("next_run_at");
CREATE INDEX "job_schedules_computed_at_idx" ON "job_schedules"("computed_at");

-- Every existing committee's jobs are due now: the first tick works out their real times.
INSERT INTO "job_schedules" ("committee_id", "job", "next_run_at", "computed_at")
SELECT c."id", j."job", CURRENT_TIMESTAMP, CURRENT_TIMESTAMP
FROM "committees" c CROSS JOIN (VALUES ('daily_digest'::"JobKind"), ('reminder'::"JobKind"), ('weekly_summary'::"JobKind")) j("job");
