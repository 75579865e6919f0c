import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { basename, extname, join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { evaluateDraft, precision, recall, type ExpectedPlan, type Score } from '../importer/evaluate.js'
import { decodeText, extractPlanText } from '../importer/extract-text.js'
import { readPlan } from '../importer/read-plan.js'
import { TYPOGRAPHY } from '../importer/typography.js'
import { parseCliArgs } from './args.js'

// npm run --silent eval:import [-- --verbose] [--seeds DIR] [--fixtures DIR] [--dir DIR ...]
// Reads every plan of the development set — the five seeds (expected readings in tests/fixtures/import,
// texts in ../shared/seeds), tests/fixtures/import/dev (texts with their expected JSON beside them) and
// tests/fixtures/import/regression (the held-out sets once measured, kept so that no fix undoes another) —
// compares each draft with its expected reading, and prints recall and precision of sessions and of
// dated tasks, per file and overall. --dir evaluates any folder of texts with expected JSON beside them instead;
// --fixtures reads another folder laid out as tests/fixtures/import (the seeds' JSON, dev/ and regression/).
// --typography reads the texts again under each change of typography (src/importer/typography.ts) and prints the totals.
const { values } = parseCliArgs(
  {
    options: {
      verbose: { type: 'boolean', default: false },
      seeds: { type: 'string' },
      fixtures: { type: 'string' },
      dir: { type: 'string', multiple: true },
      typography: { type: 'boolean', default: false },
    },
  },
  'Usage: npm run --silent eval:import [-- --verbose] [--seeds DIR] [--fixtures DIR] [--dir DIR ...] [--typography]',
)
const root = resolve(import.meta.dirname, '..', '..')
const fixtures = values.fixtures ? resolve(values.fixtures) : join(root, 'tests', 'fixtures', 'import')
const seeds = values.seeds ? resolve(values.seeds) : resolve(root, '..', 'shared', 'seeds')

interface Case {
  group: string
  name: string
  expected: ExpectedPlan
  file: string
}

const TEXT_KINDS = ['.txt', '.md', '.html', '.htm', '.docx', '.doc', '.odt', '.xlsx', '.pdf']

/** The text file a JSON describes: its "seed" in `textDir`, else the file of the same name beside it. */
function textFor(dir: string, json: string, expected: ExpectedPlan, textDir: string): string | null {
  if (expected.seed && existsSync(join(textDir, expected.seed))) {
    return join(textDir, expected.seed)
  }
  const stem = basename(json, '.json')
  const beside = TEXT_KINDS.map((ext) => join(dir, `${stem}${ext}`)).find(existsSync)
  return beside ?? null
}

function casesIn(dir: string, group: string, textDir = dir): Case[] {
  if (!existsSync(dir)) {
    return []
  }
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((f) => {
      const expected = JSON.parse(readFileSync(join(dir, f), 'utf8')) as ExpectedPlan
      const file = textFor(dir, join(dir, f), expected, textDir)
      if (!file) {
        process.stderr.write(`${group}/${f}: no text beside it, skipped\n`)
        return []
      }
      return [{ group, name: basename(file).replace(/\.[^.]+$/, ''), expected, file }]
    })
}

const cases = values.dir?.length
  ? values.dir.flatMap((d) => casesIn(resolve(d), basename(resolve(d))))
  : [...casesIn(fixtures, 'seeds', seeds), ...casesIn(join(fixtures, 'dev'), 'dev'), ...casesIn(join(fixtures, 'regression'), 'regression')]

async function textOf(file: string): Promise<string> {
  // (Every kind as `npm run import` reads it: a file without an ending is text.)
  const read = extname(file) ? await extractPlanText(readFileSync(file), basename(file)) : { text: decodeText(readFileSync(file)) }
  if ('refusal' in read) {
    throw new Error(`${file}: ${read.refusal}`)
  }
  return read.text
}

const pct = (value: number) => `${(value * 100).toFixed(1)}%`.padStart(7)
const frac = (s: Score) => `${String(s.matched).padStart(3)}/${String(s.expected).padEnd(3)}`
const sum = (a: Score, b: Score): Score => ({ expected: a.expected + b.expected, found: a.found + b.found, matched: a.matched + b.matched })
const zero = (): Score => ({ expected: 0, found: 0, matched: 0 })
const totals = new Map<string, { sessions: Score; atTime: Score; tasks: Score; invented: number; files: number }>()
const rows: string[] = []
const width = Math.min(44, Math.max(10, ...cases.map((c) => c.name.length)))
const line = (name: string, chars: string, ms: string, sessions: Score, tasks: Score, invented: number) =>
  `${name.slice(0, width).padEnd(width)} ${chars.padStart(7)} ${ms.padStart(8)}  ` +
  `${frac(sessions)} ${pct(recall(sessions))} ${pct(precision(sessions))}   ` +
  `${frac(tasks)} ${pct(recall(tasks))} ${pct(precision(tasks))}   ${invented}`

if (values.typography) {
  const texts = await Promise.all(cases.filter((c) => !/\.(docx|pdf)$/i.test(c.file)).map(async (c) => ({ c, text: await textOf(c.file) })))
  const rowsOf = Object.entries({ 'as written': (t: string) => t, ...TYPOGRAPHY }).map(([name, change]) => {
    let sessions = zero()
    let tasks = zero()
    let invented = 0
    for (const { c, text } of texts) {
      const result = evaluateDraft(readPlan(change(text)), c.expected)
      sessions = sum(sessions, result.sessions)
      tasks = sum(tasks, result.tasks)
      invented += result.invented.length
    }
    return line(name, '', '', sessions, tasks, invented)
  })
  process.stdout.write(`${texts.length} texts\n${rowsOf.join('\n')}\n`)
  process.exit(0)
}

for (const c of cases) {
  const text = await textOf(c.file)
  const started = performance.now()
  const draft = readPlan(text)
  const ms = performance.now() - started
  const result = evaluateDraft(draft, c.expected)
  for (const key of [c.group, 'all']) {
    const total = totals.get(key) ?? { sessions: zero(), atTime: zero(), tasks: zero(), invented: 0, files: 0 }
    totals.set(key, {
      sessions: sum(total.sessions, result.sessions),
      atTime: sum(total.atTime, result.sessionsAtTime),
      tasks: sum(total.tasks, result.tasks),
      invented: total.invented + result.invented.length,
      files: total.files + 1,
    })
  }
  rows.push(line(c.name, String(text.length), `${ms.toFixed(1)} ms`, result.sessions, result.tasks, result.invented.length))
  if (values.verbose) {
    rows.push(
      ...result.missedSessions.map((m) => `    missed session: ${m}`),
      ...result.extraSessions.map((m) => `    session not expected: ${m}`),
      ...result.missed.map((m) => `    missed: ${m}`),
      ...result.wrong.map((w) => `    not expected: ${w}`),
      ...result.invented.map((i) => `    not in the text: ${i}`),
    )
  }
}
const header =
  `${'file'.padEnd(width)} ${'chars'.padStart(7)} ${'time'.padStart(8)}  ` +
  'sessions  recall  precis.   dated tasks recall  precis.   invented'
process.stdout.write(
  [
    header,
    ...rows,
    '',
    // Each group in the order it came, then all of them.
    ...[...totals.entries()]
      .sort(([a], [b]) => (a === 'all' ? 1 : 0) - (b === 'all' ? 1 : 0))
      .map(([group, t]) => line(`${group} (${t.files} files)`, '', '', t.sessions, t.tasks, t.invented)),
    '',
    // The topic is a judgement call (the heading or the "Nội dung"): how many sessions are read at their time, whatever it.
    ...[...totals.entries()]
      .filter(([group]) => group === 'all')
      .map(
        ([, t]) =>
          `sessions at their time, whatever their topic: ${frac(t.atTime).trim()} ${pct(recall(t.atTime))} ` +
          `(precision ${pct(precision(t.atTime)).trim()})`,
      ),
    '',
  ].join('\n'),
)
