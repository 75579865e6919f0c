import { actors } from './generate.js'
import { botRig, datasetSpec, openDataset, QueryCounter, type Engine, argOption } from './harness.js'

/**
 * Where one command's time goes: each SQL statement it sends, with its duration, slowest first.
 *
 *   tsx bench/scale/profile.ts --engine pglite --dataset big100k --as secretariat|contact "/viec tatca"
 */
const args = process.argv.slice(2)
const option = (name: string, fallback: string) => argOption(args, name, fallback)
const engine = option('engine', 'pglite') as Engine
const dataset = option('dataset', 'big100k')
const command = args.at(-1) ?? '/viec'
const spec = datasetSpec(engine, dataset)
const counter = new QueryCounter()
const timed: { query: string; ms: number }[] = []
const database = await openDataset(engine, dataset, counter)
const rig = botRig(database, new Date(`${spec.today}T03:00:00Z`))
const who = actors(spec, 1)
const userId = option('as', 'secretariat') === 'contact' ? who.contact : who.secretary
const chat = { kind: 'private' as const, id: userId, firstName: 'x' }
await rig.say(userId, chat, command)
for (let i = 0; i < 3; i++) {
  timed.length = 0
  const started = performance.now()
  counter.onEach = (query, ms) => timed.push({ query, ms })
  await rig.say(userId, chat, command)
  process.stdout.write(
    `run ${i + 1}: ${Math.round(performance.now() - started)} ms, ${timed.length} statements, ` +
      `SQL ${timed.reduce((s, t) => s + t.ms, 0)} ms\n`,
  )
}
for (const { query, ms } of [...timed].sort((a, b) => b.ms - a.ms).slice(0, 8)) {
  process.stdout.write(`${String(ms).padStart(6)} ms  ${query.replace(/\s+/g, ' ').slice(0, 200)}\n`)
}
await database.close()
process.exit(0)
