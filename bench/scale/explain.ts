import { Prisma } from '../../src/generated/prisma/client.js'
import { createRepositories } from '../../src/db/repositories/index.js'
import { openDataset, QueryCounter, type Engine, argOption } from './harness.js'

/**
 * EXPLAIN ANALYZE of the read model's statements on a data set: which index each uses, what it costs.
 *
 *   tsx bench/scale/explain.ts --engine pglite --dataset big100k [name…]
 */
const args = process.argv.slice(2)
const option = (name: string, fallback: string) => argOption(args, name, fallback)
const engine = option('engine', 'pglite') as Engine
const dataset = option('dataset', 'big100k')
const wanted = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'))
const counter = new QueryCounter()
const database = await openDataset(engine, dataset, counter)
const captured: string[] = []
// Capture the SQL of each repository call, then explain it with the same parameters.
const prisma = database.prisma
const repos = createRepositories(
  new Proxy(prisma, {
    get(target, key) {
      if (key === '$queryRaw') {
        return (strings: TemplateStringsArray, ...values: unknown[]) => {
          const sql = Prisma.sql(strings, ...values)
          captured.push(JSON.stringify({ text: sql.text, values: sql.values }))
          return target.$queryRaw(strings, ...values)
        }
      }
      return Reflect.get(target, key) as unknown
    },
  }),
)
const today = '2026-03-02'
const calls: Record<string, () => Promise<unknown>> = {
  counts: () => repos.reports.taskCounts(1, {}, today),
  countsOpen: () => repos.reports.taskCounts(1, { status: ['open'] }, today),
  pageAll: () => repos.reports.taskPage(1, {}, 0, 15),
  pageOpen: () => repos.reports.taskPage(1, { status: ['open'] }, 0, 15),
  pageContact: () => repos.reports.taskPage(1, { bodyIds: [7], status: ['open'] }, 0, 15),
  countsContact: () => repos.reports.taskCounts(1, { bodyIds: [7], status: ['open'] }, today),
  digest: () => repos.reports.digestSections(1, today, '2026-03-05', 8, 5),
  reviews: () => repos.reports.pendingReviews(1, 6),
  sessions: () => repos.reports.upcomingSessions(1, today, '2026-04-01', 6, { undated: true }),
  week: () => repos.reports.weekCounts(1, today, '2026-02-23'),
  byBody: () => repos.reports.countsByLeadBody(1, today, 29),
  overdue: () => repos.reports.oldestOverdue(1, today, 8),
  extensions: () => repos.reports.extensionsGranted(1, new Date('2026-02-22T17:00:00Z'), 6),
  sessionPage: () => repos.reports.sessionPage(1, today, 0, 15),
}
for (const [name, call] of Object.entries(calls)) {
  if (wanted.length && !wanted.includes(name)) {
    continue
  }
  captured.length = 0
  await call()
  for (const entry of captured) {
    const { text, values } = JSON.parse(entry) as { text: string; values: unknown[] }
    const plan = await database.sql.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS OFF) ${text}`, values)
    process.stdout.write(`\n== ${name}\n${plan.map((row) => row['QUERY PLAN']).join('\n')}\n`)
  }
}
await database.close()
process.exit(0)
