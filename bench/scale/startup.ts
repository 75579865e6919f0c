import { spawn } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DATA_ROOT, percentile, ROOT } from './harness.js'

/**
 * Start-up as an official sees it: `npm start` without a token opens the console chat; the time
 * from launching the command to the bot's first answer (to `/start`), and the process tree's
 * peak memory (VmHWM of its largest process) — on an existing data folder (a copy of a generated
 * data set) and on a fresh one.
 *
 *   tsx bench/scale/startup.ts [--dataset big100k] [--runs 5] [--out result.json]
 */
const args = process.argv.slice(2)
const option = (name: string, fallback: string) => {
  const index = args.indexOf(`--${name}`)
  return index >= 0 ? (args[index + 1] ?? fallback) : fallback
}
const dataset = option('dataset', 'big100k')
const runs = Number(option('runs', '5'))
const out = option('out', '')

function descendants(pid: number): number[] {
  const children: number[] = []
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) {
      continue
    }
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      if (parent === pid) {
        children.push(Number(entry), ...descendants(Number(entry)))
      }
    } catch {
      // the process ended while we looked
    }
  }
  return children
}

function peakMb(pids: number[]): number {
  let peak = 0
  for (const pid of pids) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8')
      peak = Math.max(peak, Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024)
    } catch {
      // gone
    }
  }
  return Math.round(peak)
}

/** Launches `command` on `dataDir`, sends /start, returns ms to the first answer and the peak memory. */
async function once(command: string[], dataDir: string): Promise<{ ms: number; peakMb: number }> {
  const started = performance.now()
  const child = spawn(command[0] ?? 'npm', command.slice(1), {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DATA_DIR: dataDir, LOG_LEVEL: 'info' },
  })
  let output = ''
  let errors = ''
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()))
  child.stdin.write(':as Người thử\n/start\n')
  const ms = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer in 60 s\n${output}\n${errors}`)), 60_000)
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      if (output.includes('«')) {
        clearTimeout(timer)
        resolve(performance.now() - started)
      }
    })
    child.on('exit', () => reject(new Error(`exited before answering\n${output}\n${errors}`)))
  })
  const peak = peakMb([child.pid ?? 0, ...descendants(child.pid ?? 0)])
  child.stdin.end()
  await new Promise((resolve) => child.on('exit', resolve))
  return { ms: Math.round(ms), peakMb: peak }
}

const source = join(DATA_ROOT, `pglite-${dataset}`)
if (!existsSync(source)) {
  throw new Error(`generate ${dataset} first (bench/scale/datasets.ts)`)
}
const commands: Record<string, string[]> = { 'npm start': ['npm', 'start', '--silent'] }
if (existsSync(join(ROOT, 'dist', 'main.js'))) {
  commands['node dist/main.js'] = ['node', 'dist/main.js']
}
const rows = []
for (const [name, command] of Object.entries(commands)) {
  for (const folder of ['existing', 'fresh'] as const) {
    const samples: { ms: number; peakMb: number }[] = []
    for (let i = 0; i < runs; i++) {
      const dir = mkdtempSync(join(tmpdir(), 'bench-start-'))
      if (folder === 'existing') {
        cpSync(source, dir, { recursive: true, filter: (path) => !path.endsWith('bot.lock') })
        // The folder has been opened by the bot before (migrations applied, statistics taken).
        await once(command, dir)
      }
      samples.push(await once(command, dir))
      rmSync(dir, { recursive: true, force: true })
    }
    rows.push({
      command: name,
      folder,
      runs,
      p50Ms: Math.round(
        percentile(
          samples.map((s) => s.ms),
          50,
        ),
      ),
      maxMs: Math.max(...samples.map((s) => s.ms)),
      peakMb: Math.max(...samples.map((s) => s.peakMb)),
    })
    process.stderr.write(`${JSON.stringify(rows.at(-1))}\n`)
  }
}
if (out) {
  writeFileSync(out, JSON.stringify({ dataset, rows }, null, 2))
}
