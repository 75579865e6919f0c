import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { PrismaPg } from '@prisma/adapter-pg'
import pg from 'pg'
import { PrismaPGlite } from 'pglite-prisma-adapter'
import { PrismaClient } from '../generated/prisma/client.js'
import type { Logger } from '../logger.js'
import { lockDataDir, type DataDirLock } from './lock.js'
import { migrate, readMigrations } from './migrate.js'
import type { SqlRunner } from './sql.js'

export type Db = PrismaClient

export interface Database {
  prisma: Db
  /** Raw SQL on one connection (migrations, health checks). */
  sql: SqlRunner
  kind: 'pglite' | 'postgres'
  /**
   * Runs `fn` on one connection of its own, inside a transaction (a consistent snapshot for a
   * backup, or all-or-nothing for a restore). On PGlite, other queries wait until it ends.
   */
  session<T>(fn: (sql: SqlRunner) => Promise<T>, options?: { readOnly?: boolean }): Promise<T>
  /** Flushes and closes; on PGlite also checkpoints and releases the directory lock. */
  close(): Promise<void>
}

/** Called with every SQL statement Prisma sends (tests and benchmarks count queries with it). */
export type QueryHook = (query: string, durationMs: number) => void

export type DatabaseOptions =
  | {
      kind: 'pglite'
      dataDir: string | null
      logger: Logger
      /** A data directory dumped by PGlite to start from (an already migrated database, in tests). */
      snapshot?: Blob
      onQuery?: QueryHook
    }
  | { kind: 'postgres'; url: string; connectTimeoutMs: number; poolMax: number; logger: Logger; onQuery?: QueryHook }

/** A Prisma client on `adapter`, reporting each query to `onQuery` when given. */
function prismaClient(adapter: PrismaPg | PrismaPGlite, onQuery: QueryHook | undefined): PrismaClient {
  if (!onQuery) {
    return new PrismaClient({ adapter })
  }
  const prisma = new PrismaClient({ adapter, log: [{ emit: 'event', level: 'query' }] })
  prisma.$on('query', (event) => onQuery(event.query, event.duration))
  return prisma
}

export const MIGRATIONS_DIR = join(import.meta.dirname, '..', '..', 'prisma', 'migrations')

/**
 * PGlite's defaults plus a smaller buffer cache. Its 128 MB of shared buffers live in the WASM
 * heap and are resident from the start (+120 MB measured), which alone breaks a 300 MB start-up and
 * a 400 MB ceiling at 100k tasks. 32 MB holds the hot pages of the lists (read through indexes);
 * the operating system's file cache sits behind it for the rest.
 */
const PGLITE_START_PARAMS = [...PGlite.defaultStartParams, '-c', 'shared_buffers=32MB']

function pgliteRunner(db: PGlite): SqlRunner {
  return {
    async query<T>(text: string, params?: unknown[]) {
      return (await db.query<T>(text, params)).rows
    },
    async exec(script: string) {
      await db.exec(script)
    },
  }
}

async function openPglite(
  dataDir: string | null,
  logger: Logger,
  extra: { snapshot?: Blob | undefined; onQuery?: QueryHook | undefined },
): Promise<Database> {
  let lock: DataDirLock | null = null
  let pgDir: string | undefined
  if (dataDir) {
    lock = lockDataDir(dataDir)
    pgDir = join(dataDir, 'pgdata')
    mkdirSync(pgDir, { recursive: true })
  }
  let db: PGlite
  try {
    db = await PGlite.create({
      ...(pgDir ? { dataDir: pgDir } : {}),
      ...(extra.snapshot ? { loadDataDir: extra.snapshot } : {}),
      startParams: PGLITE_START_PARAMS,
    })
  } catch (error) {
    lock?.release()
    throw error
  }
  const prisma = prismaClient(new PrismaPGlite(db), extra.onQuery)
  logger.info({ dataDir: pgDir ?? 'memory' }, 'embedded database open')
  return {
    prisma,
    sql: pgliteRunner(db),
    kind: 'pglite',
    // PGlite's transaction() holds its single connection exclusively until it ends.
    session: (fn) =>
      db.transaction((tx) =>
        fn({
          async query<T>(text: string, params?: unknown[]) {
            return (await tx.query<T>(text, params)).rows
          },
          async exec(script: string) {
            await tx.exec(script)
          },
        }),
      ),
    async close() {
      await prisma.$disconnect()
      if (!db.closed) {
        // PGlite runs with fsync off and has left unrecoverable directories after unclean exits
        // (pglite#327, #884): checkpoint so the next start does not depend on WAL replay.
        await db.query('CHECKPOINT')
        await db.close()
      }
      lock?.release()
    },
  }
}

function openPostgres(url: string, connectTimeoutMs: number, poolMax: number, logger: Logger, onQuery?: QueryHook): Database {
  // Explicit timeouts: pg's defaults wait forever for a connection, which would hang handlers
  // during a database outage (reliability.md §5.1).
  const poolConfig: pg.PoolConfig = {
    connectionString: url,
    max: poolMax,
    connectionTimeoutMillis: connectTimeoutMs,
    idleTimeoutMillis: 10_000,
    statement_timeout: 30_000,
  }
  const pool = new pg.Pool(poolConfig)
  pool.on('error', (error) => logger.warn({ err: error }, 'idle PostgreSQL connection failed'))
  const prisma = prismaClient(new PrismaPg(pool), onQuery)
  const sql: SqlRunner = {
    async query<T>(text: string, params?: unknown[]) {
      return (await pool.query(text, params)).rows as T[]
    },
    async exec(script: string) {
      await pool.query(script)
    },
  }
  logger.info('PostgreSQL pool created')
  return {
    prisma,
    sql,
    kind: 'postgres',
    async session(fn, options) {
      const client = await pool.connect()
      try {
        await client.query(options?.readOnly ? 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY' : 'BEGIN')
        const result = await fn({
          async query<T>(text: string, params?: unknown[]) {
            return (await client.query(text, params)).rows as T[]
          },
          async exec(script: string) {
            await client.query(script)
          },
        })
        await client.query('COMMIT')
        return result
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined)
        throw error
      } finally {
        client.release()
      }
    },
    async close() {
      await prisma.$disconnect()
      await pool.end()
    },
  }
}

/** Opens the database chosen by the options; does not migrate. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.kind === 'pglite') {
    return openPglite(options.dataDir, options.logger, { snapshot: options.snapshot, onQuery: options.onQuery })
  }
  const database = openPostgres(options.url, options.connectTimeoutMs, options.poolMax, options.logger, options.onQuery)
  // Fail at start-up, with the timeout above, rather than on the first update.
  await database.sql.query('SELECT 1')
  return database
}

/**
 * Runs the migrations on one dedicated connection. On PostgreSQL the migrator's session-level
 * advisory lock must be taken and released on the same connection, which a pool does not promise.
 */
export async function migrateDatabase(database: Database, options: DatabaseOptions): Promise<string[]> {
  const migrations = readMigrations(MIGRATIONS_DIR)
  if (options.kind === 'pglite') {
    const applied = await migrate(database.sql, migrations, options.logger)
    // New tables and indexes need statistics before the planner can use them well; PGlite has no
    // autovacuum to take them (the scheduler keeps them fresh afterwards).
    if (applied.length > 0) {
      await database.sql.exec('ANALYZE')
    }
    return applied
  }
  const client = new pg.Client({ connectionString: options.url, connectionTimeoutMillis: options.connectTimeoutMs })
  await client.connect()
  try {
    const runner: SqlRunner = {
      async query<T>(text: string, params?: unknown[]) {
        return (await client.query(text, params)).rows as T[]
      },
      async exec(script: string) {
        await client.query(script)
      },
    }
    const applied = await migrate(runner, migrations, options.logger)
    if (applied.length > 0) {
      await runner.exec('ANALYZE')
    }
    return applied
  } finally {
    await client.end()
  }
}
