import type { DbClient } from './client-types.js'

export interface OutboxStats {
  /** Deliveries by platform and state (every row the retention left). */
  deliveries: { platform: string; state: string; count: number }[]
  /** Deliveries still to send (pending or being sent). */
  depth: number
  /** Age in seconds of the oldest delivery still to send; 0 when none. */
  oldestPendingSeconds: number
}

/** Read-only views for the operator: health checks and the numbers /metrics shows. */
export function createOpsRepository(db: DbClient) {
  return {
    /** Round trip to the database. */
    async ping(): Promise<void> {
      await db.$queryRaw`SELECT 1`
    },
    /** Names of the migrations recorded as applied. */
    async appliedMigrations(): Promise<string[]> {
      const rows = await db.$queryRaw<{ name: string }[]>`
        SELECT "migration_name" AS "name" FROM "_prisma_migrations" WHERE "finished_at" IS NOT NULL AND "rolled_back_at" IS NULL`
      return rows.map((row) => row.name)
    },
    async outboxStats(): Promise<OutboxStats> {
      const deliveries = await db.$queryRaw<{ platform: string; state: string; n: bigint }[]>`
        SELECT "platform"::text AS "platform", "state"::text AS "state", count(*) AS "n" FROM "deliveries" GROUP BY 1, 2`
      const [pending] = await db.$queryRaw<{ n: bigint; age: number | null }[]>`
        SELECT count(*) AS "n", EXTRACT(EPOCH FROM now() - min("created_at"))::float8 AS "age"
        FROM "deliveries" WHERE "state" IN ('pending', 'sending')`
      return {
        deliveries: deliveries.map((row) => ({ platform: row.platform, state: row.state, count: Number(row.n) })),
        depth: Number(pending?.n ?? 0),
        oldestPendingSeconds: Math.max(0, pending?.age ?? 0),
      }
    },
    /** Scheduled runs made in the last `days` days by kind and state (`skipped` is a missed run). */
    async recentRuns(days: number): Promise<{ kind: string; state: string; count: number }[]> {
      const rows = await db.$queryRaw<{ kind: string; state: string; n: bigint }[]>`
        SELECT "kind"::text AS "kind", "state"::text AS "state", count(*) AS "n" FROM "runs"
        WHERE "created_at" > now() - make_interval(days => ${days}) GROUP BY 1, 2`
      return rows.map((row) => ({ kind: row.kind, state: row.state, count: Number(row.n) }))
    },
    /** Journaled updates not yet handled, by state. */
    async pendingUpdates(): Promise<{ state: string; count: number }[]> {
      const rows = await db.$queryRaw<{ state: string; n: bigint }[]>`
        SELECT "state", count(*) AS "n" FROM "processed_updates" WHERE "state" IN ('received', 'processing') GROUP BY 1`
      return rows.map((row) => ({ state: row.state, count: Number(row.n) }))
    },
  }
}
export type OpsRepository = ReturnType<typeof createOpsRepository>
