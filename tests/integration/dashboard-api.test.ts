import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SESSION_COOKIE } from '../../src/server/dashboard/routes.js'
import { DASHBOARD_PEOPLE, dashboardFixture, signedInitData, type DashboardFixture } from '../helpers/dashboard-fixture.js'

interface Answer {
  status: number
  body: { html?: string; title?: string; error?: string; data?: Record<string, unknown>; lang?: string }
}

/**
 * The dashboard's HTTP side on the database (the browser's side is tests/browser): who may ask
 * (Telegram's initData, a login session, nothing), what each reader is shown, and the login link.
 */
describe('the dashboard over HTTP', () => {
  let f: DashboardFixture
  beforeAll(async () => {
    f = await dashboardFixture()
  }, 120_000)
  afterAll(async () => {
    await f?.close()
  })

  async function api(path: string, headers: Record<string, string> = {}): Promise<Answer> {
    const response = await fetch(`${f.base}/api/${path}`, { headers })
    expect(response.headers.get('cache-control')).toBe('no-store')
    return { status: response.status, body: (await response.json()) as Answer['body'] }
  }
  const as = (userId: number, options: { token?: string; ageSeconds?: number } = {}) => ({
    authorization: `tma ${f.initData(userId, options)}`,
  })

  it('refuses every view without a valid initData or login session (401), and a non-member (403)', async () => {
    const views = ['overview', 'bodies', 'tasks', `task?n=${f.tasks.complaints}`, 'sessions']
    const forged = signedInitData(DASHBOARD_PEOPLE.owner, f.clock.now()).replace(/hash=[0-9a-f]{4}/, 'hash=0000')
    const changed = signedInitData(DASHBOARD_PEOPLE.police, f.clock.now()).replace(
      encodeURIComponent(`"id":${DASHBOARD_PEOPLE.police}`),
      encodeURIComponent(`"id":${DASHBOARD_PEOPLE.owner}`),
    )
    for (const view of views) {
      const cases: Record<string, string>[] = [
        {},
        { authorization: 'tma ' },
        { authorization: `tma ${forged}` },
        { authorization: `tma ${changed}` },
        as(DASHBOARD_PEOPLE.owner, { token: '999:another-bot' }),
        as(DASHBOARD_PEOPLE.owner, { ageSeconds: 24 * 3600 + 120 }),
        { cookie: `${SESSION_COOKIE}=${'x'.repeat(43)}` },
      ]
      for (const headers of cases) {
        const answer = await api(view, headers)
        expect(answer.status, `${view} ${JSON.stringify(headers).slice(0, 60)}`).toBe(401)
        expect(answer.body.error).toContain('Chưa xác thực được người dùng')
        expect(answer.body.html).toBeUndefined()
      }
      const stranger = await api(view, as(DASHBOARD_PEOPLE.stranger))
      expect(stranger.status).toBe(403)
      expect(stranger.body.error).toContain('chưa là thành viên')
    }
    // An initData of nearly a day is still good.
    expect((await api('overview', as(DASHBOARD_PEOPLE.owner, { ageSeconds: 23 * 3600 }))).status).toBe(200)
  })

  it('counts the classes, the trend and the overdue tasks with working days late for the secretariat', async () => {
    const answer = await api('overview', as(DASHBOARD_PEOPLE.owner))
    expect(answer.status).toBe(200)
    expect(answer.body.lang).toBe('vi')
    const data = answer.body.data as {
      classes: { total: number; open_overdue: number; done_on_time: number; done_late: number; open_in_term: number }
      trend: { day: string; counts: { total: number } }[]
      overdue: { total: number; rows: { number: number; lateDays: number }[] }
    }
    const [row] = await f.db.sql.query<{ total: number; overdue: number }>(
      `SELECT count(*) FILTER (WHERE status <> 'cancelled')::int AS total,
        count(*) FILTER (WHERE status = 'open' AND due_date < '2026-03-16')::int AS overdue FROM tasks`,
    )
    expect(data.classes.total).toBe(row!.total)
    expect(data.classes.open_overdue).toBe(row!.overdue)
    expect(data.trend.map((p) => p.day)).toEqual([
      '2025-12-29',
      '2026-01-05',
      '2026-01-12',
      '2026-01-19',
      '2026-01-26',
      '2026-02-02',
      '2026-02-09',
      '2026-02-16',
      '2026-02-23',
      '2026-03-02',
      '2026-03-09',
      '2026-03-16',
    ])
    expect(data.trend.at(-1)?.counts.total).toBe(row!.total)
    // Due Friday 13/03, Monday 16/03 is one working day late; due Friday 27/02, eleven.
    expect(data.overdue.rows.find((t) => t.number === f.tasks.fees)?.lateDays).toBe(1)
    expect(data.overdue.rows.find((t) => t.number === f.tasks.complaints)?.lateDays).toBe(11)
    expect(answer.body.html).toContain('<svg class="chart"')
  })

  it('narrows the overview by plan, period and body, and ignores a filter it does not know', async () => {
    const quarter = await api('overview?period=2026-Q1', as(DASHBOARD_PEOPLE.owner))
    const [row] = await f.db.sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM tasks WHERE status <> 'cancelled' AND due_date BETWEEN '2026-01-01' AND '2026-03-31'`,
    )
    expect((quarter.body.data as { classes: { total: number } }).classes.total).toBe(row!.n)
    const land = await api(`overview?body=${f.bodies.land.number}`, as(DASHBOARD_PEOPLE.owner))
    expect((land.body.data as { classes: { total: number } }).classes.total).toBe(3)
    const unknown = await api('overview?body=999&period=2026-Q9&plan=abc', as(DASHBOARD_PEOPLE.owner))
    expect(unknown.status).toBe(200)
    const all = await api('overview', as(DASHBOARD_PEOPLE.owner))
    expect((unknown.body.data as { classes: unknown }).classes).toEqual((all.body.data as { classes: unknown }).classes)
  })

  it('shows a body’s contact only the tasks of their bodies', async () => {
    const police = as(DASHBOARD_PEOPLE.police)
    const overview = await api('overview', police)
    const classes = (overview.body.data as { classes: { total: number } }).classes
    const [row] = await f.db.sql.query<{ n: number }>(
      `SELECT count(DISTINCT t.id)::int AS n FROM tasks t JOIN task_bodies tb ON tb.task_id = t.id
       WHERE tb.body_id = $1 AND tb.role IN ('lead', 'coordinating') AND t.status <> 'cancelled'`,
      [f.bodies.police.id],
    )
    expect(classes.total).toBe(row!.n)
    const bodies = await api('bodies', police)
    expect((bodies.body.data as { rows: { name: string }[] }).rows.map((b) => b.name)).toEqual(['Công an tỉnh'])
    const tasks = await api('tasks', police)
    for (const other of ['STNMT', 'SGDĐT', 'SYT', 'khiếu nại']) {
      expect(tasks.body.html).not.toContain(other)
      expect(overview.body.html).not.toContain(other)
    }
    expect((await api(`task?n=${f.tasks.complaints}`, police)).status).toBe(404)
    expect((await api(`task?n=${f.tasks.households}`, police)).status).toBe(200)
    // Another body's tasks asked for by name: nothing.
    const asked = await api(`tasks?lead=${f.bodies.land.number}`, police)
    expect((asked.body.data as { counts: { all: number } }).counts.all).toBe(0)
    // In the reader's language (chosen with /lang).
    await f.services.people.setLocale(f.contacts.police.personId, 'en')
    const english = await api('overview', police)
    expect(english.body.lang).toBe('en')
    expect(english.body.html).toContain('How the tasks stand')
    expect(english.body.html).toContain('only the tasks of the bodies you are a contact for')
    await f.services.people.setLocale(f.contacts.police.personId, 'vi')
    // The health contact sees the task it coordinates, led by another body.
    const health = await api('tasks', as(DASHBOARD_PEOPLE.health))
    expect(health.body.html).toContain('Tổng hợp ý kiến, kiến nghị của nông dân')
    expect(health.body.html).not.toContain('Rà soát hồ sơ đất đai tồn đọng')
  })

  it('opens a login session once with a one-time link, then reads by its cookie', async () => {
    const link = await f.loginLink(DASHBOARD_PEOPLE.leader)
    const first = await fetch(link, { redirect: 'manual' })
    expect(first.status).toBe(303)
    expect(first.headers.get('location')).toBe('/app/#/overview')
    const cookie = first.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(new RegExp(`^${SESSION_COOKIE}=[A-Za-z0-9_-]{43}; Path=/; HttpOnly; SameSite=Lax; Max-Age=43200$`))
    const session = cookie.split(';')[0]!
    expect((await api('sessions', { cookie: session })).status).toBe(200)
    const again = await fetch(link, { redirect: 'manual' })
    expect(again.status).toBe(410)
    expect(await again.text()).toContain('đã dùng hoặc đã hết hạn')
    // Twelve hours later the session is over.
    const now = f.clock.now()
    f.clock.set(new Date(now.getTime() + 12 * 3600_000 + 1000))
    expect((await api('overview', { cookie: session })).status).toBe(401)
    f.clock.set(now)
  })

  it('serves its own page, style, script and font, nothing from elsewhere', async () => {
    const page = await fetch(`${f.base}/app/`)
    const html = await page.text()
    expect(page.headers.get('content-type')).toContain('text/html')
    expect(html).toContain('<script src="/app/app.js"></script>')
    expect(html).not.toMatch(/https?:\/\//)
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'")
    for (const [path, type] of [
      ['/app/app.js', 'text/javascript'],
      ['/app/app.css', 'text/css'],
      ['/app/font.ttf', 'font/ttf'],
      ['/app/font-bold.ttf', 'font/ttf'],
    ] as const) {
      const response = await fetch(`${f.base}${path}`)
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toContain(type)
      const body = await response.text()
      if (type !== 'font/ttf') {
        expect(body).not.toMatch(/https?:\/\/(?!www\.w3\.org)/)
      }
    }
    expect((await fetch(`${f.base}/app`, { redirect: 'manual' })).headers.get('location')).toBe('/app/')
  })
})
