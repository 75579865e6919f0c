import { createHash, randomUUID } from 'node:crypto'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { Logger } from '../logger.js'
import type { SqlRunner } from './sql.js'

export interface Migration {
  name: string
  sql: string
  checksum: string
}

/** Same lock id Prisma's migrate uses, so our migrator and `prisma migrate deploy` exclude each other. */
const MIGRATION_LOCK_ID = 72707369

/** Reads prisma/migrations/<timestamp>_<name>/migration.sql in name order. */
export function readMigrations(dir: string): Migration[] {
  return readdirSync(dir)
    .filter((name) => statSync(join(dir, name)).isDirectory())
    .sort()
    .map((name) => {
      const sql = readFileSync(join(dir, name, 'migration.sql'), 'utf8')
      return { name, sql, checksum: createHash('sha256').update(sql).digest('hex') }
    })
}

export class MigrationError extends Error {
  override name = 'MigrationError'
}

/**
 * Applies pending migrations in order, each in its own transaction, and records them in a
 * `_prisma_migrations`-compatible table so `prisma migrate status` agrees where the real CLI runs.
 * An applied migration whose file changed afterwards stops start-up: silently diverging schemas
 * are worse than a refusal. Returns the names applied now.
 */
export async function migrate(sql: SqlRunner, migrations: Migration[], logger?: Logger): Promise<string[]> {
  await sql.exec(`CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id" VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum" VARCHAR(64) NOT NULL,
    "finished_at" TIMESTAMPTZ,
    "migration_name" VARCHAR(255) NOT NULL,
    "logs" TEXT,
    "rolled_back_at" TIMESTAMPTZ,
    "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count" INTEGER NOT NULL DEFAULT 0
  )`)
  const applied: string[] = []
  // Several instances may start at once on one PostgreSQL database: one migrates, the others wait.
  await sql.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_ID])
  try {
    const rows = await sql.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      'SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" WHERE rolled_back_at IS NULL',
    )
    const done = new Map(rows.map((row) => [row.migration_name, row]))
    for (const migration of migrations) {
      const previous = done.get(migration.name)
      if (previous) {
        if (!previous.finished_at) {
          throw new MigrationError(`Migration ${migration.name} was started but never finished; repair the database by hand.`)
        }
        if (previous.checksum !== migration.checksum) {
          throw new MigrationError(`Migration ${migration.name} was changed after it was applied; add a new migration instead.`)
        }
        continue
      }
      const id = randomUUID()
      await sql.exec('BEGIN')
      try {
        await sql.exec(migration.sql)
        await sql.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
           VALUES ($1, $2, $3, now(), now(), 1)`,
          [id, migration.checksum, migration.name],
        )
        await sql.exec('COMMIT')
      } catch (error) {
        await sql.exec('ROLLBACK')
        throw new MigrationError(`Migration ${migration.name} failed: ${(error as Error).message}`)
      }
      logger?.info({ migration: migration.name }, 'migration applied')
      applied.push(migration.name)
    }
  } finally {
    await sql.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_ID])
  }
  return applied
}
