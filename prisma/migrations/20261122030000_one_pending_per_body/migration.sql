-- At most one submission awaiting review per task and body, and one pending extension request per
-- task: two contacts confirming at the same moment cannot both get in. Partial unique indexes are
-- invariants Prisma's schema cannot express; the drift test leaves partial indexes aside.
CREATE UNIQUE INDEX "submissions_one_pending_per_body" ON "submissions"("task_id", "body_id") WHERE "review" = 'pending';
CREATE UNIQUE INDEX "extension_requests_one_pending_per_task" ON "extension_requests"("task_id") WHERE "state" = 'pending';
