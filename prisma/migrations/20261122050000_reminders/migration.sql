-- Reminders to bodies: the steps already given per task, and each committee's reminder hours.

ALTER TABLE "committees" ADD COLUMN "reminder_time" TEXT NOT NULL DEFAULT '08:00';
ALTER TABLE "committees" ADD COLUMN "quiet_from" TEXT NOT NULL DEFAULT '20:00';

CREATE TABLE "reminder_steps" (
    "id" SERIAL PRIMARY KEY,
    "task_id" INTEGER NOT NULL REFERENCES "tasks"("id") ON DELETE CASCADE ON UPDATE CASCADE,
    "step" TEXT NOT NULL,
    "level" INTEGER NOT NULL,
    "local_date" DATE NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP
);
CREATE UNIQUE INDEX "reminder_steps_task_id_step_key" ON "reminder_steps"("task_id", "step");
