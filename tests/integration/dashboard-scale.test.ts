import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { actors, type ScaleSpec } from '../../bench/scale/generate.js'
import { createI18n } from '../../src/bot/i18n.js'
import { createRepositories } from '../../src/db/repositories/index.js'
import { dashboardRoutes } from '../../src/server/dashboard/routes.js'
import { createHttpServer } from '../../src/server/http-server.js'
import { SettableClock } from '../../src/services/clock.js'
import { createServices } from '../../src/services/index.js'
import { DASHBOARD_BOT_TOKEN, signedInitData } from '../helpers/dashboard-fixture.js'
import { parameterCount, readsWholeTaskTable, scaleDatabase, type ScaleDatabase } from '../helpers/scale-db.js'
import { silentLogger } from '../helpers/test-db.js'

/**
 * The dashboard's views on a committee of 5,000 tasks (60 bodies, 120 sessions), as the secretariat
 * and as a body's contact: each answer costs a fixed number of statements, binds no parameter per
 * row, and never reads the task table without a LIMIT or an aggregate (as tests/bot/scale.test.ts
 * asks of the chat's lists). Timings are in bench/, not here.
 */
const SPEC: ScaleSpec = { committees: 1, bodies: 60, sessions: 120, tasks: 5000, today: '2026-03-02' }
const who = actors(SPEC, 1)

describe('the dashboard at 5,000 tasks: a fixed number of statements, no whole-table read', () => {
  let scale: ScaleDatabase
  let base = ''
  let close: () => Promise<void> = () => Promise.resolve()
  beforeAll(async () => {
    scale = await scaleDatabase(SPEC)
    const clock = new SettableClock()
    clock.set(new Date(`${SPEC.today}T03:00:00Z`))
    const services = createServices({
      repos: createRepositories(scale.database.prisma, () => clock.now()),
      clock,
      logger: silentLogger,
      settings: { defaultLocale: 'vi', defaultTimeZone: 'Asia/Ho_Chi_Minh', inviteTtlDays: 7 },
    })
    const i18n = createI18n({ defaultLocale: 'vi', services, platform: 'telegram' })
    const server = createHttpServer({
      logger: silentLogger,
      routes: dashboardRoutes({
        services,
        translate: (locale, key, vars) => i18n.t(locale, key, vars),
        defaultLocale: 'vi',
        botToken: DASHBOARD_BOT_TOKEN,
        secureCookie: false,
        logger: silentLogger,
      }),
    })
    base = `http://127.0.0.1:${await server.listen(0, '127.0.0.1')}`
    close = () => server.close()
  }, 120_000)
  afterAll(async () => {
    await close()
    await scale?.destroy()
  })

  const views = [
    'overview',
    'overview?period=2026-Q1',
    'overview?body=7',
    'bodies',
    'bodies?sort=name&dir=asc&page=2',
    'tasks?state=overdue&page=3',
    'tasks?lead=7',
    'task?n=42',
    'sessions?year=2025',
  ]
  const cases = [
    ...views.map((view) => ['secretariat', view, who.secretary] as const),
    ...views.map((view) => ['contact', view, who.contact] as const),
  ]

  it.each(cases)('%s /api/%s', async (_role, view, userId) => {
    const initData = signedInitData(userId, new Date(`${SPEC.today}T02:59:00Z`))
    const { result, statements } = await scale.log.during(async () => {
      const response = await fetch(`${base}/api/${view}`, { headers: { authorization: `tma ${initData}` } })
      return { status: response.status, body: (await response.json()) as { html?: string } }
    })
    // A contact asking for a task of another body is refused; everything else is shown.
    expect([200, 404]).toContain(result.status)
    expect(result.status === 200 || (view.startsWith('task?') && userId === who.contact)).toBe(true)
    // Who asks and the filters' choices, then the view's few; a task's page also reads its record (its
    // bodies, reports, extensions) and the names in its history.
    expect(statements.length).toBeLessThanOrEqual(view.startsWith('task?') ? 22 : 14)
    expect(Math.max(...statements.map(parameterCount))).toBeLessThan(50)
    expect(statements.filter(readsWholeTaskTable)).toEqual([])
    if (result.status === 200) {
      expect(result.body.html?.length ?? 0).toBeLessThan(200_000)
    }
  })
})
