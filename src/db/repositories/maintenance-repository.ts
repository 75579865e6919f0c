import type { DbClient } from './client-types.js'

/**
 * Planner statistics and the visibility map. PostgreSQL's autovacuum keeps them fresh; PGlite has
 * no autovacuum, and without statistics the planner guesses — a body's tasks read by scanning a
 * million task_bodies rows instead of an index (1 s instead of 9 ms) — and without VACUUM no page
 * is marked all-visible, so no index-only scan. So the application runs them itself: ANALYZE after
 * migrations, VACUUM ANALYZE every night and on any table that grew or shrank by a fifth since it
 * was last analyzed (a bulk import) — the rule autovacuum applies, measured by the table's size on
 * disk, which PGlite's statistics collector does not report reliably.
 */
export function createMaintenanceRepository(db: DbClient) {
  return {
    /** VACUUM ANALYZE the whole database (outside any transaction). */
    async analyzeAll(): Promise<void> {
      await db.$executeRawUnsafe('VACUUM (ANALYZE)')
    },
    /**
     * VACUUM ANALYZE the application's tables that were never analyzed (and hold data) or whose size
     * changed by more than a fifth (and 8 pages) since; returns their names.
     */
    async analyzeStale(): Promise<string[]> {
      const rows = await db.$queryRaw<{ name: string }[]>`
        SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = current_schema() AND c.relkind = 'r' AND c.relname <> '_prisma_migrations'
          AND (
            (c.reltuples < 0 AND pg_relation_size(c.oid) > 0)
            OR abs(pg_relation_size(c.oid) / current_setting('block_size')::int - c.relpages) > greatest(8, c.relpages / 5)
          )`
      for (const { name } of rows) {
        // A name read from the catalogue, quoted: ANALYZE takes no parameters.
        await db.$executeRawUnsafe(`VACUUM (ANALYZE) "${name.replace(/"/g, '""')}"`)
      }
      return rows.map((row) => row.name)
    },
  }
}
export type MaintenanceRepository = ReturnType<typeof createMaintenanceRepository>
