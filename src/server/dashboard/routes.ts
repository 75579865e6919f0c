import type { IncomingHttpHeaders } from 'node:http'
import type { BodySort, TaskQuery } from '../../db/repositories/index.js'
import type { Logger } from '../../logger.js'
import { addDays } from '../../services/calendar/local-date.js'
import { DASHBOARD_LOGIN_PATH, DASHBOARD_SESSION_TTL_MS } from '../../services/dashboard-access.js'
import { UserError } from '../../services/errors.js'
import type { Services } from '../../services/index.js'
import { parsePeriod, periodChoices, type ReadScope, type ReportFilter } from '../../services/reports/index.js'
import { json, text, type Route, type RouteRequest, type RouteResponse } from '../http-server.js'
import { DASHBOARD_CSS, DASHBOARD_SCRIPT, dashboardFonts, shellHtml } from './assets.js'
import { verifyInitData } from './init-data.js'
import { bodiesPage, overviewPage, sessionsPage, taskPage, tasksPage, type PageContext, type Translate } from './views.js'

/**
 * The page loads nothing but our own files and talks to our /api/ only; the views' inline style
 * attributes (a colour swatch, a bar's share) are the one thing allowed inline.
 */
const PAGE_POLICY = {
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; font-src 'self'; img-src 'self' data:; " +
    "connect-src 'self'; base-uri 'none'; form-action 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
}

/** The login session's cookie (HttpOnly: the page's script never sees it). */
export const SESSION_COOKIE = 'dtb_session'

const BODY_PAGE = 50
const TASK_PAGE = 20
const SESSION_PAGE = 60
/** Bodies in the overview's "overdue by body" chart; the rest are in the bodies table. */
const OVERVIEW_BODIES = 10
const OVERVIEW_OVERDUE = 8

export interface DashboardDeps {
  services: Services
  translate: (locale: string, key: string, vars?: Record<string, string | number>) => string
  defaultLocale: string
  /** Telegram's bot token, which signs the Mini App's initData; null when the bot runs on Zalo alone. */
  botToken: string | null
  /** Mark the cookie Secure (PUBLIC_URL is https). */
  secureCookie: boolean
  logger: Logger
}

type Who = { personId: number } | { refused: 401 | 403; key: string }

function cookie(headers: IncomingHttpHeaders, name: string): string | null {
  for (const part of (headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=')
    if (key === name) {
      return value.join('=')
    }
  }
  return null
}

const positive = (value: string | null) => (value && /^\d{1,7}$/.test(value) && Number(value) > 0 ? Number(value) : null)

/**
 * The dashboard's routes (README "The dashboard"): the page and its files under /app/, the one-time
 * login link, and the views' data under /api/. Every /api/ request names its reader by Telegram's
 * initData (`Authorization: tma …`, checked with the bot token, at most a day old) or by a login
 * session's cookie; without either it is refused with 401. What the reader sees is decided by the
 * read model's scope (services/reports), never here.
 */
export function dashboardRoutes(deps: DashboardDeps): Route[] {
  const { services } = deps
  const fonts = dashboardFonts()
  const tr =
    (locale: string): Translate =>
    (key, vars) =>
      deps.translate(locale, key, vars)
  const t0 = tr(deps.defaultLocale)
  const cached = (body: string | Buffer, contentType: string): RouteResponse => ({
    status: 200,
    body,
    contentType,
    headers: { 'cache-control': 'public, max-age=3600', 'x-content-type-options': 'nosniff' },
  })
  const shell = shellHtml({
    lang: deps.defaultLocale,
    title: t0('dashboard-title'),
    loading: t0('dashboard-loading'),
    noScript: t0('dashboard-no-script'),
  })
  const refused = (status: number, key: string, locale = deps.defaultLocale): RouteResponse => ({
    ...json(status, { error: deps.translate(locale, key) }),
    headers: { 'cache-control': 'no-store' },
  })

  async function who(request: RouteRequest): Promise<Who> {
    const authorization = request.headers.authorization
    if (typeof authorization === 'string' && authorization.startsWith('tma ')) {
      const user = deps.botToken ? verifyInitData(authorization.slice(4), deps.botToken, services.clock.now()) : null
      if (!user) {
        return { refused: 401, key: 'dashboard-error-unauthorized' }
      }
      const personId = await services.dashboard.personOfAccount('telegram', user.userId)
      return personId === null ? { refused: 403, key: 'dashboard-error-no-committee' } : { personId }
    }
    const session = cookie(request.headers, SESSION_COOKIE)
    const personId = session ? await services.dashboard.personOfSession(session) : null
    return personId === null ? { refused: 401, key: 'dashboard-error-unauthorized' } : { personId }
  }

  /** The reader's scope, language and filters, or a refusal. */
  async function pageContext(request: RouteRequest): Promise<{ ctx: PageContext; scope: ReadScope } | RouteResponse> {
    const reader = await who(request)
    if ('refused' in reader) {
      return refused(reader.refused, reader.key)
    }
    const url = request.url.searchParams
    // `committee` is the switcher's choice, by id (committees have no number of their own); a value
    // that is not a number cannot be one of the reader's committees and is refused as one that is not.
    const askedText = url.get('committee')
    const asked = askedText ? (positive(askedText) ?? 0) : null
    // Reading another committee here does not change the bot's active committee (/chon): the chat's
    // context must not move under the user's feet because they looked at another committee's figures.
    const context = await services.people.viewContext(reader.personId, asked)
    const locale = context.person.locale ?? deps.defaultLocale
    if (context.refused) {
      return refused(403, 'dashboard-error-not-your-committee', locale)
    }
    if (!context.committee) {
      return refused(403, 'dashboard-error-no-committee', locale)
    }
    let scope: ReadScope
    try {
      scope = await services.reports.scope(context.committee, reader.personId, { role: context.role })
    } catch (error) {
      if (error instanceof UserError) {
        return refused(403, 'dashboard-error-no-committee', locale)
      }
      throw error
    }
    const today = services.reports.today(scope.committee)
    const choices = await services.reports.choices(scope)
    const plan = choices.plans.find((p) => p.number === positive(url.get('plan'))) ?? null
    const body = choices.bodies.find((b) => b.number === positive(url.get('body'))) ?? null
    const period = parsePeriod(url.get('period') ?? '')
    const filter: ReportFilter = { planId: plan?.id ?? null, bodyId: body?.id ?? null, period }
    const params: Record<string, string> = {
      ...(asked !== null ? { committee: String(scope.committee.id) } : {}),
      ...(plan ? { plan: String(plan.number) } : {}),
      ...(period ? { period: period.key } : {}),
      ...(body ? { body: String(body.number) } : {}),
    }
    return {
      scope,
      ctx: {
        t: tr(locale),
        locale,
        committee: { id: scope.committee.id, name: scope.committee.name, timeZone: scope.committee.timeZone },
        committees: context.committees.map((c) => ({ id: c.id, name: c.name })),
        today,
        filter,
        params,
        choices: { ...choices, periods: periodChoices(today) },
        restricted: scope.bodyIds !== null,
      },
    }
  }

  const answer = (ctx: PageContext, title: string, html: string, data: unknown): RouteResponse => ({
    ...json(200, { lang: ctx.locale, title: `${title} — ${ctx.t('dashboard-title')}`, html, data }),
    headers: { 'cache-control': 'no-store' },
  })

  /** A view of the API: the reader checked, then the page rendered from the read model. */
  function view(render: (ctx: PageContext, scope: ReadScope, url: URLSearchParams) => Promise<RouteResponse>) {
    return async (request: RouteRequest): Promise<RouteResponse> => {
      const found = await pageContext(request)
      if (!('ctx' in found)) {
        return found
      }
      try {
        return await render(found.ctx, found.scope, request.url.searchParams)
      } catch (error) {
        if (error instanceof UserError) {
          return { ...json(404, { error: found.ctx.t(error.key, error.vars) }), headers: { 'cache-control': 'no-store' } }
        }
        throw error
      }
    }
  }

  const pageOf = (url: URLSearchParams) => positive(url.get('page')) ?? 1
  const pages = (total: number, size: number) => Math.max(1, Math.ceil(total / size))

  const overview = view(async (ctx, scope) => {
    const { reports } = services
    const [classes, trend, byBody, overdue, afterSession] = await Promise.all([
      reports.classes(scope, ctx.filter, ctx.today),
      reports.trend(scope, ctx.filter, ctx.today),
      reports.byLeadBody(scope, ctx.filter, ctx.today, OVERVIEW_BODIES),
      reports.overdue(scope, ctx.filter, ctx.today, { offset: 0, limit: OVERVIEW_OVERDUE }),
      reports.afterSession(scope, ctx.filter, ctx.today),
    ])
    const data = { classes, trend, overdueByBody: byBody, overdue, afterSession }
    return answer(ctx, ctx.t('dashboard-tab-overview'), overviewPage(ctx, data), data)
  })

  const bodies = view(async (ctx, scope, url) => {
    const by = (['name', 'total', 'done_on_time', 'done_late', 'open_in_term', 'open_overdue'] as const).find((s) => s === url.get('sort'))
    const sort: BodySort = { by: by ?? 'open_overdue', descending: by ? url.get('dir') !== 'asc' : true }
    const page = pageOf(url)
    const data = await services.reports.bodies(scope, ctx.filter, ctx.today, sort, { offset: (page - 1) * BODY_PAGE, limit: BODY_PAGE })
    const params = { ...ctx.params, sort: sort.by, dir: sort.descending ? 'desc' : 'asc' }
    const withSort = { ...ctx, params }
    return answer(ctx, ctx.t('dashboard-tab-bodies'), bodiesPage(withSort, data, sort, { page, pages: pages(data.total, BODY_PAGE) }), data)
  })

  const tasks = view(async (ctx, scope, url) => {
    const extra: TaskQuery = {}
    const params: Record<string, string> = { ...ctx.params }
    let title = ctx.t('dashboard-tab-tasks')
    const lead = positive(url.get('lead'))
    if (lead !== null) {
      const body = (await services.bodies.list(scope.committee.id)).find((b) => b.number === lead)
      extra.leadBodyId = body?.id ?? -1
      params.lead = String(lead)
      title = ctx.t('dashboard-tasks-of-body', { body: body?.name ?? String(lead) })
    }
    const sessionNumber = positive(url.get('session'))
    if (sessionNumber !== null) {
      const session = await services.reports.session(scope, sessionNumber)
      extra.sessionId = session.id
      params.session = String(sessionNumber)
      title = ctx.t('dashboard-tasks-of-session', { number: sessionNumber, topic: session.topic })
    }
    const state = (['open', 'overdue', 'done'] as const).find((s) => s === url.get('state')) ?? 'all'
    if (state === 'open' || state === 'done') {
      extra.status = [state]
    } else if (state === 'overdue') {
      extra.status = ['open']
      extra.dueTo = addDays(ctx.today, -1)
    }
    if (state !== 'all') {
      params.state = state
    }
    const page = pageOf(url)
    const data = await services.reports.tasks(scope, ctx.filter, extra, ctx.today, { offset: (page - 1) * TASK_PAGE, limit: TASK_PAGE })
    return answer(ctx, title, tasksPage({ ...ctx, params }, title, data, { page, pages: pages(data.counts.all, TASK_PAGE) }, state), data)
  })

  const task = view(async (ctx, scope, url) => {
    const number = positive(url.get('n'))
    if (number === null) {
      throw new UserError('task-error-number', { value: url.get('n') ?? '' })
    }
    const data = await services.reports.task(scope, number, ctx.today)
    return answer(ctx, ctx.t('dashboard-task-title', { number }), taskPage(ctx, data), {
      number: data.task.number,
      title: data.task.title,
      outcome: data.outcome,
      lateDays: data.lateDays,
    })
  })

  const sessions = view(async (ctx, scope, url) => {
    const thisYear = Number(ctx.today.slice(0, 4))
    const asked = positive(url.get('year'))
    const year = asked !== null && asked >= 2000 && asked <= 2100 ? asked : thisYear
    const page = pageOf(url)
    const data = await services.reports.sessions(scope, { year, planId: ctx.filter.planId }, ctx.today, {
      offset: (page - 1) * SESSION_PAGE,
      limit: SESSION_PAGE,
    })
    const params: Record<string, string> = {
      ...(ctx.params.committee ? { committee: ctx.params.committee } : {}),
      ...(ctx.params.plan ? { plan: ctx.params.plan } : {}),
      year: String(year),
    }
    return answer(
      ctx,
      ctx.t('dashboard-sessions-title', { year: String(year) }),
      sessionsPage({ ...ctx, params }, year, data, { page, pages: pages(data.total, SESSION_PAGE) }),
      data,
    )
  })

  async function login(request: RouteRequest): Promise<RouteResponse> {
    try {
      const opened = await services.dashboard.redeem(request.url.searchParams.get('t') ?? '')
      deps.logger.info({ person: opened.personId }, 'dashboard login')
      const flags = `Path=/; HttpOnly; SameSite=Lax; Max-Age=${DASHBOARD_SESSION_TTL_MS / 1000}${deps.secureCookie ? '; Secure' : ''}`
      return {
        status: 303,
        headers: {
          location: '/app/#/overview',
          'set-cookie': `${SESSION_COOKIE}=${opened.sessionToken}; ${flags}`,
          'cache-control': 'no-store',
        },
      }
    } catch (error) {
      if (!(error instanceof UserError)) {
        throw error
      }
      return { ...text(410, t0(error.key)), headers: { 'cache-control': 'no-store' } }
    }
  }

  return [
    { method: 'GET', path: '/app', handle: () => Promise.resolve({ status: 301, headers: { location: '/app/' } }) },
    {
      method: 'GET',
      path: '/app/',
      handle: () =>
        Promise.resolve({ ...text(200, shell, 'text/html; charset=utf-8'), headers: { 'cache-control': 'no-cache', ...PAGE_POLICY } }),
    },
    { method: 'GET', path: '/app/app.css', handle: () => Promise.resolve(cached(DASHBOARD_CSS, 'text/css; charset=utf-8')) },
    { method: 'GET', path: '/app/app.js', handle: () => Promise.resolve(cached(DASHBOARD_SCRIPT, 'text/javascript; charset=utf-8')) },
    { method: 'GET', path: '/app/font.ttf', handle: () => Promise.resolve(cached(fonts.regular, 'font/ttf')) },
    { method: 'GET', path: '/app/font-bold.ttf', handle: () => Promise.resolve(cached(fonts.bold, 'font/ttf')) },
    { method: 'GET', path: DASHBOARD_LOGIN_PATH, handle: login },
    { method: 'GET', path: '/api/overview', handle: overview },
    { method: 'GET', path: '/api/bodies', handle: bodies },
    { method: 'GET', path: '/api/tasks', handle: tasks },
    { method: 'GET', path: '/api/task', handle: task },
    { method: 'GET', path: '/api/sessions', handle: sessions },
  ]
}
