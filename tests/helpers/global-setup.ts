import { createHash, randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { build } from 'esbuild'
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
    /** The folder of the bot compiled to JavaScript (buildBot below). */
    testBuild: string
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
      // The databases made from it (tests/helpers/test-db.ts names them after it): the shared workers'
      // stay open until their worker ends, and files that failed half-way may have left theirs.
      const made = await again.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE starts_with(datname, $1)`, [
        `${template}_`,
      ])
      for (const { datname } of made.rows) {
        await again.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`)
      }
      await again.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`)
      await again.end()
    },
  }
}

/**
 * The bot compiled to JavaScript for the tests that start it as a process: `node <dir>/main.js` as
 * `npm start` runs `dist/main.js`, instead of tsx transpiling ~300 files at every start (about 0.8 s of
 * CPU each, for some forty starts). esbuild (tsx's own transpiler) writes one file per source file in
 * a folder beside src/, so that the paths the code finds from its own location (locales, migrations,
 * the repository's root) are the same as from src/ or dist/. The test helpers started as processes are
 * bundled into its test-helpers/ folder (the same depth). Removed at the end of the run; a folder left
 * by a run that was killed is removed by the next one.
 */
async function buildBot(): Promise<{ dir: string; remove: () => void }> {
  for (const name of readdirSync(ROOT)) {
    const pid = /^\.test-build-(\d+)$/.exec(name)?.[1]
    if (pid && !isAlive(Number(pid))) {
      rmSync(join(ROOT, name), { recursive: true, force: true })
    }
  }
  const dir = join(ROOT, `.test-build-${process.pid}`)
  rmSync(dir, { recursive: true, force: true })
  const common = { format: 'esm', platform: 'node', target: 'node20', logLevel: 'warning' } as const
  const sources = readdirSync(join(ROOT, 'src'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'))
  await build({ ...common, entryPoints: sources.map((file) => join(ROOT, 'src', file)), outbase: join(ROOT, 'src'), outdir: dir })
  await build({
    ...common,
    entryPoints: ['lock-holder.ts', 'seed-outbox.ts'].map((file) => join(ROOT, 'tests', 'helpers', file)),
    outdir: join(dir, 'test-helpers'),
    bundle: true,
    packages: 'external',
  })
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

interface Prepared {
  database: TestDatabaseSource
  bot: string
  teardown: () => Promise<void>
}

async function prepare(): Promise<Prepared> {
  const built = await buildBot()
  const url = process.env.TEST_DATABASE_URL
  if (url) {
    const { template, drop } = await postgresTemplate(url)
    return {
      database: { kind: 'postgres', url, template },
      bot: built.dir,
      teardown: async () => {
        built.remove()
        await drop()
      },
    }
  }
  return { database: { kind: 'pglite', snapshot: await pgliteSnapshot() }, bot: built.dir, teardown: () => Promise.resolve(built.remove()) }
}

// vitest calls this once for the root config and once per project (vitest.config.ts), in one process:
// the work is done once, and undone after the last of them.
const SHARED = Symbol.for('doi-thoai-bot.global-setup')
type Registry = { prepared: Promise<Prepared>; users: number }
const registry = globalThis as typeof globalThis & { [SHARED]?: Registry }

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const entry = (registry[SHARED] ??= { prepared: prepare(), users: 0 })
  entry.users++
  const prepared = await entry.prepared
  project.provide('testDatabase', prepared.database)
  project.provide('testBuild', prepared.bot)
  return async () => {
    if (--entry.users === 0) {
      delete registry[SHARED]
      await prepared.teardown()
    }
  }
}
