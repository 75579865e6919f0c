import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import pg from 'pg'
import { migrateDatabase, openDatabase } from '../../src/db/client.js'
import { generate, type ScaleSpec } from './generate.js'
import { DATA_ROOT, databaseOptions, memory, PG_BASE, type Engine } from './harness.js'

/**
 * Builds one data set from scratch: an empty database (a PGlite directory under bench/.data, or a
 * PostgreSQL database bench_<name>), the product's migrations, then the generator.
 *
 *   tsx bench/scale/datasets.ts --engine pglite --dataset big100k [--committees 300]
 */
export async function prepareDataset(engine: Engine, dataset: string, spec: ScaleSpec) {
  mkdirSync(DATA_ROOT, { recursive: true })
  if (engine === 'pglite') {
    rmSync(join(DATA_ROOT, `pglite-${dataset}`), { recursive: true, force: true })
  } else {
    const admin = new pg.Client({ connectionString: `${PG_BASE}/postgres` })
    await admin.connect()
    await admin.query(`DROP DATABASE IF EXISTS bench_${dataset} WITH (FORCE)`)
    await admin.query(`CREATE DATABASE bench_${dataset}`)
    await admin.end()
  }
  const started = performance.now()
  const options = databaseOptions(engine, dataset)
  const database = await openDatabase(options)
  await migrateDatabase(database, options)
  const steps = await generate(database.sql, spec)
  await database.close()
  const seconds = Math.round((performance.now() - started) / 100) / 10
  writeFileSync(join(DATA_ROOT, `${engine}-${dataset}.json`), JSON.stringify({ spec, seconds, steps }, null, 2))
  return { seconds, steps, memory: memory() }
}

if (process.argv[1]?.endsWith('datasets.ts')) {
  const args = process.argv.slice(2)
  const option = (name: string) => {
    const index = args.indexOf(`--${name}`)
    return index >= 0 ? args[index + 1] : undefined
  }
  const { DATASETS } = await import('./harness.js')
  const engine = (option('engine') ?? 'pglite') as Engine
  const dataset = option('dataset') ?? 'big10k'
  const base = DATASETS[dataset]
  if (!base) {
    throw new Error(`unknown data set ${dataset}`)
  }
  const spec = { ...base, ...(option('committees') ? { committees: Number(option('committees')) } : {}) }
  const result = await prepareDataset(engine, dataset, spec)
  process.stdout.write(`${JSON.stringify(result)}\n`)
  process.exit(0)
}
