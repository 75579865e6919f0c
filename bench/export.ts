import { spawn } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createTranslator } from '../src/delivery/translate.js'
import { createRepositories } from '../src/db/repositories/index.js'
import { auditWorkbook, trackingWorkbook } from '../src/documents/tracking-workbook.js'
import type { Actor } from '../src/services/actor.js'
import { SettableClock } from '../src/services/clock.js'
import { createServices } from '../src/services/index.js'
import { prepareDataset } from './scale/datasets.js'
import { actors } from './scale/generate.js'
import { DATA_ROOT, DATASETS, datasetSpec, logger, memory, openDataset, QueryCounter, ROOT } from './scale/harness.js'

/**
 * npm run bench:export — the tracking table (/xuat) and the whole audit trail (/xuat nhatky) of one
 * committee with 10,000 and then 100,000 tasks (bench/scale's data sets, on PGlite), each size in a
 * process of its own under the heap limit `npm start` gives the bot (192 MB): wall time, SQL
 * statements, peak heap (sampled) and peak RSS, rows and file size; then the 100k/10k ratios. A
 * bounded export grows in time with the rows and stays flat in memory.
 *
 *   npm run bench:export [-- --reuse]          (--reuse keeps data sets already built in bench/.data)
 *   tsx bench/export.ts --child big100k         (one measurement, JSON on stdout)
 */
const args = process.argv.slice(2)

interface Measure {
  dataset: string
  tasks: number
  export: 'tracking' | 'audit'
  seconds: number
  /** CPU seconds of the process (user + system, PGlite included): steadier than wall time on a shared machine. */
  cpuSeconds: number
  statements: number
  rows: number
  fileMb: number
  /** Seconds spent in SQL (the database's query hook), the rest is writing the file. */
  sqlSeconds: number
  /** Peak of the JavaScript heap (sampled): what the export itself holds. PGlite's memory is outside it. */
  peakHeapMb: number
  /** The JavaScript heap when the export started (the bot's own: Prisma, i18n …). */
  startHeapMb: number
}

async function measureChild(dataset: string): Promise<void> {
  const spec = datasetSpec('pglite', dataset)
  const counter = new QueryCounter()
  const database = await openDataset('pglite', dataset, counter)
  const clock = new SettableClock()
  clock.set(new Date(`${spec.today}T03:00:00Z`))
  const services = createServices({
    repos: createRepositories(database.prisma, () => clock.now()),
    clock,
    logger,
    settings: { defaultLocale: 'vi', defaultTimeZone: 'Asia/Ho_Chi_Minh', inviteTtlDays: 7 },
  })
  const translate = createTranslator('vi')
  const t = (key: string, vars?: Record<string, string | number>) => translate('vi', key, vars)
  const secretary: Actor = { personId: actors(spec, 1).secretary - 100_000_000, platform: 'telegram', chatExternalId: null, updateId: null }
  let peakHeap = 0
  let sqlMs = 0
  counter.onEach = (_query, ms) => (sqlMs += ms)
  const sampler = setInterval(() => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)), 10)
  const results: Measure[] = []
  const run = async (kind: Measure['export'], make: () => Promise<{ bytes: Buffer; rows: number[] }>) => {
    global.gc?.()
    peakHeap = process.memoryUsage().heapUsed
    const startHeap = peakHeap
    sqlMs = 0
    counter.reset()
    const started = performance.now()
    const cpu = process.cpuUsage()
    const file = await make()
    const used = process.cpuUsage(cpu)
    results.push({
      dataset,
      tasks: spec.tasks,
      export: kind,
      seconds: Math.round(performance.now() - started) / 1000,
      cpuSeconds: Math.round((used.user + used.system) / 1000) / 1000,
      statements: counter.count,
      rows: file.rows.reduce((a, b) => a + b, 0),
      fileMb: Math.round(file.bytes.length / 1024 / 102.4) / 10,
      sqlSeconds: Math.round(sqlMs) / 1000,
      peakHeapMb: Math.round(peakHeap / 1024 / 1024),
      startHeapMb: Math.round(startHeap / 1024 / 1024),
    })
  }
  await run('tracking', async () => trackingWorkbook(t, await services.exports.tracking(secretary, 1), clock.now()))
  await run('audit', async () => auditWorkbook(t, await services.exports.auditTrail(secretary, 1, '01/01/2025', spec.today), clock.now()))
  clearInterval(sampler)
  await database.close()
  process.stdout.write(`${JSON.stringify({ results, peakRssMb: memory().peakMb })}\n`)
}

function child(childArgs: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, ['--max-old-space-size=192', '--expose-gc', '--import', 'tsx', ...childArgs], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    let out = ''
    proc.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
    proc.on('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`${childArgs.join(' ')} exited with ${code}`))))
  })
}

async function main(): Promise<void> {
  const sizes = ['big10k', 'big100k']
  const all: { results: Measure[]; peakRssMb: number }[] = []
  for (const dataset of sizes) {
    const marker = join(DATA_ROOT, `pglite-${dataset}.json`)
    if (!args.includes('--reuse') || !existsSync(marker)) {
      process.stderr.write(`building ${dataset} …\n`)
      const spec = DATASETS[dataset]
      if (!spec) {
        throw new Error(`unknown data set ${dataset}`)
      }
      await prepareDataset('pglite', dataset, spec)
    } else {
      process.stderr.write(`reusing ${dataset} (${JSON.stringify(JSON.parse(readFileSync(marker, 'utf8')).spec)})\n`)
    }
    process.stderr.write(`exporting ${dataset} …\n`)
    all.push(JSON.parse((await child([join(ROOT, 'bench', 'export.ts'), '--child', dataset])).trim()) as (typeof all)[number])
  }
  const lines = [
    '| data set | export | rows | wall s | of which SQL | CPU s | SQL statements | file MB | ' +
      'JS heap MB, start → peak | peak RSS MB (with PGlite) |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|',
  ]
  for (const { results, peakRssMb } of all) {
    for (const r of results) {
      lines.push(
        `| ${r.tasks.toLocaleString('en')} tasks | ${r.export} | ${r.rows} | ${r.seconds} | ` +
          `${r.sqlSeconds} | ${r.cpuSeconds} | ${r.statements} | ${r.fileMb} | ` +
          `${r.startHeapMb} → ${r.peakHeapMb} | ${peakRssMb} |`,
      )
    }
  }
  const [small, large] = all
  for (const kind of ['tracking', 'audit'] as const) {
    const a = small?.results.find((r) => r.export === kind)
    const b = large?.results.find((r) => r.export === kind)
    if (a && b) {
      lines.push(
        '',
        `${kind}: 100k/10k — rows ×${(b.rows / a.rows).toFixed(1)}, wall time ×${(b.seconds / a.seconds).toFixed(1)}, ` +
          `CPU time ×${(b.cpuSeconds / a.cpuSeconds).toFixed(1)}, ` +
          `statements ×${(b.statements / a.statements).toFixed(1)}, peak heap ×${(b.peakHeapMb / a.peakHeapMb).toFixed(2)}`,
      )
    }
  }
  process.stdout.write(`${lines.join('\n')}\n`)
}

if (args[0] === '--child') {
  await measureChild(args[1] ?? 'big10k')
  process.exit(0)
} else {
  await main()
}
