import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import pg from 'pg'
import { inject } from 'vitest'
import { migrateDatabase, openDatabase, type Database, type DatabaseOptions, type QueryHook } from '../../src/db/client.js'
import { createLogger } from '../../src/logger.js'

export const silentLogger = createLogger({ level: 'silent' })

/** Which database the database-facing tests run on: PGlite in memory, or PostgreSQL when TEST_DATABASE_URL is set. */
export const testDatabaseKind: 'pglite' | 'postgres' = process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite'

export interface TestDatabase extends Database {
  options: DatabaseOptions
  /**
   * Done with it for this test. The file's shared database stays open (the next test empties it);
   * a database of its own (`migrate: false`) is closed and dropped.
   */
  destroy(): Promise<void>
}

async function createPostgresDatabase(url: string, template?: string): Promise<{ options: DatabaseOptions; drop: () => Promise<void> }> {
  // Named after the template: global-setup.ts drops what a shared worker leaves open at the end.
  const name = `${template ?? `t_${Date.now().toString(36)}`}_${randomBytes(4).toString('hex')}`
  const admin = new pg.Client({ connectionString: url })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}` : ''}`)
  await admin.end()
  const target = new URL(url)
  target.pathname = `/${name}`
  return {
    options: { kind: 'postgres', url: target.toString(), connectTimeoutMs: 5000, poolMax: 5, logger: silentLogger },
    drop: async () => {
      const client = new pg.Client({ connectionString: url })
      await client.connect()
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await client.end()
    },
  }
}

interface Shared {
  database: TestDatabase
  /** Empties every table (identities restarted), keeping the schema and the migrations' record. */
  reset(): Promise<void>
  close(): Promise<void>
}

let shared: Promise<Shared> | null = null

/**
 * How to open a new database that is already migrated: PGlite in memory loading the snapshot made by
 * global-setup.ts, or a PostgreSQL database created from its template (`drop` removes it).
 */
export async function migratedDatabase(onQuery?: QueryHook): Promise<{ options: DatabaseOptions; drop: () => Promise<void> }> {
  const source = inject('testDatabase')
  if (source.kind === 'postgres') {
    const created = await createPostgresDatabase(source.url, source.template)
    return { options: { ...created.options, ...(onQuery ? { onQuery } : {}) }, drop: created.drop }
  }
  const snapshot = new Blob([readFileSync(source.snapshot)])
  return {
    options: { kind: 'pglite', dataDir: null, logger: silentLogger, snapshot, ...(onQuery ? { onQuery } : {}) },
    drop: () => Promise.resolve(),
  }
}

/**
 * The database of the test file (isolated project) or of the worker (shared project, where this module
 * stays loaded from file to file): opened once from the migrated snapshot or template made by global-setup.ts.
 */
async function openShared(): Promise<Shared> {
  const { options, drop } = await migratedDatabase()
  const database = await openDatabase(options)
  const tables = await database.sql.query<{ tablename: string }>(
    `SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY tablename`,
  )
  const truncate = `TRUNCATE ${tables.map((t) => `"${t.tablename}"`).join(', ')} RESTART IDENTITY CASCADE`
  return {
    database: { ...database, options, destroy: () => Promise.resolve() },
    reset: () => database.sql.exec(truncate),
    close: async () => {
      await database.close()
      await drop()
    },
  }
}

/** Closes the file's database (called after the file's last test by tests/helpers/setup-file.ts, in the isolated project). */
export async function closeSharedTestDatabase(): Promise<void> {
  const current = shared
  shared = null
  if (current) {
    await (await current).close()
  }
}

/**
 * A migrated database for one test, empty. Every call returns the worker's (or isolated file's) one
 * database, emptied (TRUNCATE … RESTART IDENTITY), so tests stay independent without paying for a
 * new database each time. On PostgreSQL each worker has its own database, so files running in
 * parallel never see each other's rows. `migrate: false` gives a brand-new, unmigrated database of
 * its own (for the migrator's tests), closed by destroy().
 */
export async function createTestDatabase(options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  if (options.migrate === false) {
    return createOwnDatabase(false)
  }
  shared ??= openShared()
  const current = await shared
  await current.reset()
  return current.database
}

/** A database of its own, migrated or not, closed and dropped by destroy(). */
export async function createOwnDatabase(migrate = true): Promise<TestDatabase> {
  const url = process.env.TEST_DATABASE_URL
  let dbOptions: DatabaseOptions
  let drop: () => Promise<void> = () => Promise.resolve()
  if (url) {
    const created = await createPostgresDatabase(url)
    dbOptions = created.options
    drop = created.drop
  } else {
    dbOptions = { kind: 'pglite', dataDir: null, logger: silentLogger }
  }
  const database = await openDatabase(dbOptions)
  if (migrate) {
    await migrateDatabase(database, dbOptions)
  }
  return {
    ...database,
    options: dbOptions,
    async destroy() {
      await database.close()
      await drop()
    },
  }
}
