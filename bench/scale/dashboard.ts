import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { createI18n } from '../../src/bot/i18n.js'
import { createRepositories } from '../../src/db/repositories/index.js'
import { dashboardRoutes } from '../../src/server/dashboard/routes.js'
import { initDataHash } from '../../src/server/dashboard/init-data.js'
import { createHttpServer } from '../../src/server/http-server.js'
import { SettableClock } from '../../src/services/clock.js'
import { createServices } from '../../src/services/index.js'
import { prepareDataset } from './datasets.js'
import { actors } from './generate.js'
import { DATA_ROOT, datasetSpec, logger, openDataset, percentile, QueryCounter, type Engine, argOption } from './harness.js'

/**
 * The dashboard's views on a data set (default big100k: one committee of 100,000 tasks, 1,000
 * bodies, 2,000 sessions), through the real HTTP routes, as the secretariat and as a body's
 * contact: median and worst time of a few samples, statements, size of the answer.
 *
 *   npx tsx bench/scale/dashboard.ts [--engine pglite|postgres] [--dataset big100k] [--samples 5]
 */
const args = process.argv.slice(2)
const option = (name: string, fallback: string) => argOption(args, name, fallback)
const engine = option('engine', 'pglite') as Engine
const dataset = option('dataset', 'big100k')
const samples = Number(option('samples', '5'))
const TOKEN = '123456:bench-dashboard'

const spec = datasetSpec(engine, dataset)
if (!existsSync(join(DATA_ROOT, `${engine}-${dataset}.json`))) {
  console.log(`preparing ${dataset} on ${engine}…`)
  await prepareDataset(engine, dataset, spec)
}
const counter = new QueryCounter()
const database = await openDataset(engine, dataset, counter)
const clock = new SettableClock()
clock.set(new Date(`${spec.today}T03:00:00Z`))
const services = createServices({
  repos: createRepositories(database.prisma, () => clock.now()),
  clock,
  logger,
  settings: { defaultLocale: 'vi', defaultTimeZone: 'Asia/Ho_Chi_Minh', inviteTtlDays: 7 },
})
const i18n = createI18n({ defaultLocale: 'vi', services, platform: 'telegram' })
const server = createHttpServer({
  logger,
  routes: dashboardRoutes({
    services,
    translate: (locale, key, vars) => i18n.t(locale, key, vars),
    defaultLocale: 'vi',
    botToken: TOKEN,
    secureCookie: false,
    logger,
  }),
})
const base = `http://127.0.0.1:${await server.listen(0, '127.0.0.1')}`
const who = actors(spec, 1)
const initData = (userId: number) => {
  const params = new URLSearchParams({
    user: JSON.stringify({ id: userId, first_name: 'Bench' }),
    auth_date: String(Math.floor(clock.now().getTime() / 1000)),
  })
  params.set('hash', initDataHash(params, TOKEN))
  return params.toString()
}

const views = [
  'overview',
  'overview?period=2026-Q1',
  'overview?body=7',
  'bodies',
  'bodies?sort=name&dir=asc',
  'tasks?state=overdue',
  'task?n=4242',
  'sessions',
]
console.log(`${engine} ${dataset}: ${spec.tasks} tasks, ${spec.bodies} bodies, ${spec.sessions} sessions`)
console.log('reader       view                          median ms  worst ms  statements  KB')
for (const [reader, userId] of [
  ['secretariat', who.secretary],
  ['contact', who.contact],
] as const) {
  for (const view of views) {
    const times: number[] = []
    let statements = 0
    let size = 0
    for (let i = 0; i <= samples; i++) {
      counter.reset()
      const started = performance.now()
      const response = await fetch(`${base}/api/${view}`, { headers: { authorization: `tma ${initData(userId)}` } })
      size = (await response.text()).length
      // The first is a warm-up.
      if (i > 0) {
        times.push(performance.now() - started)
      }
      statements = counter.count
    }
    console.log(
      `${reader.padEnd(12)} ${view.padEnd(30)} ${percentile(times, 50).toFixed(0).padStart(9)} ${Math.max(...times)
        .toFixed(0)
        .padStart(9)} ${String(statements).padStart(11)} ${(size / 1024).toFixed(0).padStart(4)}`,
    )
  }
}
await server.close()
await database.close()
