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
  }
}
export type RetentionRepository = ReturnType<typeof createRetentionRepository>
