import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { evaluateDraft, precision, recall, type ExpectedPlan, type Score } from '../importer/evaluate.js'
import { readPlan } from '../importer/read-plan.js'

// npm run --silent eval:import [-- --verbose] [--seeds DIR]
// Reads every seed plan, compares the draft with the expected reading in tests/fixtures/import,
// and prints recall and precision of sessions and of dated tasks, per seed and overall.
const root = resolve(import.meta.dirname, '..', '..')
const seedsAt = process.argv.indexOf('--seeds')
const seeds = seedsAt > 0 ? resolve(process.argv[seedsAt + 1] ?? '.') : resolve(root, '..', 'shared', 'seeds')
const fixtures = join(root, 'tests', 'fixtures', 'import')
const verbose = process.argv.includes('--verbose')

const pct = (value: number) => `${(value * 100).toFixed(1)}%`.padStart(7)
const sum = (a: Score, b: Score): Score => ({ expected: a.expected + b.expected, found: a.found + b.found, matched: a.matched + b.matched })
let sessions: Score = { expected: 0, found: 0, matched: 0 }
let tasks: Score = { expected: 0, found: 0, matched: 0 }
let invented = 0
const rows: string[] = []
for (const file of readdirSync(fixtures)
  .filter((f) => f.endsWith('.json'))
  .sort()) {
  const expected = JSON.parse(readFileSync(join(fixtures, file), 'utf8')) as ExpectedPlan
  const text = readFileSync(join(seeds, expected.seed), 'utf8')
  const started = performance.now()
  const draft = readPlan(text)
  const ms = performance.now() - started
  const result = evaluateDraft(draft, expected)
  sessions = sum(sessions, result.sessions)
  tasks = sum(tasks, result.tasks)
  invented += result.invented.length
  rows.push(
    `${expected.seed.slice(0, 3)}   ${String(text.length).padStart(6)}  ${ms.toFixed(1).padStart(6)} ms  ${String(result.sessions.matched).padStart(2)}/${String(result.sessions.expected).padEnd(2)} ${pct(recall(result.sessions))} ${pct(precision(result.sessions))}   ${String(result.tasks.matched).padStart(2)}/${String(result.tasks.expected).padEnd(2)} ${pct(recall(result.tasks))} ${pct(precision(result.tasks))}   ${result.invented.length}`,
  )
  if (verbose) {
    for (const line of [
      ...result.missed.map((m) => `  missed: ${m}`),
      ...result.wrong.map((w) => `  not expected: ${w}`),
      ...result.invented.map((i) => `  not in the text: ${i}`),
    ]) {
      rows.push(line)
    }
  }
}
process.stdout.write(
  [
    'seed  chars     time    sessions  recall  precis.   dated tasks  recall  precis.   invented',
    ...rows,
    `all                       ${String(sessions.matched).padStart(2)}/${String(sessions.expected).padEnd(2)} ${pct(recall(sessions))} ${pct(precision(sessions))}   ${String(tasks.matched).padStart(2)}/${String(tasks.expected).padEnd(2)} ${pct(recall(tasks))} ${pct(precision(tasks))}   ${invented}`,
    '',
  ].join('\n'),
)
