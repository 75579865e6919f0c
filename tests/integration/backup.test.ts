import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gunzipSync, gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pruneBackups, restoreBackup, writeBackup } from '../../src/db/backup.js'
import { MIGRATIONS_DIR } from '../../src/db/client.js'
import { readMigrations } from '../../src/db/migrate.js'
import type { SqlRunner } from '../../src/db/sql.js'
import { createTestDatabase, silentLogger, type TestDatabase } from '../helpers/test-db.js'

let source: TestDatabase
const dir = mkdtempSync(join(tmpdir(), 'bot-backup-'))
const migrations = readMigrations(MIGRATIONS_DIR)

/**
 * Every table's rows as PostgreSQL prints them, in a stable order. The senders' pacing and the job
 * times are rebuilt by the code, not restored; the task counts are counted again by their triggers
 * as the tasks are restored (their row ids may differ, their content may not).
 */
async function snapshot(sql: SqlRunner): Promise<Record<string, string[]>> {
  const tables = await sql.query<{ name: string }>(
    `SELECT relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = current_schema() AND relkind = 'r'
        AND relname NOT IN ('_prisma_migrations', 'send_gates', 'send_ledger', 'job_schedules') ORDER BY 1`,
  )
  const result: Record<string, string[]> = {}
  for (const { name } of tables) {
    const row = name === 'task_counts' ? `(row_to_json(t)::jsonb - 'id')::text` : 'row_to_json(t)::text'
    const rows = await sql.query<{ j: string }>(`SELECT ${row} AS j FROM "${name}" t ORDER BY 1`)
    result[name] = rows.map((row) => row.j)
  }
  return result
}

beforeAll(async () => {
  source = await createTestDatabase()
  const { prisma } = source
  const committee = await prisma.committee.create({ data: { name: 'Tỉnh ủy Quảng Ngãi', level: 'province', timeZone: 'Asia/Ho_Chi_Minh' } })
  const body = await prisma.body.create({
    data: {
      committeeId: committee.id,
      number: 1,
      name: 'Ban Dân vận Tỉnh ủy',
      aliases: ['BDVTU', 'Ban "Dân vận"', "d'x"],
      normalizedName: 'ban dan van tinh uy',
    },
  })
  const person = await prisma.person.create({ data: { displayName: 'Nguyễn Văn An\nxuống dòng' } })
  await prisma.bodyContact.create({ data: { bodyId: body.id, personId: person.id, isHead: true } })
  await prisma.auditEvent.create({
    data: {
      committeeId: committee.id,
      actorPersonId: person.id,
      actorVia: 'user',
      action: 'body.create',
      targetType: 'body',
      after: { name: 'Ban Dân vận', nested: { list: [1, 2.5, null, 'ký tự'] } },
      updateId: 9_007_199_254_740_993n,
    },
  })
  const run = await prisma.run.create({
    data: { committeeId: committee.id, kind: 'weekly_summary', localDate: new Date('2026-03-02'), image: new Uint8Array([0, 1, 2, 255]) },
  })
  await prisma.delivery.create({
    data: {
      runId: run.id,
      committeeId: committee.id,
      topic: 'digest',
      platform: 'telegram',
      target: '-100123',
      partNo: 1,
      text: 'Bản tin\t"1"',
    },
  })
  await prisma.processedUpdate.create({
    data: { platform: 'telegram', updateId: 77n, state: 'received', leaseUntil: new Date(), payload: '{"text":"\\ud800 \\u0000"}' },
  })
})
afterAll(async () => {
  await source.destroy()
})

describe('backup and restore', () => {
  it('restores into an empty database exactly what was backed up, and the numbering goes on', async () => {
    const file = join(dir, 'backup-2026-03-02.jsonl.gz')
    const rows = await writeBackup(source, file, new Date('2026-03-02T20:00:00Z'))
    expect(rows).toBe(8)
    const lines = gunzipSync(readFileSync(file)).toString('utf8').trim().split('\n')
    expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({
      format: 'doi-thoai-backup',
      version: 1,
      migrations: migrations.map((m) => m.name),
    })
    expect(JSON.parse(lines.at(-1) ?? '{}')).toEqual({ end: true, rows: 8 })

    const target = await createTestDatabase({ migrate: false })
    try {
      const restored = await restoreBackup(target, migrations, file, silentLogger)
      expect(restored).toEqual({ rows: 8, migrations: 0 })
      expect(await snapshot(target.sql)).toEqual(await snapshot(source.sql))
      const next = await target.prisma.committee.create({ data: { name: 'UBND xã', level: 'commune', timeZone: 'Asia/Ho_Chi_Minh' } })
      expect(next.id).toBe(2)
      const audit = await target.prisma.auditEvent.findFirstOrThrow()
      expect(audit.updateId).toBe(9_007_199_254_740_993n)
      expect((await target.prisma.run.findFirstOrThrow()).image).toEqual(new Uint8Array([0, 1, 2, 255]))

      // A database that holds data is never overwritten.
      await expect(restoreBackup(target, migrations, file)).rejects.toThrow(/not empty/)
    } finally {
      await target.destroy()
    }
  })

  it('refuses a truncated file, a foreign file and a backup made by newer code, leaving the target empty', async () => {
    const file = join(dir, 'full.jsonl.gz')
    await writeBackup(source, file, new Date())
    const lines = gunzipSync(readFileSync(file)).toString('utf8').trim().split('\n')
    const truncated = join(dir, 'truncated.jsonl.gz')
    writeFileSync(truncated, gzipSync(lines.slice(0, -2).join('\n')))
    const foreign = join(dir, 'foreign.jsonl.gz')
    writeFileSync(foreign, gzipSync('{"hello":1}\n'))
    const newer = join(dir, 'newer.jsonl.gz')
    const header = JSON.parse(lines[0] ?? '{}') as { migrations: string[] }
    header.migrations.push('29991231000000_from_the_future')
    writeFileSync(newer, gzipSync([JSON.stringify(header), ...lines.slice(1)].join('\n')))

    const target = await createTestDatabase({ migrate: false })
    try {
      await expect(restoreBackup(target, migrations, truncated)).rejects.toThrow(/truncated/)
      await expect(restoreBackup(target, migrations, foreign)).rejects.toThrow(/not a backup/)
      await expect(restoreBackup(target, migrations, newer)).rejects.toThrow(/newer version/)
      // The failed load left no rows behind, so the right file can still be restored here.
      expect((await restoreBackup(target, migrations, file)).rows).toBe(8)
    } finally {
      await target.destroy()
    }
  })

  it('keeps the newest seven backups', () => {
    const keepDir = mkdtempSync(join(tmpdir(), 'bot-keep-'))
    for (let day = 1; day <= 9; day++) {
      writeFileSync(join(keepDir, `backup-2026-03-0${day}.jsonl.gz`), '')
    }
    writeFileSync(join(keepDir, 'notes.txt'), '')
    expect(pruneBackups(keepDir, 7)).toEqual(['backup-2026-03-01.jsonl.gz', 'backup-2026-03-02.jsonl.gz'])
  })
})
