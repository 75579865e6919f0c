import type { Committee } from '../db/repositories/index.js'
import { clip } from '../services/text.js'
import type { Calendar } from '../services/calendar/calendar.js'
import { addDays, formatVietnamese, fromDbDate, localDateOf, parts, weekday, type LocalDate } from '../services/calendar/local-date.js'
import type { Services } from '../services/index.js'
import { zonedTime } from '../services/time.js'
import { afterSessionSummaryLines } from './after-session-content.js'
import { countOutcomes, OUTCOME_CLASSES, type OutcomeClass, type OutcomeCounts } from '../services/tasks/outcomes.js'

type Translate = (key: string, vars?: Record<string, string | number>) => string

/** Everything the weekly summary says, gathered once; the text and the chart are drawn from it. */
export interface SummaryData {
  committee: Committee
  today: LocalDate
  /** The day the comparison is made with: a week earlier. */
  previousDay: LocalDate
  total: OutcomeCounts
  previous: OutcomeCounts
  /** By lead body, most tasks first. */
  byBody: { label: string; counts: OutcomeCounts }[]
  overdue: { number: number; title: string; body: string; due: LocalDate; lateDays: number }[]
  sessions: { number: number; topic: string; date: LocalDate | null; done: number; total: number }[]
  extensions: { number: number; body: string; from: LocalDate | null; to: LocalDate }[]
  /** Held sessions with what became of their opinions and conclusions (the section after the sessions). */
  afterSession?: Awaited<ReturnType<Services['afterSession']['read']['summary']>>
}

const SESSION_HORIZON_DAYS = 30
const bodyLabel = (body: { name: string; shortName: string | null } | undefined) => body?.shortName ?? body?.name ?? '?'

/**
 * Gathers the summary of a committee on `today`. "Last week" is the same count as it stood seven
 * days earlier: tasks created since then are left out of it, and tasks completed since then were
 * still open. Due dates are today's (an extension granted during the week moves the task in both
 * counts), which keeps the comparison about work done, not about deadlines moved.
 */
export async function gatherSummary(services: Services, committee: Committee, today: LocalDate, calendar: Calendar): Promise<SummaryData> {
  const previousDay = addDays(today, -7)
  const [tasks, sessions, granted] = await Promise.all([
    services.tasks.list(committee.id, { status: ['open', 'done'] }),
    services.sessions.list(committee.id),
    services.tasks.extensionsGranted(committee.id, zonedTime(parts(previousDay), committee.timeZone)),
  ])
  const asOutcome = tasks.map((task) => ({
    task,
    status: task.status,
    dueDate: task.dueDate ? fromDbDate(task.dueDate) : null,
    completedOn: task.completedOn ? fromDbDate(task.completedOn) : null,
    extended: task.extended,
  }))
  const lead = (task: (typeof tasks)[number]) => task.bodies.find((b) => b.role === 'lead')?.body
  const now = countOutcomes(asOutcome, today, (entry) => [bodyLabel(lead(entry.task))])
  const then = countOutcomes(
    asOutcome
      .filter((entry) => localDateOf(entry.task.createdAt, committee.timeZone) <= previousDay)
      .map((entry) =>
        entry.completedOn !== null && entry.completedOn > previousDay ? { ...entry, status: 'open' as const, completedOn: null } : entry,
      ),
    previousDay,
  )
  const byBody = [...now.groups.entries()]
    .map(([label, counts]) => ({ label: String(label), counts }))
    .sort((a, b) => b.counts.total - a.counts.total || a.label.localeCompare(b.label, 'vi'))
  const overdue = asOutcome
    .filter((entry) => entry.status === 'open' && entry.dueDate !== null && entry.dueDate < today)
    .map((entry) => ({
      number: entry.task.number,
      title: entry.task.title,
      body: bodyLabel(lead(entry.task)),
      due: entry.dueDate ?? today,
      lateDays: calendar.countWorkingDays(entry.dueDate ?? today, today),
    }))
    .sort((a, b) => b.lateDays - a.lateDays || a.number - b.number)
  const horizon = addDays(today, SESSION_HORIZON_DAYS)
  const upcoming = sessions.upcoming
    .filter((s) => s.status !== 'cancelled' && (s.windowStart === null || fromDbDate(s.windowStart) <= horizon))
    .filter((s) => s.windowEnd === null || fromDbDate(s.windowEnd) >= today)
    .map((s) => {
      const own = tasks.filter((task) => task.sessionId === s.id)
      return {
        number: s.number,
        topic: s.topic,
        date: s.precision === 'day' && s.windowStart ? fromDbDate(s.windowStart) : null,
        done: own.filter((task) => task.status === 'done').length,
        total: own.length,
      }
    })
  const extensions = granted.map((request) => ({
    number: request.task.number,
    body: bodyLabel(request.body),
    from: request.previousDue ? fromDbDate(request.previousDue) : null,
    to: fromDbDate(request.requestedDue),
  }))
  const afterSession = await services.afterSession.read.summary(committee.id, today)
  return {
    committee,
    today,
    previousDay,
    total: now.total,
    previous: then.total,
    byBody,
    overdue,
    sessions: upcoming,
    extensions,
    afterSession,
  }
}

const OUTCOME_KEYS: Record<OutcomeClass, string> = {
  done_on_time: 'outcome-done-on-time',
  done_late: 'outcome-done-late',
  open_in_term: 'outcome-open-in-term',
  open_overdue: 'outcome-open-overdue',
}
const SHORT_KEYS: Record<OutcomeClass, string> = {
  done_on_time: 'summary-short-on-time',
  done_late: 'summary-short-late',
  open_in_term: 'summary-short-in-term',
  open_overdue: 'summary-short-overdue',
}

/** The legend of the chart, in the reader's language. */
export function outcomeLegend(t: Translate): Record<OutcomeClass, string> {
  return Object.fromEntries(OUTCOME_CLASSES.map((c) => [c, t(SHORT_KEYS[c])])) as Record<OutcomeClass, string>
}

const short = (date: LocalDate) => formatVietnamese(date).slice(0, 5)
const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '±0')
const capitalize = (text: string) => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1)

/** The summary as text (may be longer than one message; the caller splits it on lines). */
export function summaryText(t: Translate, data: SummaryData): string {
  const lines: string[] = [
    t('summary-header', { committee: data.committee.name }),
    t('summary-as-of', {
      weekday: t(`weekday-${weekday(data.today)}`),
      date: formatVietnamese(data.today),
      previous: short(data.previousDay),
    }),
    ...OUTCOME_CLASSES.map((c) =>
      t('summary-class-line', {
        label: capitalize(t(OUTCOME_KEYS[c])),
        count: data.total[c],
        change: signed(data.total[c] - data.previous[c]),
      }),
    ),
    t('summary-total', { count: data.total.total, change: signed(data.total.total - data.previous.total) }),
  ]
  if (data.byBody.length > 0) {
    lines.push('', t('summary-by-body'))
    for (const row of data.byBody) {
      const words = OUTCOME_CLASSES.filter((c) => row.counts[c] > 0).map((c) => `${row.counts[c]} ${t(SHORT_KEYS[c])}`)
      lines.push(`• ${row.label}: ${words.join(' · ')}`)
    }
  }
  lines.push('')
  if (data.overdue.length > 0) {
    lines.push(t('summary-overdue', { count: data.overdue.length }))
    for (const task of data.overdue) {
      lines.push(
        t('summary-overdue-line', {
          number: task.number,
          body: task.body,
          title: clip(task.title, 70),
          days: task.lateDays,
          due: short(task.due),
        }),
      )
    }
  } else {
    lines.push(t('summary-no-overdue'))
  }
  lines.push('')
  if (data.sessions.length > 0) {
    lines.push(t('summary-sessions'))
    for (const s of data.sessions) {
      lines.push(
        t('summary-session-line', {
          number: s.number,
          topic: clip(s.topic, 60),
          when: s.date ? `${t(`weekday-${weekday(s.date)}`)} ${short(s.date)}` : t('digest-session-window'),
          done: s.done,
          total: s.total,
        }),
      )
    }
  } else {
    lines.push(t('summary-no-sessions'))
  }
  if (data.extensions.length > 0) {
    lines.push('', t('summary-extensions', { count: data.extensions.length }))
    for (const e of data.extensions) {
      lines.push(t('summary-extension-line', { number: e.number, body: e.body, from: e.from ? short(e.from) : '—', to: short(e.to) }))
    }
  }
  const after = data.afterSession ? afterSessionSummaryLines(t, data.afterSession) : []
  if (after.length > 0) {
    lines.push('', ...after)
  }
  return lines.join('\n')
}
