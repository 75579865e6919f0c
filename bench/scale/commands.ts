import { writeFileSync } from 'node:fs'
import { addDays, weekday } from '../../src/services/calendar/local-date.js'
import { actors } from './generate.js'
import { botRig, datasetSpec, memory, openDataset, percentile, QueryCounter, type Engine, argOption } from './harness.js'
import { referenceQueries } from './reference-sql.js'

/**
 * One data set, one engine: each command through the real bot (`handleUpdate`, the in-process Bot
 * API) for a contact and for the secretariat, timed, its queries counted, its answer measured,
 * beside the SQL it needs. Run by bench/scale/run.ts in a child process of its own, so that its
 * memory peak is its own.
 *
 *   tsx bench/scale/commands.ts --engine pglite --dataset big100k --out result.json
 */
export const COMMANDS = ['/viec', '/viec tatca', '/quahan', '/tuannay', '/phien', '/bantin', '/tongket']

export interface CommandRow {
  engine: Engine
  dataset: string
  tasks: number
  actor: 'contact' | 'secretariat'
  command: string
  samples: number
  p50: number
  p95: number
  p99: number
  queries: number
  messages: number
  chars: number
  sqlP50: number
  error: string | null
}

const args = process.argv.slice(2)
const option = (name: string, fallback: string) => argOption(args, name, fallback)
const engine = option('engine', 'pglite') as Engine
const dataset = option('dataset', 'big10k')
const iterations = Number(option('iterations', '30'))
const budgetMs = Number(option('budget', '20')) * 1000
const out = option('out', '')
const only = option('only', '')

const spec = datasetSpec(engine, dataset)
const counter = new QueryCounter()
const database = await openDataset(engine, dataset, counter)
const today = spec.today
// 10:00 local on the data set's day: after the digest time, a working Monday.
const rig = botRig(database, new Date(`${today}T03:00:00Z`))
const who = actors(spec, 1)
const contactBodies = (
  await database.sql.query<{ body_id: number }>('SELECT body_id FROM body_contacts WHERE person_id = $1', [who.contact - 100_000_000])
).map((r) => r.body_id)
const dates = {
  endOfNextWeek: addDays(today, 7 + ((7 - weekday(today)) % 7)),
  horizon: addDays(today, 5),
  in14: addDays(today, 14),
  in30: addDays(today, 30),
  weekAgo: addDays(today, -7),
}
const rows: CommandRow[] = []
const clearApi = () => (rig.api as unknown as { messages: Map<string, unknown> }).messages.clear()

for (const actor of ['contact', 'secretariat'] as const) {
  const userId = actor === 'contact' ? who.contact : who.secretary
  const chat = { kind: 'private' as const, id: userId, firstName: `U${userId}` }
  for (const command of COMMANDS) {
    if (only && !only.split(',').includes(command)) {
      continue
    }
    const times: number[] = []
    const sqlTimes: number[] = []
    let queries = 0
    let messages = 0
    let chars = 0
    let error: string | null = null
    const started = performance.now()
    const reference = referenceQueries(command, 1, today, actor === 'contact' ? contactBodies : null, dates)
    // One warm-up (caches, prepared statements, JIT), then `iterations` samples within the budget —
    // but never fewer than 3, so a slow command still gets a measurement.
    for (let i = 0; i < iterations + 1 && (performance.now() - started < budgetMs || i < 4); i++) {
      rig.errors.length = 0
      counter.reset()
      const t0 = performance.now()
      const answer = await rig.say(userId, chat, command)
      const elapsed = performance.now() - t0
      clearApi()
      if (rig.errors.length > 0) {
        const first = rig.errors[0] as { code?: string; message?: string }
        const lines = (first.message ?? 'error')
          .split('\n')
          .map((l) => l.trim())
          .filter(Boolean)
        error = `${first.code ? `${first.code} ` : ''}${lines.at(-1) ?? 'error'}`.slice(0, 160)
      }
      const s0 = performance.now()
      for (const query of reference) {
        await database.sql.query(query.sql, query.params)
      }
      const sqlElapsed = performance.now() - s0
      if (i < 1) {
        continue
      }
      times.push(elapsed)
      sqlTimes.push(sqlElapsed)
      queries = counter.count
      messages = answer.messages
      chars = answer.chars
    }
    rows.push({
      engine,
      dataset,
      tasks: spec.tasks * spec.committees,
      actor,
      command,
      samples: times.length,
      p50: Math.round(percentile(times, 50)),
      p95: Math.round(percentile(times, 95)),
      p99: Math.round(percentile(times, 99)),
      queries,
      messages,
      chars,
      sqlP50: Math.round(percentile(sqlTimes, 50) * 10) / 10,
      error,
    })
    process.stderr.write(`${engine} ${dataset} ${actor} ${command}: ${JSON.stringify(rows.at(-1))}\n`)
  }
}
const result = { rows, memory: memory() }
if (out) {
  writeFileSync(out, JSON.stringify(result, null, 2))
} else {
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`)
}
await database.close()
process.exit(0)
