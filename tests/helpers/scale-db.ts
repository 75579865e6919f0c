import { generate, type ScaleSpec } from '../../bench/scale/generate.js'
import { openDatabase, type Database, type DatabaseOptions } from '../../src/db/client.js'
import { createRepositories } from '../../src/db/repositories/index.js'
import { migratedDatabase } from './test-db.js'

/** Every SQL statement Prisma sent, in order (the query hook of the database). */
export class StatementLog {
  readonly statements: string[] = []
  readonly hook = (query: string) => {
    this.statements.push(query)
  }
  /** Statements sent while `action` ran. */
  async during<T>(action: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
    const before = this.statements.length
    const result = await action()
    return { result, statements: this.statements.slice(before) }
  }
}

/**
 * A statement that reads rows of `tasks` into the process must be a page (LIMIT), an aggregate, or a
 * look-up by key of rows already found.
 */
export function readsWholeTaskTable(statement: string): boolean {
  const sql = statement.replace(/\s+/g, ' ')
  const readsTasks = /^\s*(WITH .*)?SELECT .* FROM ("public"\.)?"?tasks"?\b/i.test(sql)
  const byKey = /WHERE ("public"\.)?"tasks"\."id" IN \(/i.test(sql)
  return readsTasks && !byKey && !/\bLIMIT\b/i.test(sql) && !/\b(count|sum|min|max)\(/i.test(sql)
}

/** The highest $n placeholder of a statement: one parameter per row would show here. */
export function parameterCount(statement: string): number {
  return Math.max(0, ...[...statement.matchAll(/\$(\d+)/g)].map((m) => Number(m[1])))
}

export interface ScaleDatabase {
  database: Database
  /** How to open it again (a second instance). */
  options: DatabaseOptions
  log: StatementLog
  destroy(): Promise<void>
}

/**
 * A migrated database filled by the benchmark's generator (bench/scale/generate.ts) and analyzed,
 * with every statement logged. PGlite in memory, or its own PostgreSQL database when
 * TEST_DATABASE_URL is set (tests/helpers/test-db.ts).
 */
export async function scaleDatabase(spec: ScaleSpec): Promise<ScaleDatabase> {
  const log = new StatementLog()
  // Already migrated (the suite's snapshot or template): migrating from nothing costs seconds of CPU.
  const { options, drop } = await migratedDatabase(log.hook)
  const database = await openDatabase(options)
  await generate(database.sql, spec)
  await createRepositories(database.prisma).maintenance.analyzeAll()
  return {
    database,
    options,
    log,
    async destroy() {
      await database.close()
      await drop()
    },
  }
}
