import { afterEach, describe, expect, it } from 'vitest'
import { MIGRATIONS_DIR } from '../../src/db/client.js'
import { migrate, MigrationError, readMigrations } from '../../src/db/migrate.js'
import { createTestDatabase, type TestDatabase } from '../helpers/test-db.js'

describe('the migrator', () => {
  let db: TestDatabase | null = null
  afterEach(async () => {
    await db?.destroy()
    db = null
  })

  it('applies every migration once and records it like prisma migrate does', async () => {
    db = await createTestDatabase({ migrate: false })
    const migrations = readMigrations(MIGRATIONS_DIR)
    expect(migrations.length).toBeGreaterThan(0)
    expect(await migrate(db.sql, migrations)).toEqual(migrations.map((m) => m.name))
    expect(await migrate(db.sql, migrations)).toEqual([])
    const rows = await db.sql.query<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number }>(
      'SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name',
    )
    expect(rows.map((r) => r.migration_name)).toEqual(migrations.map((m) => m.name))
    expect(rows.every((r) => r.finished_at !== null && r.applied_steps_count === 1)).toBe(true)
    expect(rows.map((r) => r.checksum)).toEqual(migrations.map((m) => m.checksum))
  })

  it('refuses to start when an applied migration was edited afterwards', async () => {
    db = await createTestDatabase({ migrate: false })
    const migrations = readMigrations(MIGRATIONS_DIR)
    await migrate(db.sql, migrations)
    const edited = migrations.map((m, i) => (i === 0 ? { ...m, checksum: 'f'.repeat(64) } : m))
    await expect(migrate(db.sql, edited)).rejects.toThrow(MigrationError)
  })

  it('rolls back a failing migration entirely and records nothing', async () => {
    db = await createTestDatabase({ migrate: false })
    const broken = [
      { name: '20990101000000_broken', sql: 'CREATE TABLE ok_table (id int); SELECT no_such_column FROM ok_table;', checksum: 'x' },
    ]
    await expect(migrate(db.sql, broken)).rejects.toThrow(/20990101000000_broken failed/)
    const tables = await db.sql.query("SELECT 1 FROM information_schema.tables WHERE table_name = 'ok_table'")
    expect(tables).toEqual([])
    expect(await db.sql.query('SELECT * FROM "_prisma_migrations"')).toEqual([])
  })
})
