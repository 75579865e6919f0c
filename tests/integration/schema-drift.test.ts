import { afterEach, describe, expect, it } from 'vitest'
import { MIGRATIONS_DIR } from '../../src/db/client.js'
import { migrate, readMigrations } from '../../src/db/migrate.js'
import { findDrift, readDmmf } from '../helpers/schema-drift.js'
import { createTestDatabase, type TestDatabase } from '../helpers/test-db.js'

describe('schema drift: prisma/schema.prisma against the migrated database', () => {
  let db: TestDatabase | null = null
  afterEach(async () => {
    await db?.destroy()
    db = null
  })

  it('finds no difference after applying every migration to an empty database', async () => {
    db = await createTestDatabase()
    expect(await findDrift(db.sql)).toEqual([])
  })

  it('reports a column removed from a migration', async () => {
    db = await createTestDatabase({ migrate: false })
    const migrations = readMigrations(MIGRATIONS_DIR).map((m) => ({
      ...m,
      sql: m.sql.replace(/^\s*"short_name" TEXT,\n/m, ''),
    }))
    await migrate(db.sql, migrations)
    expect(await findDrift(db.sql)).toEqual(['column bodies.short_name (Body.shortName) is missing'])
  })

  it('reports a wrong type, a wrong nullability and a missing unique constraint', async () => {
    db = await createTestDatabase({ migrate: false })
    const migrations = readMigrations(MIGRATIONS_DIR).map((m) => ({
      ...m,
      sql: m.sql
        .replace('"display_name" TEXT NOT NULL', '"display_name" VARCHAR(100) NOT NULL')
        .replace('"title" TEXT,', '"title" TEXT NOT NULL,')
        .replace('CREATE UNIQUE INDEX "invite_codes_code_hash_key"', 'CREATE INDEX "invite_codes_code_hash_key"'),
    }))
    await migrate(db.sql, migrations)
    expect(await findDrift(db.sql)).toEqual([
      'column people.display_name has type varchar, schema says text',
      'column chats.title is NOT NULL, schema says optional',
      'unique constraint on invite_codes(code_hash) is missing',
    ])
  })

  it('reports a model the migrations forgot', async () => {
    db = await createTestDatabase()
    const schema = `${'datasource db {\n  provider = "postgresql"\n}\n'}model Extra {\n  id Int @id\n  @@map("extras")\n}\n`
    const problems = await findDrift(db.sql, readDmmf(schema))
    expect(problems).toContain('table extras (model Extra) is missing')
    expect(problems).toContain('table committees is not in the schema')
  })
})
