-- A province's volume and a national deployment (issue 12): lists paged by the database, aggregates
-- in SQL, each committee's jobs found by their next run time.

-- Task lists: one index per sort the lists use (due date, nulls last, then number), so a page of 15
-- is an index range read, not a sort of the committee's whole table.
-- (lead_body_id is added further down; the index that carries it is made there.)
DROP INDEX "tasks_committee_id_status_due_date_idx";
CREATE INDEX "tasks_committee_id_due_date_number_idx" ON "tasks"("committee_id", "due_date", "number");
CREATE INDEX "tasks_plan_id_idx" ON "tasks"("plan_id");
-- What changed in the last week (the weekly summary's comparison): tasks made, tasks completed.
CREATE INDEX "tasks_committee_id_created_at_idx" ON "tasks"("committee_id", "created_at");
CREATE INDEX "tasks_committee_id_completed_on_idx" ON "tasks"("committee_id", "completed_on");

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

-- The lead body of a task on the task itself (the first lead, as every view names it), so the
-- digest and the summary group by body without a look-up per task. Kept by a trigger on
-- task_bodies, so every way of writing tasks (a dialogue, an import, a script) keeps it right.
ALTER TABLE "tasks" ADD COLUMN "lead_body_id" INTEGER;
CREATE INDEX "tasks_committee_id_lead_body_id_idx" ON "tasks"("committee_id", "lead_body_id");
-- Open tasks by due date carry their lead body: the digest's sections are read from the index alone
-- (once VACUUM has marked the pages visible: the application runs it on PGlite, autovacuum elsewhere).
CREATE INDEX "tasks_committee_id_status_due_date_number_idx" ON "tasks"("committee_id", "status", "due_date", "number") INCLUDE ("lead_body_id");

CREATE FUNCTION "tasks_set_lead_body"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "tasks" t SET "lead_body_id" = l."body_id"
  FROM (
    SELECT c."task_id", (SELECT tb."body_id" FROM "task_bodies" tb WHERE tb."task_id" = c."task_id" AND tb."role" = 'lead' ORDER BY tb."id" LIMIT 1) AS "body_id"
    FROM (SELECT DISTINCT "task_id" FROM "changed_task_bodies") c
  ) l
  WHERE t."id" = l."task_id" AND t."lead_body_id" IS DISTINCT FROM l."body_id";
  RETURN NULL;
END $$;
CREATE TRIGGER "task_bodies_lead_insert" AFTER INSERT ON "task_bodies"
  REFERENCING NEW TABLE AS "changed_task_bodies" FOR EACH STATEMENT EXECUTE FUNCTION "tasks_set_lead_body"();
CREATE TRIGGER "task_bodies_lead_delete" AFTER DELETE ON "task_bodies"
  REFERENCING OLD TABLE AS "changed_task_bodies" FOR EACH STATEMENT EXECUTE FUNCTION "tasks_set_lead_body"();
CREATE TRIGGER "task_bodies_lead_update" AFTER UPDATE ON "task_bodies"
  REFERENCING NEW TABLE AS "changed_task_bodies" FOR EACH STATEMENT EXECUTE FUNCTION "tasks_set_lead_body"();
UPDATE "tasks" t SET "lead_body_id" = (
  SELECT tb."body_id" FROM "task_bodies" tb WHERE tb."task_id" = t."id" AND tb."role" = 'lead' ORDER BY tb."id" LIMIT 1
);

-- How many tasks a committee has by status, due date, on time or not and extended: a few thousand
-- rows however many tasks, so the counts of a committee-wide list (the four classes on any day)
-- are a sum over them, not a scan of the task table. Kept by statement triggers on tasks.
CREATE TABLE "task_counts" (
    "id" SERIAL PRIMARY KEY,
    "committee_id" INTEGER NOT NULL REFERENCES "committees"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    "status" "TaskStatus" NOT NULL,
    "due_date" DATE,
    "on_time" BOOLEAN NOT NULL,
    "extended" BOOLEAN NOT NULL,
    "n" INTEGER NOT NULL
);
CREATE UNIQUE INDEX "task_counts_committee_id_status_due_date_on_time_extended_key"
  ON "task_counts"("committee_id", "status", "due_date", "on_time", "extended") NULLS NOT DISTINCT;

CREATE FUNCTION "task_counts_add"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "task_counts" ("committee_id", "status", "due_date", "on_time", "extended", "n")
  SELECT "committee_id", "status", "due_date", ("due_date" IS NULL OR coalesce("completed_on" <= "due_date", false)), "extended", count(*)
  FROM "added_tasks" GROUP BY 1, 2, 3, 4, 5
  ON CONFLICT ("committee_id", "status", "due_date", "on_time", "extended") DO UPDATE SET "n" = "task_counts"."n" + EXCLUDED."n";
  RETURN NULL;
END $$;
CREATE FUNCTION "task_counts_remove"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "task_counts" c SET "n" = c."n" - r."n"
  FROM (
    SELECT "committee_id", "status", "due_date", ("due_date" IS NULL OR coalesce("completed_on" <= "due_date", false)) AS "on_time", "extended", count(*) AS "n"
    FROM "removed_tasks" GROUP BY 1, 2, 3, 4, 5
  ) r
  WHERE c."committee_id" = r."committee_id" AND c."status" = r."status" AND c."due_date" IS NOT DISTINCT FROM r."due_date"
    AND c."on_time" = r."on_time" AND c."extended" = r."extended";
  RETURN NULL;
END $$;
CREATE TRIGGER "tasks_counts_insert" AFTER INSERT ON "tasks"
  REFERENCING NEW TABLE AS "added_tasks" FOR EACH STATEMENT EXECUTE FUNCTION "task_counts_add"();
CREATE TRIGGER "tasks_counts_delete" AFTER DELETE ON "tasks"
  REFERENCING OLD TABLE AS "removed_tasks" FOR EACH STATEMENT EXECUTE FUNCTION "task_counts_remove"();
-- An update removes the rows as they were, then adds them as they are (two triggers, in name order).
CREATE TRIGGER "tasks_counts_update_1" AFTER UPDATE ON "tasks"
  REFERENCING OLD TABLE AS "removed_tasks" FOR EACH STATEMENT EXECUTE FUNCTION "task_counts_remove"();
CREATE TRIGGER "tasks_counts_update_2" AFTER UPDATE ON "tasks"
  REFERENCING NEW TABLE AS "added_tasks" FOR EACH STATEMENT EXECUTE FUNCTION "task_counts_add"();
INSERT INTO "task_counts" ("committee_id", "status", "due_date", "on_time", "extended", "n")
SELECT "committee_id", "status", "due_date", ("due_date" IS NULL OR coalesce("completed_on" <= "due_date", false)), "extended", count(*)
FROM "tasks" GROUP BY 1, 2, 3, 4, 5;
