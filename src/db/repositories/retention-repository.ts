import type { DbClient } from './client-types.js'
import { createDashboardLoginRepository } from './dashboard-login-repository.js'

/** Deletes what the retention policy (README "Retention") says is no longer needed. */
export function createRetentionRepository(db: DbClient) {
  return {
    /** Journal rows set aside (their handler died repeatedly), kept a while for inspection. */
    async purgeAbandonedUpdatesBefore(cutoff: Date): Promise<number> {
      return (await db.processedUpdate.deleteMany({ where: { state: 'abandoned', createdAt: { lt: cutoff } } })).count
    },
    /**
     * Deliveries in a final state (sent, failed, unknown) made before `cutoff` — they hold the
     * messages' texts — and then the runs left with no delivery. A run's key (kind, committee, day)
     * only guards days that can still be due, so an old run can go.
     */
    async purgeDeliveriesBefore(cutoff: Date): Promise<{ deliveries: number; runs: number }> {
      const deliveries = await db.delivery.deleteMany({
        where: { state: { in: ['sent', 'failed', 'unknown'] }, createdAt: { lt: cutoff } },
      })
      const runs = await db.run.deleteMany({ where: { createdAt: { lt: cutoff }, state: { not: 'pending' }, deliveries: { none: {} } } })
      return { deliveries: deliveries.count, runs: runs.count }
    },
    /**
     * Empties the before/after details of audit events older than `cutoff` (they may hold names and
     * texts); the events themselves — who did what, when, to which record — are kept.
     */
    /** Dashboard login links never opened and login sessions, over before `cutoff`. */
    purgeDashboardLoginsBefore(cutoff: Date): Promise<number> {
      return createDashboardLoginRepository(db).purgeBefore(cutoff)
    },
    async purgeAuditDetailsBefore(cutoff: Date): Promise<number> {
      return db.$executeRaw`
        UPDATE "audit_events" SET "before" = NULL, "after" = NULL
        WHERE "at" < ${cutoff} AND ("before" IS NOT NULL OR "after" IS NOT NULL)`
    },
    /**
     * Zalo message ids seen before `cutoff` (they de-duplicate Zalo's re-deliveries and the bot's own
     * echoes, which come within minutes), unless their update still waits in the journal.
     */
    async purgeZaloMessageIdsBefore(cutoff: Date): Promise<number> {
      return db.$executeRaw`
        DELETE FROM "zalo_inbound" z
        WHERE z."created_at" < ${cutoff} AND NOT EXISTS (
          SELECT 1 FROM "processed_updates" p
          WHERE p."platform" = 'zalo' AND p."update_id" = z."update_id" AND p."state" IN ('received', 'processing'))`
    },
    /** Pictures and files served to Zalo (or kept from it) whose time is up: their URL answers 404 already. */
    async purgeExpiredZaloMedia(now: Date): Promise<number> {
      return (await db.zaloMedia.deleteMany({ where: { expiresAt: { lt: now } } })).count
    },
    /**
     * Upload links that expired before `cutoff`, with the file they took — unless a record names that
     * file ("upload:<id>", services/uploads.ts): a submission, a conclusion notice, a progress report.
     * What goes is a link never used, or a file whose dialogue was left unfinished.
     */
    async purgeUploadsBefore(cutoff: Date): Promise<number> {
      return db.$executeRaw`
        DELETE FROM "uploads" u
        WHERE u."expires_at" < ${cutoff}
          AND NOT EXISTS (SELECT 1 FROM "submissions" s WHERE s."file_id" = 'upload:' || u."id")
          AND NOT EXISTS (SELECT 1 FROM "conclusion_notices" n WHERE n."file_id" = 'upload:' || u."id")
          AND NOT EXISTS (SELECT 1 FROM "task_progress" t WHERE t."file_id" = 'upload:' || u."id")`
    },
    /** Link codes (/lienket) that expired, or were used, before `cutoff`. */
    async purgeLinkCodesBefore(cutoff: Date): Promise<number> {
      return (await db.linkCode.deleteMany({ where: { OR: [{ expiresAt: { lt: cutoff } }, { usedAt: { lt: cutoff } }] } })).count
    },
  }
}
export type RetentionRepository = ReturnType<typeof createRetentionRepository>
