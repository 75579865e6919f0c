import type { Committee } from '../../db/repositories/index.js'
import type { ReportRepository } from '../../db/repositories/report-repository.js'
import type { AfterSessionReadModel } from '../after-session/read-model.js'
import type { Calendar } from '../calendar/calendar.js'
import { addDays, parts, type LocalDate } from '../calendar/local-date.js'
import type { OutcomeCounts } from '../tasks/outcomes.js'
import { zonedTime } from '../time.js'
import { overdueTasks } from './overdue.js'

/**
 * How much the summary shows: the same size at 100 tasks and at 100,000 — totals and their change,
 * the worst bodies, the oldest overdue tasks, the coming sessions, the week's extensions; every
 * count whole, every list the first few. The chart has one bar per body up to CHART_BODIES and one
 * "others" bar.
 */
export const SUMMARY_LIMITS = { bodies: 10, chartBodies: 29, overdue: 8, sessions: 6, extensions: 6 } as const

/** Everything the weekly summary says, gathered once; the text and the chart are drawn from it. */
export interface SummaryData {
  committee: Committee
  today: LocalDate
  /** The day the comparison is made with: a week earlier. */
  previousDay: LocalDate
  total: OutcomeCounts
  previous: OutcomeCounts
  /** By lead body, worst first (most overdue, then most late, then most tasks), at most SUMMARY_LIMITS.chartBodies. */
  byBody: { label: string; counts: OutcomeCounts }[]
  /** The bodies after those, summed; null when there are none. */
  otherBodies: { bodies: number; counts: OutcomeCounts } | null
  /** The oldest overdue tasks, and how many are overdue in all. */
  overdue: { number: number; title: string; body: string; due: LocalDate; lateDays: number }[]
  overdueTotal: number
  sessions: { number: number; topic: string; date: LocalDate | null; done: number; total: number }[]
  sessionsTotal: number
  extensions: { number: number; body: string; from: LocalDate | null; to: LocalDate }[]
  extensionsTotal: number
  /** Held sessions with what became of their opinions and conclusions (the section after the sessions). */
  afterSession?: Awaited<ReturnType<AfterSessionReadModel['summary']>>
}

const SESSION_HORIZON_DAYS = 30

/**
 * Gathers the summary of a committee on `today`, with a few bounded queries. "Last week" is the
 * same count as it stood seven days earlier: tasks created since then are left out of it, and
 * tasks completed since then were still open. Due dates are today's (an extension granted during
 * the week moves the task in both counts), which keeps the comparison about work done, not about
 * deadlines moved.
 */
export async function gatherSummary(
  reads: { reports: ReportRepository; afterSession: AfterSessionReadModel },
  committee: Committee,
  today: LocalDate,
  calendar: Calendar,
): Promise<SummaryData> {
  const { reports } = reads
  const previousDay = addDays(today, -7)
  const [counts, bodies, overdue, sessions, granted, afterSession] = await Promise.all([
    reports.weekCounts(committee.id, today, previousDay, committee.timeZone),
    reports.countsByLeadBody(committee.id, today, SUMMARY_LIMITS.chartBodies),
    overdueTasks(reports, committee.id, {}, today, calendar, { offset: 0, limit: SUMMARY_LIMITS.overdue }),
    reports.upcomingSessions(committee.id, today, addDays(today, SESSION_HORIZON_DAYS), SUMMARY_LIMITS.sessions, { undated: true }),
    reports.extensionsGranted(committee.id, zonedTime(parts(previousDay), committee.timeZone), SUMMARY_LIMITS.extensions),
    reads.afterSession.summary(committee.id, today),
  ])
  const others = bodies.find((row) => !row.isTop)
  return {
    committee,
    today,
    previousDay,
    total: counts.now,
    previous: counts.then,
    byBody: bodies.filter((row) => row.isTop).map((row) => ({ label: row.label, counts: row.counts })),
    otherBodies: others ? { bodies: others.bodies, counts: others.counts } : null,
    overdue: overdue.rows.map((row) => ({
      number: row.number,
      title: row.title,
      body: row.lead[0] ?? '?',
      due: row.due,
      lateDays: row.lateDays,
    })),
    overdueTotal: overdue.total,
    sessions: sessions.rows.map((s) => ({
      number: s.number,
      topic: s.topic,
      date: s.precision === 'day' && s.windowStart ? s.windowStart : null,
      done: s.done,
      total: s.tasks,
    })),
    sessionsTotal: sessions.total,
    extensions: granted.rows.map((row) => ({ number: row.number, body: row.label, from: row.previousDue, to: row.requestedDue })),
    extensionsTotal: granted.total,
    afterSession,
  }
}
