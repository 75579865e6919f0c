import { createHash, randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import pg from 'pg'
import type { TestProject } from 'vitest/node'
import { MIGRATIONS_DIR } from '../../src/db/client.js'
import { migrate, readMigrations } from '../../src/db/migrate.js'
import type { SqlRunner } from '../../src/db/sql.js'
import { createLogger } from '../../src/logger.js'

/** What every test file needs to open its own migrated database quickly. */
export type TestDatabaseSource = { kind: 'pglite'; snapshot: string } | { kind: 'postgres'; url: string; template: string }

declare module 'vitest' {
  export interface ProvidedContext {
    testDatabase: TestDatabaseSource
  }
}

const logger = createLogger({ level: 'silent' })
const ROOT = join(import.meta.dirname, '..', '..')

function runner(query: (text: string, params?: unknown[]) => Promise<unknown[]>, exec: (script: string) => Promise<unknown>): SqlRunner {
  return {
    query: async <T>(text: string, params?: unknown[]) => (await query(text, params)) as T[],
    exec: async (script: string) => {
      await exec(script)
    },
  }
}

/**
 * A migrated PGlite data directory, dumped once and kept in node_modules/.cache under a key made of
 * the migrations and PGlite's version: creating PGlite and migrating costs seconds, loading the
 * dump a fraction of one, so each test file starts from it instead.
 */
async function pgliteSnapshot(): Promise<string> {
  const migrations = readMigrations(MIGRATIONS_DIR)
  const version = (
    JSON.parse(readFileSync(join(ROOT, 'node_modules', '@electric-sql', 'pglite', 'package.json'), 'utf8')) as { version: string }
  ).version
  const key = createHash('sha256')
    .update(version)
    .update(JSON.stringify(migrations.map((m) => [m.name, m.sql])))
    .digest('hex')
    .slice(0, 16)
  const dir = join(ROOT, 'node_modules', '.cache', 'test-database')
  const file = join(dir, `pglite-${key}.tar`)
  if (existsSync(file)) {
    return file
  }
  const db = await PGlite.create()
  await migrate(
    runner(
      async (text, params) => (await db.query(text, params)).rows,
      (script) => db.exec(script),
    ),
    migrations,
    logger,
  )
  await db.query('CHECKPOINT')
  const dump = await db.dumpDataDir('none')
  await db.close()
  mkdirSync(dir, { recursive: true })
  // Written under another name first: two runs starting at once never read half a file.
  const partial = `${file}.${randomBytes(4).toString('hex')}`
  writeFileSync(partial, Buffer.from(await dump.arrayBuffer()))
  renameSync(partial, file)
  return file
}

/** A migrated template database; each test file creates its own database from it (CREATE DATABASE … TEMPLATE). */
async function postgresTemplate(url: string): Promise<{ template: string; drop: () => Promise<void> }> {
  const template = `t_tpl_${Date.now().toString(36)}_${randomBytes(3).toString('hex')}`
  const admin = new pg.Client({ connectionString: url })
  await admin.connect()
  await admin.query(`CREATE DATABASE ${template}`)
  const target = new URL(url)
  target.pathname = `/${template}`
  const client = new pg.Client({ connectionString: target.toString() })
  await client.connect()
  try {
    await migrate(
      runner(
        async (text, params) => (await client.query(text, params)).rows as unknown[],
        (script) => client.query(script),
      ),
      readMigrations(MIGRATIONS_DIR),
      logger,
    )
  } finally {
    await client.end()
  }
  await admin.end()
  return {
    template,
    drop: async () => {
      const again = new pg.Client({ connectionString: url })
      await again.connect()
      await again.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`)
      await again.end()
    },
  }
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const url = process.env.TEST_DATABASE_URL
  if (url) {
    const { template, drop } = await postgresTemplate(url)
    project.provide('testDatabase', { kind: 'postgres', url, template })
    return drop
  }
  project.provide('testDatabase', { kind: 'pglite', snapshot: await pgliteSnapshot() })
  return undefined
}
