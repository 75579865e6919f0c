import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { migrateDatabase, openDatabase, type Database, type DatabaseOptions } from '../../src/db/client.js'
import { createLogger } from '../../src/logger.js'

export const silentLogger = createLogger({ level: 'silent' })

/** Which database the database-facing tests run on: PGlite in memory, or PostgreSQL when TEST_DATABASE_URL is set. */
export const testDatabaseKind: 'pglite' | 'postgres' = process.env.TEST_DATABASE_URL ? 'postgres' : 'pglite'

export interface TestDatabase extends Database {
  options: DatabaseOptions
  /** Drops everything this test database holds. */
  destroy(): Promise<void>
}

/**
 * A fresh, migrated database for one test file. On PostgreSQL each call creates its own database
 * (dropped by destroy), so test files running in parallel never see each other's rows.
 */
export async function createTestDatabase(options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const url = process.env.TEST_DATABASE_URL
  let dbOptions: DatabaseOptions
  let drop: () => Promise<void> = () => Promise.resolve()
  if (url) {
    const name = `t_${Date.now().toString(36)}_${randomBytes(4).toString('hex')}`
    const admin = new pg.Client({ connectionString: url })
    await admin.connect()
    await admin.query(`CREATE DATABASE ${name}`)
    await admin.end()
    const target = new URL(url)
    target.pathname = `/${name}`
    dbOptions = { kind: 'postgres', url: target.toString(), connectTimeoutMs: 5000, poolMax: 5, logger: silentLogger }
    drop = async () => {
      const client = new pg.Client({ connectionString: url })
      await client.connect()
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await client.end()
    }
  } else {
    dbOptions = { kind: 'pglite', dataDir: null, logger: silentLogger }
  }
  const database = await openDatabase(dbOptions)
  if (options.migrate !== false) {
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
