import type { BodyRow, BodySort, ClassCounts, TaskFull, TaskLine } from '../../db/repositories/index.js'
import { barsByRow, classRing, legendHtml, trendColumns, type ChartWords } from '../../charts/svg-charts.js'
import { escapeHtml as escape } from '../../services/text.js'
import { OUTCOME_COLOURS } from '../../charts/colours.js'
import { pendingOpinions, type SessionRollup } from '../../services/after-session/rollups.js'
import { formatVietnamese, localDateOf, type LocalDate } from '../../services/calendar/local-date.js'
import type { OverdueTask, Period, ReportFilter, TimelineEntry } from '../../services/reports/index.js'
import { historyWords, type HistoryEvent } from '../../services/tasks/history.js'
import { classifyTask, OUTCOME_CLASSES, type OutcomeClass } from '../../services/tasks/outcomes.js'
import { localHhmm } from '../../services/time.js'

/**
 * The dashboard's pages as HTML fragments, rendered on the server from the read model
 * (services/reports): what the client script puts in the page. Every text is a Fluent key in the
 * reader's language; every value is escaped; links are the client's hash routes (#/view?…), carrying
 * the filters along.
 */

export type Translate = (key: string, vars?: Record<string, string | number>) => string

export type View = 'overview' | 'bodies' | 'tasks' | 'task' | 'sessions'

/** Everything every page shows around its content: who, where, the filters. */
export interface PageContext {
  t: Translate
  locale: string
  committee: { id: number; name: string; timeZone: string }
  /** The reader's committees, by name: a switcher when there are two or more. */
  committees: { id: number; name: string }[]
  today: LocalDate
  filter: ReportFilter
  /** The filter as its URL parameters (committee by id when chosen, plan and body by number, period by key). */
  params: Record<string, string>
  choices: {
    plans: { id: number; number: number; title: string; symbol: string | null; year: number }[]
    bodies: { id: number; number: number; name: string; shortName: string | null }[]
    periods: Period[]
  }
  /** A contact sees their bodies only: say so. */
  restricted: boolean
}

const OUTCOME_KEYS: Record<OutcomeClass | 'cancelled', string> = {
  done_on_time: 'outcome-done-on-time',
  done_late: 'outcome-done-late',
  open_in_term: 'outcome-open-in-term',
  open_overdue: 'outcome-open-overdue',
  cancelled: 'outcome-cancelled',
}
const SHORT_KEYS: Record<OutcomeClass, string> = {
  done_on_time: 'summary-short-on-time',
  done_late: 'summary-short-late',
  open_in_term: 'summary-short-in-term',
  open_overdue: 'summary-short-overdue',
}

const date = (day: string | null) => (day ? formatVietnamese(day) : '—')
const dayMonth = (day: string) => formatVietnamese(day).slice(0, 5)

export function numberFormat(locale: string): (value: number) => string {
  const format = new Intl.NumberFormat(locale === 'vi' ? 'vi-VN' : 'en-US')
  return (value) => format.format(value)
}

export function chartWords(t: Translate): ChartWords {
  return {
    legend: Object.fromEntries(OUTCOME_CLASSES.map((c) => [c, t(SHORT_KEYS[c])])) as Record<OutcomeClass, string>,
    tasks: t('dashboard-chart-tasks'),
    empty: t('dashboard-chart-empty'),
  }
}

/** A hash link to a view with the page's filters and `extra` parameters (an empty value drops one). */
export function href(ctx: Pick<PageContext, 'params'>, view: View, extra: Record<string, string | number | null> = {}): string {
  const query = new URLSearchParams(ctx.params)
  for (const [key, value] of Object.entries(extra)) {
    if (value === null || value === '') {
      query.delete(key)
    } else {
      query.set(key, String(value))
    }
  }
  const text = query.toString()
  return `#/${view}${text ? `?${text}` : ''}`
}

function badge(t: Translate, outcome: OutcomeClass | 'cancelled'): string {
  return `<span class="badge ${outcome.replace(/_/g, '-')}">${escape(t(OUTCOME_KEYS[outcome]))}</span>`
}

function option(value: string, label: string, selected: boolean): string {
  return `<option value="${escape(value)}"${selected ? ' selected' : ''}>${escape(label)}</option>`
}

/** The filters: plan, period, body (the sessions page has its year instead of a period). */
function filters(ctx: PageContext, view: View, year?: number): string {
  const { t } = ctx
  const plans = [
    option('', t('dashboard-filter-all-plans'), !ctx.params.plan),
    ...ctx.choices.plans.map((p) =>
      option(String(p.number), `${p.symbol ?? `#${p.number}`} — ${p.title}`.slice(0, 80), ctx.params.plan === String(p.number)),
    ),
  ]
  const fields = [`<label>${escape(t('dashboard-filter-plan'))}<select name="plan">${plans.join('')}</select></label>`]
  if (year === undefined) {
    const periods = [
      option('', t('dashboard-filter-all-periods'), !ctx.params.period),
      ...ctx.choices.periods.map((p) => option(p.key, periodLabel(t, p), ctx.params.period === p.key)),
    ]
    const bodies = [
      option('', t(ctx.restricted ? 'dashboard-filter-my-bodies' : 'dashboard-filter-all-bodies'), !ctx.params.body),
      ...ctx.choices.bodies.map((b) => option(String(b.number), b.shortName ?? b.name, ctx.params.body === String(b.number))),
    ]
    fields.push(
      `<label>${escape(t('dashboard-filter-period'))}<select name="period">${periods.join('')}</select></label>`,
      `<label>${escape(t('dashboard-filter-body'))}<select name="body">${bodies.join('')}</select></label>`,
    )
  } else {
    const now = Number(ctx.today.slice(0, 4))
    const years = [now - 2, now - 1, now, now + 1].map((y) => option(String(y), String(y), y === year))
    fields.push(`<label>${escape(t('dashboard-filter-year'))}<select name="year">${years.join('')}</select></label>`)
  }
  return `<form class="filters" data-view="${view}">${fields.join('')}</form>`
}

/** The parameters that number things within one committee: a switch to another committee drops them. */
const PER_COMMITTEE = ['plan', 'body', 'lead', 'session', 'n', 'page']

/**
 * The committee switcher, for a reader of two or more committees, in place of the committee's name
 * (the one shown selected, in bold as the name is). The script keeps the other parameters of the page
 * (period, year, sort, state) and drops those of `data-drop`, whose numbers mean other things in
 * another committee. A task's page switches to the task list.
 */
function committeeSwitch(ctx: PageContext, view: View): string {
  if (ctx.committees.length < 2) {
    return ''
  }
  const options = ctx.committees.map((c) => option(String(c.id), c.name, c.id === ctx.committee.id))
  return (
    `<form class="filters switch" data-view="${view === 'task' ? 'tasks' : view}" data-drop="${PER_COMMITTEE.join(' ')}">` +
    `<label>${escape(ctx.t('dashboard-filter-committee'))}<select name="committee">${options.join('')}</select></label></form>`
  )
}

export function periodLabel(t: Translate, period: Period): string {
  switch (period.kind) {
    case 'year':
      return t('dashboard-period-year', { year: String(period.year) })
    case 'half':
      return t('dashboard-period-half', { year: String(period.year), half: period.index })
    case 'quarter':
      return t('dashboard-period-quarter', { year: String(period.year), quarter: period.index })
    case 'month':
      return t('dashboard-period-month', { year: String(period.year), month: period.index })
  }
}

/** The page around a view's content: committee, tabs, filters. */
export function page(ctx: PageContext, view: View, title: string, content: string, year?: number): string {
  const { t } = ctx
  // The parameters a tab's link drops (null drops one, as in href).
  const dropped = { page: null, sort: null, dir: null, lead: null, session: null, state: null, n: null, year: null }
  const tabs = (['overview', 'bodies', 'tasks', 'sessions'] as const).map(
    (v) =>
      `<a href="${escape(href(ctx, v, dropped))}"` +
      `${v === view || (view === 'task' && v === 'tasks') ? ' aria-current="page"' : ''}>${escape(t(`dashboard-tab-${v}`))}</a>`,
  )
  return (
    // (A reader of several committees reads the one shown in the switcher, selected: its name once, not twice.)
    `<header class="top">${committeeSwitch(ctx, view) || `<p class="committee">${escape(ctx.committee.name)}</p>`}` +
    `<p class="asof">${escape(t('dashboard-as-of', { date: formatVietnamese(ctx.today) }))}` +
    `${ctx.restricted ? ` · ${escape(t('dashboard-restricted'))}` : ''}</p>` +
    `<nav class="tabs">${tabs.join('')}</nav></header>` +
    (view === 'task' ? '' : filters(ctx, view, year)) +
    `<h1>${escape(title)}</h1>${content}`
  )
}

function card(title: string, body: string, wide = false): string {
  return `<section class="card${wide ? ' wide' : ''}"><h2>${escape(title)}</h2>${body}</section>`
}

/** The numbers of the four classes, as a row of figures. */
function classFigures(ctx: PageContext, counts: ClassCounts): string {
  const fmt = numberFormat(ctx.locale)
  return `<div class="figures">${OUTCOME_CLASSES.map(
    (c) =>
      `<div class="figure"><span class="swatch" style="background:${OUTCOME_COLOURS[c]}"></span>` +
      `<b>${fmt(counts[c])}</b><span>${escape(ctx.t(SHORT_KEYS[c]))}</span></div>`,
  ).join('')}</div>`
}

function overdueList(ctx: PageContext, overdue: { total: number; rows: OverdueTask[] }): string {
  const { t } = ctx
  if (overdue.total === 0) {
    return `<p class="hint">${escape(t('dashboard-no-overdue'))}</p>`
  }
  const items = overdue.rows.map(
    (task) =>
      `<li><a href="${escape(href(ctx, 'task', { n: task.number }))}"><span class="num">${task.number}</span>` +
      `<span class="title">${escape(task.title)}</span>` +
      `<span class="meta">${escape(task.lead.join(', ') || '—')} · ${escape(t('dashboard-due', { date: date(task.due) }))} · ` +
      `<b class="late">${escape(t('dashboard-late-days', { days: task.lateDays }))}</b></span></a></li>`,
  )
  const more =
    overdue.total > overdue.rows.length
      ? `<p><a href="${escape(href(ctx, 'tasks', { state: 'overdue' }))}">` +
        `${escape(t('dashboard-more-overdue', { count: overdue.total - overdue.rows.length }))}</a></p>`
      : ''
  return `<ol class="tasks">${items.join('')}</ol>${more}`
}

function rollupTable(t: Translate, rollup: SessionRollup, fmt: (n: number) => string): string {
  const o = rollup.opinions
  const i = rollup.items
  const row = (label: string, value: number, cls = '') =>
    `<tr${cls ? ` class="${cls}"` : ''}><th>${escape(label)}</th><td>${fmt(value)}</td></tr>`
  return (
    `<div class="split"><table class="kv"><caption>${escape(t('dashboard-opinions'))}</caption>` +
    row(t('dashboard-opinions-received'), o.received) +
    row(t('dashboard-opinions-at-session'), o.answeredAtSession) +
    row(t('dashboard-opinions-writing-on-time'), o.writing.done_on_time) +
    row(t('dashboard-opinions-writing-late'), o.writing.done_late) +
    row(t('dashboard-opinions-pending'), pendingOpinions(o)) +
    row(t('dashboard-opinions-overdue'), o.writing.open_overdue, o.writing.open_overdue > 0 ? 'bad' : '') +
    row(t('dashboard-opinions-transferred'), o.transferred) +
    `</table><table class="kv"><caption>${escape(t('dashboard-items'))}</caption>` +
    row(t('dashboard-items-total'), i.total) +
    row(t('dashboard-items-done-on-time'), i.doneOnTime) +
    row(t('dashboard-items-done-late'), i.doneLate) +
    row(t('dashboard-items-in-progress'), i.inProgress) +
    row(t('dashboard-items-ongoing'), i.ongoing) +
    row(t('dashboard-items-overdue'), i.overdue, i.overdue > 0 ? 'bad' : '') +
    `</table></div>`
  )
}

export interface OverviewData {
  classes: ClassCounts & { all: number }
  trend: { day: string; counts: ClassCounts }[]
  overdueByBody: { label: string; isTop: boolean; bodies: number; counts: ClassCounts }[]
  overdue: { total: number; rows: OverdueTask[] }
  afterSession: SessionRollup & { sessions: number }
}

/** Overview: the four classes, the trend over twelve weeks, overdue by body, the oldest overdue tasks, opinions and conclusions. */
export function overviewPage(ctx: PageContext, data: OverviewData): string {
  const { t } = ctx
  const words = chartWords(t)
  const fmt = numberFormat(ctx.locale)
  const byBody = data.overdueByBody
    .filter((row) => row.isTop && row.counts.open_overdue > 0)
    .map((row) => ({
      label: row.label,
      counts: { done_on_time: 0, done_late: 0, open_in_term: 0, open_overdue: row.counts.open_overdue, total: row.counts.open_overdue },
    }))
  const classesNote = { total: fmt(data.classes.total), extended: fmt(data.classes.extended) }
  const content =
    `<div class="grid">` +
    card(
      t('dashboard-classes-title'),
      classRing(data.classes, words) +
        classFigures(ctx, data.classes) +
        `<p class="hint">${escape(t('dashboard-classes-note', classesNote))}</p>`,
    ) +
    card(
      t('dashboard-trend-title', { weeks: data.trend.length }),
      trendColumns(
        data.trend.map((p) => ({ label: dayMonth(p.day), counts: p.counts })),
        words,
      ) + legendHtml(words),
    ) +
    card(
      t('dashboard-overdue-by-body-title'),
      barsByRow(byBody, { ...words, empty: t('dashboard-no-overdue') }) +
        (byBody.length > 0
          ? `<p><a href="${escape(href(ctx, 'bodies', { sort: 'open_overdue', dir: 'desc' }))}">` +
            `${escape(t('dashboard-all-bodies'))}</a></p>`
          : ''),
    ) +
    card(t('dashboard-overdue-title', { count: fmt(data.overdue.total) }), overdueList(ctx, data.overdue)) +
    card(t('dashboard-after-session-title', { sessions: data.afterSession.sessions }), rollupTable(t, data.afterSession, fmt), true) +
    `</div>`
  return page(ctx, 'overview', t('dashboard-tab-overview'), content)
}

const SORTABLE: BodySort['by'][] = ['name', 'total', 'done_on_time', 'done_late', 'open_in_term', 'open_overdue']

/** Bodies: a table sorted by any column (a click on its head), each row leading to the body's tasks. */
export function bodiesPage(
  ctx: PageContext,
  data: { total: number; rows: BodyRow[] },
  sort: BodySort,
  pageInfo: { page: number; pages: number },
): string {
  const { t } = ctx
  const fmt = numberFormat(ctx.locale)
  const heads = SORTABLE.map((by) => {
    const active = sort.by === by
    const next = active ? (sort.descending ? 'asc' : 'desc') : by === 'name' ? 'asc' : 'desc'
    const label = by === 'name' ? t('dashboard-body') : by === 'total' ? t('dashboard-total') : t(SHORT_KEYS[by])
    const arrow = active ? (sort.descending ? ' ▼' : ' ▲') : ''
    return (
      `<th${by === 'name' ? '' : ' class="n"'}${active ? ` aria-sort="${sort.descending ? 'descending' : 'ascending'}"` : ''}>` +
      `<a href="${escape(href(ctx, 'bodies', { sort: by, dir: next, page: null }))}">${escape(label)}${arrow}</a></th>`
    )
  })
  const rows = data.rows.map(
    (b) =>
      `<tr><td><a href="${escape(href(ctx, 'tasks', { lead: b.number, page: null, body: null }))}" title="${escape(b.name)}">` +
      `${escape(b.shortName ?? b.name)}</a></td><td class="n">${fmt(b.counts.total)}</td>` +
      OUTCOME_CLASSES.map((c) => `<td class="n${c === 'open_overdue' && b.counts[c] > 0 ? ' bad' : ''}">${fmt(b.counts[c])}</td>`).join(
        '',
      ) +
      `</tr>`,
  )
  const content =
    `<p class="hint">${escape(t('dashboard-bodies-note', { count: fmt(data.total) }))}</p>` +
    (data.rows.length === 0
      ? `<p class="hint">${escape(t('dashboard-nothing'))}</p>`
      : `<div class="scroll"><table class="data"><thead><tr>${heads.join('')}</tr></thead><tbody>${rows.join('')}</tbody></table></div>`) +
    pager(ctx, 'bodies', pageInfo)
  return page(ctx, 'bodies', t('dashboard-tab-bodies'), content)
}

function pager(ctx: PageContext, view: View, info: { page: number; pages: number }): string {
  if (info.pages <= 1) {
    return ''
  }
  const { t } = ctx
  const link = (p: number, key: string) => `<a href="${escape(href(ctx, view, { page: p }))}">${escape(t(key))}</a>`
  return (
    `<nav class="pager">${info.page > 1 ? link(info.page - 1, 'dashboard-previous') : ''}` +
    `<span>${escape(t('dashboard-page', { page: info.page, pages: info.pages }))}</span>` +
    `${info.page < info.pages ? link(info.page + 1, 'dashboard-next') : ''}</nav>`
  )
}

function taskItem(ctx: PageContext, task: TaskLine): string {
  const { t } = ctx
  const outcome = task.status === 'cancelled' ? 'cancelled' : (classifyTask(task, ctx.today) ?? 'cancelled')
  const due = task.dueDate
    ? t('dashboard-due', { date: date(task.dueDate) }) +
      (task.dueProvisional ? ` ${t('task-due-provisional')}` : '') +
      (task.extended ? ` ${t('task-due-extended')}` : '')
    : t('task-no-due')
  return (
    `<li><a href="${escape(href(ctx, 'task', { n: task.number }))}"><span class="num">${task.number}</span>` +
    `<span class="title">${escape(task.title)}</span>` +
    `<span class="meta">${escape(task.lead.join(', ') || '—')} · ${escape(due)} ${badge(t, outcome)}</span></a></li>`
  )
}

/** Tasks: the four classes of the list, then one page of it, by due date. */
export function tasksPage(
  ctx: PageContext,
  title: string,
  data: { counts: ClassCounts & { all: number }; rows: TaskLine[] },
  pageInfo: { page: number; pages: number },
  state: string,
): string {
  const { t } = ctx
  const fmt = numberFormat(ctx.locale)
  const states = ['all', 'open', 'overdue', 'done'].map(
    (s) =>
      `<a href="${escape(href(ctx, 'tasks', { state: s === 'all' ? null : s, page: null }))}"` +
      `${s === state ? ' aria-current="true"' : ''}>` +
      `${escape(t(`dashboard-state-${s}`))}</a>`,
  )
  const content =
    `<nav class="chips">${states.join('')}</nav>` +
    `<section class="card">${classFigures(ctx, data.counts)}` +
    `<p class="hint">${escape(t('dashboard-tasks-count', { count: fmt(data.counts.all) }))}</p>` +
    (data.rows.length === 0
      ? `<p class="hint">${escape(t('dashboard-nothing'))}</p>`
      : `<ol class="tasks">${data.rows.map((task) => taskItem(ctx, task)).join('')}</ol>`) +
    `</section>${pager(ctx, 'tasks', pageInfo)}`
  return page(ctx, 'tasks', title, content)
}

/** A task: what, who, when (the plan's words beside the date), its reports, extensions and history. */
export function taskPage(
  ctx: PageContext,
  data: { task: TaskFull; history: HistoryEvent[]; outcome: OutcomeClass | null; lateDays: number | null },
): string {
  const { t } = ctx
  const { task } = data
  const bodies = (role: 'lead' | 'coordinating' | 'recipient' | 'cc') =>
    task.bodies
      .filter((b) => b.role === role)
      .map((b) => b.body.name)
      .join(', ') || '—'
  const due = task.dueDate ? task.dueDate.toISOString().slice(0, 10) : null
  const row = (label: string, value: string) => `<tr><th>${escape(label)}</th><td>${value}</td></tr>`
  const facts = [
    row(t('dashboard-task-status'), badge(t, task.status === 'cancelled' ? 'cancelled' : (data.outcome ?? 'cancelled'))),
    row(t('dashboard-task-kind'), escape(t(`task-kind-${task.kind.replace(/_/g, '-')}`))),
    row(t('dashboard-task-lead'), escape(bodies('lead'))),
    row(t('dashboard-task-coordinating'), escape(bodies('coordinating'))),
    row(t('dashboard-task-recipient'), escape(`${bodies('recipient')} · ${t('dashboard-task-cc')}: ${bodies('cc')}`)),
    row(
      t('dashboard-task-due'),
      escape(
        (due ? date(due) : t('task-no-due')) +
          (task.dueProvisional ? ` ${t('task-due-provisional')}` : '') +
          (task.extended ? ` ${t('task-due-extended')}` : ''),
      ) +
        (task.deadlineText ? `<br><q>${escape(task.deadlineText)}</q>` : '') +
        (data.lateDays !== null ? `<br><b class="late">${escape(t('dashboard-late-days', { days: data.lateDays }))}</b>` : ''),
    ),
    ...(task.completedOn ? [row(t('dashboard-task-done-on'), escape(date(task.completedOn.toISOString().slice(0, 10))))] : []),
    ...(task.session ? [row(t('dashboard-task-session'), escape(`${task.session.number}. ${task.session.topic}`))] : []),
    ...(task.plan ? [row(t('dashboard-task-plan'), escape(`${task.plan.symbol ?? `#${task.plan.number}`} — ${task.plan.title}`))] : []),
    ...(task.cancelReason ? [row(t('dashboard-task-cancelled'), escape(task.cancelReason))] : []),
  ]
  const submissions = task.submissions.map(
    (s) =>
      `<li>${escape(
        t('task-submission-line', {
          body: s.body.shortName ?? s.body.name,
          document: s.documentNumber,
          date: date(s.documentDate.toISOString().slice(0, 10)),
          on: date(s.submittedOn.toISOString().slice(0, 10)),
          review: t(`review-${s.review}`),
        }),
      )}${s.reviewNote ? ` — ${escape(s.reviewNote)}` : ''}</li>`,
  )
  const extensions = task.extensions.map(
    (e) =>
      `<li>${escape(
        t('task-extension-line', {
          from: e.previousDue ? date(e.previousDue.toISOString().slice(0, 10)) : '—',
          to: date(e.requestedDue.toISOString().slice(0, 10)),
          reason: e.reason,
          state: t(`extension-state-${e.state}`),
        }),
      )}</li>`,
  )
  const history = data.history.map((event) => {
    const words = historyWords(event)
    const at = `${formatVietnamese(localDateOf(event.at, ctx.committee.timeZone))} ${localHhmm(event.at, ctx.committee.timeZone)}`
    return `<li><time>${escape(at)}</time> <b>${escape(event.actor ?? t('actor-system'))}</b>: ${escape(t(words.key, words.vars))}</li>`
  })
  const content =
    `<p class="lead">${escape(task.title)}</p>` +
    (task.detail && task.detail !== task.title ? `<blockquote>${escape(task.detail)}</blockquote>` : '') +
    `<table class="kv facts">${facts.join('')}</table>` +
    `<div class="grid">` +
    card(t('dashboard-task-submissions'), submissions.length ? `<ul>${submissions.join('')}</ul>` : `<p class="hint">—</p>`) +
    card(t('dashboard-task-extensions'), extensions.length ? `<ul>${extensions.join('')}</ul>` : `<p class="hint">—</p>`) +
    card(t('dashboard-task-history'), history.length ? `<ol class="history">${history.join('')}</ol>` : `<p class="hint">—</p>`, true) +
    `</div>`
  return page(ctx, 'task', t('dashboard-task-title', { number: task.number }), content)
}

function sessionWhen(t: Translate, s: TimelineEntry): string {
  if (s.heldOn && (s.status === 'held' || s.status === 'concluded')) {
    return date(s.heldOn)
  }
  if (s.precision === 'day' && s.windowStart) {
    const time = s.startHour !== null ? ` ${String(s.startHour).padStart(2, '0')}:${String(s.startMinute ?? 0).padStart(2, '0')}` : ''
    return `${date(s.windowStart)}${time}`
  }
  return s.timeText || t('dashboard-session-undated')
}

/** Sessions: the year as a timeline by month, each session with its readiness, tasks, opinions and conclusions. */
export function sessionsPage(
  ctx: PageContext,
  year: number,
  data: { total: number; rows: TimelineEntry[] },
  pageInfo: { page: number; pages: number },
): string {
  const { t } = ctx
  const fmt = numberFormat(ctx.locale)
  let month = ''
  const items: string[] = []
  for (const s of data.rows) {
    const day = s.heldOn ?? s.windowStart
    const key = day ? day.slice(0, 7) : 'undated'
    if (key !== month) {
      month = key
      const heading = day ? t('dashboard-month', { month: Number(day.slice(5, 7)), year: day.slice(0, 4) }) : t('dashboard-session-undated')
      items.push(`<li class="month"><h2>${escape(heading)}</h2></li>`)
    }
    const done = s.tasks.done_on_time + s.tasks.done_late
    const o = s.rollup.opinions
    const i = s.rollup.items
    const readiness = [
      t('dashboard-session-tasks', { done: fmt(done), total: fmt(s.tasks.total) }),
      ...(s.tasks.open_overdue > 0 ? [t('dashboard-session-overdue', { count: fmt(s.tasks.open_overdue) })] : []),
      ...(s.points > 0 ? [t('dashboard-session-points', { ready: s.ready, total: s.points })] : []),
    ]
    const held = s.status === 'held' || s.status === 'concluded'
    const itemCounts = { total: i.total, done: i.doneOnTime + i.doneLate, inProgress: i.inProgress, overdue: i.overdue }
    const after = held
      ? `<p class="rollup">${escape(
          t('dashboard-session-opinions', {
            received: o.received,
            atSession: o.answeredAtSession,
            writing: o.writing.done_on_time + o.writing.done_late,
            pending: pendingOpinions(o),
            overdue: o.writing.open_overdue,
          }),
        )}<br>${escape(t('dashboard-session-items', itemCounts))}</p>`
      : ''
    const barLabel = OUTCOME_CLASSES.map((c) => `${t(SHORT_KEYS[c])} ${s.tasks[c]}`).join(', ')
    const barParts = OUTCOME_CLASSES.filter((c) => s.tasks[c] > 0)
      .map((c) => `<span style="flex:${s.tasks[c]};background:${OUTCOME_COLOURS[c]}"></span>`)
      .join('')
    const bar = s.tasks.total ? `<div class="stack" role="img" aria-label="${escape(barLabel)}">${barParts}</div>` : ''
    items.push(
      `<li class="session ${s.status}"><div class="when">${escape(sessionWhen(t, s))}</div><div class="what">` +
        `<p><a href="${escape(href(ctx, 'tasks', { session: s.number, page: null, year: null }))}">` +
        `<b>${s.number}.</b> ${escape(s.topic)}</a> ` +
        `<span class="status">${escape(t(`session-status-${s.status}`))}</span></p>` +
        `${s.venue ? `<p class="hint">${escape(s.venue)}</p>` : ''}` +
        `<p class="meta">${escape(readiness.join(' · '))}</p>${bar}${after}</div></li>`,
    )
  }
  const content =
    `<p class="hint">${escape(t('dashboard-sessions-count', { count: fmt(data.total), year: String(year) }))}</p>` +
    (data.rows.length ? `<ol class="timeline">${items.join('')}</ol>` : `<p class="hint">${escape(t('dashboard-nothing'))}</p>`) +
    pager(ctx, 'sessions', pageInfo)
  return page(ctx, 'sessions', t('dashboard-sessions-title', { year: String(year) }), content, year)
}
