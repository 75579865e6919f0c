import { spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { DATA_ROOT, DATASETS, PG_BASE, ROOT, type Engine } from './harness.js'
import { renderReport, type ScaleResults } from './report.js'

/**
 * npm run bench:scale — builds the data sets (one committee at 10k and 100k tasks, 3,300 small
 * committees) on PGlite and PostgreSQL, then measures, each in a process of its own: the commands
 * through the real bot beside their SQL, the three jobs and an idle tick on the many committees,
 * and start-up. Writes bench/results/<label>.json and prints the tables.
 *
 *   npm run bench:scale -- [--label after] [--engines pglite,postgres] [--reuse] [--committees 3300]
 *                          [--only commands,jobs,startup] [--iterations 30] [--budget 20]
 *
 * PostgreSQL: BENCH_PG_URL (default postgres://bench:bench@127.0.0.1:5432), a role that may create
 * databases; without a reachable server the PostgreSQL part is skipped and says so.
 */
const args = process.argv.slice(2)
const option = (name: string, fallback: string) => {
  const index = args.indexOf(`--${name}`)
  return index >= 0 ? (args[index + 1] ?? fallback) : fallback
}
const label = option('label', 'latest')
const reuse = args.includes('--reuse')
const committees = Number(option('committees', String(DATASETS.multi?.committees ?? 3300)))
const only = option('only', 'generate,commands,jobs,startup').split(',')
const iterations = option('iterations', '30')
const budget = option('budget', '20')
const tmp = mkdtempSync(join(tmpdir(), 'bench-scale-'))

async function postgresReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: `${PG_BASE}/postgres`, connectionTimeoutMillis: 3000 })
  try {
    await client.connect()
    await client.end()
    return true
  } catch {
    return false
  }
}

function child(script: string, childArgs: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    // The heap limit `npm start` gives the bot (package.json), so memory is measured as it runs.
    const proc = spawn(
      process.execPath,
      ['--max-old-space-size=192', '--import', 'tsx', join(ROOT, 'bench', 'scale', script), ...childArgs],
      {
        cwd: ROOT,
        stdio: ['ignore', 'inherit', 'inherit'],
      },
    )
    proc.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${script} ${childArgs.join(' ')} exited with ${code}`))))
  })
}

/** Runs a measuring child; a child that fails is reported and the run goes on (null). */
async function childJson<T>(script: string, childArgs: string[]): Promise<T | null> {
  const out = join(tmp, `${Math.random().toString(36).slice(2)}.json`)
  try {
    await child(script, [...childArgs, '--out', out])
    return JSON.parse(readFileSync(out, 'utf8')) as T
  } catch (error) {
    process.stderr.write(`FAILED: ${(error as Error).message}\n`)
    results.failures.push(`${script} ${childArgs.join(' ')}: ${(error as Error).message.split('\n')[0]}`)
    return null
  } finally {
    save()
  }
}

/** Writes what was measured so far: a run cut short keeps its results. */
function save(): void {
  mkdirSync(join(ROOT, 'bench', 'results'), { recursive: true })
  writeFileSync(join(ROOT, 'bench', 'results', `${label}.json`), JSON.stringify(results, null, 2))
}

const engines = option('engines', 'pglite,postgres')
  .split(',')
  .filter((e): e is Engine => e === 'pglite' || e === 'postgres')
const usable: Engine[] = []
for (const engine of engines) {
  if (engine === 'postgres' && !(await postgresReachable())) {
    process.stderr.write(`PostgreSQL not reachable at ${PG_BASE}: skipped\n`)
    continue
  }
  usable.push(engine)
}

const results: ScaleResults = {
  label,
  date: new Date().toISOString(),
  machine: machine(),
  generation: [],
  commands: [],
  memory: [],
  jobs: [],
  startup: [],
  failures: [],
}
const datasets = ['big10k', 'big100k', 'multi']
for (const engine of usable) {
  for (const dataset of datasets) {
    const marker = join(DATA_ROOT, `${engine}-${dataset}.json`)
    if (only.includes('generate') && !(reuse && existsSync(marker))) {
      const started = performance.now()
      await child('datasets.ts', [
        '--engine',
        engine,
        '--dataset',
        dataset,
        ...(dataset === 'multi' ? ['--committees', String(committees)] : []),
      ])
      process.stderr.write(`generated ${engine} ${dataset} in ${Math.round((performance.now() - started) / 1000)} s\n`)
    }
    if (existsSync(marker)) {
      const info = JSON.parse(readFileSync(marker, 'utf8')) as { seconds: number; spec: { committees: number; tasks: number } }
      results.generation.push({
        engine,
        dataset,
        seconds: info.seconds,
        committees: info.spec.committees,
        tasks: info.spec.tasks * info.spec.committees,
      })
    }
  }
  if (only.includes('commands')) {
    for (const dataset of ['big10k', 'big100k']) {
      const result = await childJson<{ rows: ScaleResults['commands']; memory: { peakMb: number; rssMb: number } }>('commands.ts', [
        '--engine',
        engine,
        '--dataset',
        dataset,
        '--iterations',
        iterations,
        '--budget',
        budget,
      ])
      if (result) {
        results.commands.push(...result.rows)
        results.memory.push({ engine, dataset, what: 'commands', ...result.memory })
      }
    }
  }
  if (only.includes('jobs')) {
    for (const job of ['digest', 'reminders', 'weekly', 'idle']) {
      const row = await childJson<ScaleResults['jobs'][number]>('jobs.ts', [
        '--engine',
        engine,
        '--dataset',
        'multi',
        '--job',
        job,
        ...(job === 'digest' ? ['--clean'] : []),
      ])
      if (row) {
        results.jobs.push(row)
      }
    }
  }
}
if (only.includes('startup') && usable.includes('pglite')) {
  const startup = await childJson<{ rows: ScaleResults['startup'] }>('startup.ts', ['--dataset', 'big100k', '--runs', '5'])
  results.startup.push(...(startup?.rows ?? []))
}

save()
process.stdout.write(`${renderReport(results)}\nwritten: bench/results/${label}.json\n`)

function machine(): string {
  const cpu = /model name\s*:\s*(.*)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? '?'
  const cores = readFileSync('/proc/cpuinfo', 'utf8')
    .split('\n')
    .filter((l) => l.startsWith('processor')).length
  const memGb = Math.round(Number(/MemTotal:\s+(\d+)/.exec(readFileSync('/proc/meminfo', 'utf8'))?.[1] ?? 0) / 1024 / 1024)
  const load = readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')
  return `${cores} × ${cpu}, ${memGb} GB RAM, Node ${process.version}, load average at start ${load}`
}
