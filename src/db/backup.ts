import { createReadStream, createWriteStream, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { createInterface } from 'node:readline'
import { pipeline } from 'node:stream/promises'
import { Readable } from 'node:stream'
import { createGunzip, createGzip } from 'node:zlib'
import type { Logger } from '../logger.js'
import type { Database } from './client.js'
import { migrate, type Migration } from './migrate.js'
import type { SqlRunner } from './sql.js'

/**
 * The backup format: gzip'd JSON lines, the same for PGlite and PostgreSQL.
 *   {"format":"doi-thoai-backup","version":1,"createdAt":…,"migrations":[…]}
 *   {"table":"committees","columns":[…]}   then one line per row: the row as PostgreSQL's row_to_json wrote it
 *   {"sequence":"committees_id_seq","value":12,"called":true}
 *   {"end":true,"rows":N}
 * Rows are kept as PostgreSQL's own JSON text (never parsed here: bigints stay exact) and loaded
 * back with json_populate_recordset, so every column type round-trips as the database reads it.
 */
export const BACKUP_FORMAT = 'doi-thoai-backup'
const BACKUP_VERSION = 1
const FETCH_ROWS = 1000
const INSERT_ROWS = 500
const MIGRATIONS_TABLE = '_prisma_migrations'

export class BackupError extends Error {
  override name = 'BackupError'
}

interface Header {
  format: string
  version: number
  createdAt: string
  migrations: string[]
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`

/**
 * State the code rebuilds, never backed up: the senders' pacing (send_gates, seeded by its
 * migration and re-made on demand; send_ledger, bookings of the last minutes), the committees' job
 * times (job_schedules, made at start-up) and the task counts (task_counts, kept by triggers on
 * tasks: restoring the tasks counts them again). Not state at all: the files waiting behind a one-time
 * download link (downloads: half an hour, and a copy of people's names a backup need not carry).
 */
const DERIVED_TABLES = ['send_gates', 'send_ledger', 'job_schedules', 'task_counts', 'downloads']

/** The schema's tables, parents before children (foreign keys), so a restore inserts in this order. */
async function tablesInOrder(sql: SqlRunner): Promise<string[]> {
  const tables = (
    await sql.query<{ name: string }>(
      `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = current_schema() AND c.relkind = 'r' AND c.relname <> $1 ORDER BY 1`,
      [MIGRATIONS_TABLE],
    )
  )
    .map((row) => row.name)
    .filter((name) => !DERIVED_TABLES.includes(name))
  const edges = await sql.query<{ child: string; parent: string }>(
    `SELECT c.relname AS child, p.relname AS parent FROM pg_constraint k
       JOIN pg_class c ON c.oid = k.conrelid JOIN pg_class p ON p.oid = k.confrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE k.contype = 'f' AND n.nspname = current_schema() AND c.oid <> p.oid`,
  )
  const ordered: string[] = []
  const remaining = new Set(tables)
  while (remaining.size > 0) {
    const ready = [...remaining].filter((t) => !edges.some((e) => e.child === t && remaining.has(e.parent)))
    if (ready.length === 0) {
      throw new BackupError(`foreign keys form a cycle among ${[...remaining].join(', ')}`)
    }
    for (const table of ready) {
      ordered.push(table)
      remaining.delete(table)
    }
  }
  return ordered
}

/** Lines of a backup, read from a consistent snapshot of the database. */
async function* backupLines(sql: SqlRunner, now: Date): AsyncGenerator<string> {
  const migrations = (
    await sql.query<{ name: string }>(
      `SELECT migration_name AS name FROM ${ident(MIGRATIONS_TABLE)}
        WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY 1`,
    )
  ).map((row) => row.name)
  const header: Header = { format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: now.toISOString(), migrations }
  yield JSON.stringify(header)
  let total = 0
  for (const table of await tablesInOrder(sql)) {
    yield JSON.stringify({ table })
    await sql.exec(`DECLARE backup_rows NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS j FROM ${ident(table)} t`)
    for (;;) {
      const rows = await sql.query<{ j: string }>(`FETCH ${FETCH_ROWS} FROM backup_rows`)
      for (const row of rows) {
        yield row.j
      }
      total += rows.length
      if (rows.length < FETCH_ROWS) {
        break
      }
    }
    await sql.exec('CLOSE backup_rows')
  }
  const sequences = await sql.query<{ name: string; value: string | null }>(
    `SELECT sequencename AS name, last_value::text AS value FROM pg_sequences WHERE schemaname = current_schema() ORDER BY 1`,
  )
  for (const sequence of sequences) {
    yield JSON.stringify({
      sequence: sequence.name,
      value: sequence.value === null ? 1 : Number(sequence.value),
      called: sequence.value !== null,
    })
  }
  yield JSON.stringify({ end: true, rows: total })
}

/**
 * Writes a consistent backup of the whole database to `file` (written beside it, then renamed, so a
 * crash never leaves a truncated file under the final name). Returns the number of rows.
 */
export async function writeBackup(database: Database, file: string, now: Date): Promise<number> {
  mkdirSync(dirname(file), { recursive: true })
  const partial = `${file}.partial`
  let rows = 0
  try {
    await database.session(
      async (sql) => {
        const lines = backupLines(sql, now)
        await pipeline(
          Readable.from(
            (async function* () {
              for await (const line of lines) {
                const parsed = line.startsWith('{"end"') ? (JSON.parse(line) as { rows: number }) : null
                if (parsed) {
                  rows = parsed.rows
                }
                yield `${line}\n`
              }
            })(),
          ),
          createGzip(),
          createWriteStream(partial),
        )
      },
      { readOnly: true },
    )
    renameSync(partial, file)
  } catch (error) {
    rmSync(partial, { force: true })
    throw error
  }
  return rows
}

async function isEmpty(sql: SqlRunner): Promise<{ empty: boolean; applied: string[] }> {
  const [exists] = await sql.query<{ present: boolean }>(`SELECT to_regclass($1) IS NOT NULL AS present`, [MIGRATIONS_TABLE])
  const applied = exists?.present
    ? (await sql.query<{ name: string }>(`SELECT migration_name AS name FROM ${ident(MIGRATIONS_TABLE)} WHERE rolled_back_at IS NULL`)).map(
        (row) => row.name,
      )
    : []
  for (const table of await tablesInOrder(sql)) {
    const [row] = await sql.query<{ any: boolean }>(`SELECT EXISTS (SELECT 1 FROM ${ident(table)}) AS any`)
    if (row?.any) {
      return { empty: false, applied }
    }
  }
  return { empty: true, applied }
}

/**
 * Restores a backup into an empty database (PGlite or PostgreSQL): applies the migrations the
 * backup was made with, loads every row in one transaction, sets the sequences, then applies this
 * code's newer migrations. Refuses a database that holds data, and a backup made by newer code.
 */
export async function restoreBackup(
  database: Database,
  migrations: Migration[],
  file: string,
  logger?: Logger,
): Promise<{ rows: number; migrations: number }> {
  const lines = createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity })[Symbol.asyncIterator]()
  const first = await lines.next()
  let header: Header
  try {
    header = JSON.parse(first.done ? '' : first.value) as Header
  } catch {
    throw new BackupError(`${file} is not a backup of this bot`)
  }
  if (header.format !== BACKUP_FORMAT || header.version !== BACKUP_VERSION) {
    throw new BackupError(`${file} is not a backup of this bot (format ${String(header.format)} v${String(header.version)})`)
  }
  const known = new Set(migrations.map((m) => m.name))
  const unknown = header.migrations.filter((name) => !known.has(name))
  if (unknown.length > 0) {
    throw new BackupError(`the backup was made by a newer version (migrations ${unknown.join(', ')}): restore it with that version`)
  }
  const target = await isEmpty(database.sql)
  const extra = target.applied.filter((name) => !header.migrations.includes(name))
  if (!target.empty || extra.length > 0) {
    throw new BackupError('the target database is not empty: restore into a new database (or an empty DATA_DIR)')
  }
  await migrate(
    database.sql,
    migrations.filter((m) => header.migrations.includes(m.name)),
    logger,
  )

  const rows = await database.session(async (sql) => {
    let table: string | null = null
    let batch: string[] = []
    let count = 0
    let ended = false
    const flush = async () => {
      if (table && batch.length > 0) {
        await sql.query(`INSERT INTO ${ident(table)} SELECT * FROM json_populate_recordset(NULL::${ident(table)}, $1::json)`, [
          `[${batch.join(',')}]`,
        ])
        count += batch.length
        batch = []
      }
    }
    for (let next = await lines.next(); !next.done; next = await lines.next()) {
      const line = next.value
      if (line.startsWith('{"table":')) {
        await flush()
        table = (JSON.parse(line) as { table: string }).table
      } else if (line.startsWith('{"sequence":')) {
        await flush()
        table = null
        const sequence = JSON.parse(line) as { sequence: string; value: number; called: boolean }
        await sql.query('SELECT setval($1::regclass, $2, $3)', [ident(sequence.sequence), sequence.value, sequence.called])
      } else if (line.startsWith('{"end":')) {
        await flush()
        const expected = (JSON.parse(line) as { rows: number }).rows
        if (expected !== count) {
          throw new BackupError(`the backup says ${expected} rows, ${count} were read`)
        }
        ended = true
      } else if (line.length > 0) {
        if (!table) {
          throw new BackupError('a row outside any table: the file is damaged')
        }
        batch.push(line)
        if (batch.length >= INSERT_ROWS) {
          await flush()
        }
      }
    }
    if (!ended) {
      throw new BackupError('the backup ends early: the file is truncated')
    }
    return count
  })
  const applied = await migrate(database.sql, migrations, logger)
  return { rows, migrations: applied.length }
}

/** Keeps the newest `keep` backups (by name, which starts with the date) in `dir`; removes the rest. */
export function pruneBackups(dir: string, keep: number): string[] {
  const files = readdirSync(dir)
    .filter((name) => name.startsWith('backup-') && name.endsWith('.jsonl.gz'))
    .sort()
  const removed = files.slice(0, Math.max(0, files.length - keep))
  for (const name of removed) {
    rmSync(join(dir, name), { force: true })
  }
  return removed
}
