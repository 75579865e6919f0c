import type { Committee, Repositories, RollupItem, SessionWithDetails } from '../../db/repositories/index.js'
import type { Calendar } from '../calendar/calendar.js'
import { addDays, fromDbDate, makeDate, type LocalDate } from '../calendar/local-date.js'
import { emptyRollup, rollUpItems, rollUpOpinions, rollUpSessions, sumRollups, type SessionRollup } from './rollups.js'

/** Held sessions the weekly summary reports on: at most this many, latest first. */
export const SUMMARY_SESSIONS = 6

export interface SessionRollupLine {
  number: number
  topic: string
  heldOn: LocalDate | null
  rollup: SessionRollup
}

/** What the digest says after the sessions when something is due. */
export interface AfterSessionDigest {
  sessions: { number: number; topic: string; answersOverdue: number; answersDue: number; itemsOverdue: number; itemsDue: number }[]
  bridgePoints: { session: number; place: string; due: Date | null; body: string | null }[]
}

export type ReportPeriodKind = 'six_months' | 'annual'

/** Everything the six-month or annual report says, gathered from the data. */
export interface PeriodReportData {
  committee: Committee
  period: ReportPeriodKind
  year: number
  from: LocalDate
  to: LocalDate
  /** The day the counts stand on: today, or the period's end when it is over. */
  asOf: LocalDate
  held: SessionRollupLine[]
  notHeld: { number: number; topic: string; timeText: string; reason: string | null; cancelled: boolean }[]
  total: SessionRollup
  /** Opinions by field: the field as stored (a code or the words typed). */
  byField: { field: string | null; rollup: SessionRollup['opinions'] }[]
  /** Conclusion items by lead body. */
  byBody: { body: string; rollup: SessionRollup['items'] }[]
  overdue: { number: number; title: string; body: string; due: LocalDate; kind: 'item' | 'answer' }[]
}

const isHeld = (s: SessionWithDetails) => s.status === 'held' || s.status === 'concluded'
const leadName = (row: RollupItem) => row.lead ?? '?'

/** The after-session read model: roll-ups per session for /phien, the digest, the weekly summary and the reports. */
export function createAfterSessionReadModel(repos: Repositories) {
  // One reader of opinions and conclusion items for every roll-up (services/reports reads the same);
  // without session ids, those of every held session.
  const rows = (committeeId: number, sessionIds?: number[]) =>
    repos.reports.afterSessionRows(committeeId, sessionIds ? { sessionIds } : {}, null)

  return {
    /** One session's roll-up on `today`. */
    async forSession(session: { id: number; committeeId: number }, today: LocalDate): Promise<SessionRollup> {
      const { opinions, items } = await rows(session.committeeId, [session.id])
      return rollUpSessions(opinions, items, today).get(session.id) ?? emptyRollup()
    },

    /**
     * The held sessions of the summary: those held this year or with something still open, latest
     * first, at most SUMMARY_SESSIONS, and the total over all of them.
     */
    async summary(committeeId: number, today: LocalDate): Promise<{ sessions: SessionRollupLine[]; total: SessionRollup; more: number }> {
      const [held, { opinions, items }] = await Promise.all([repos.reports.heldSessions(committeeId), rows(committeeId)])
      const rollups = rollUpSessions(opinions, items, today)
      const year = today.slice(0, 4)
      const lines = held
        .map((s) => ({ number: s.number, topic: s.topic, heldOn: s.heldOn, rollup: rollups.get(s.id) ?? emptyRollup() }))
        .filter((line) => {
          const r = line.rollup
          const open =
            r.opinions.undecided + r.opinions.writing.open_in_term + r.opinions.writing.open_overdue + r.items.inProgress + r.items.overdue
          return open > 0 || line.heldOn?.slice(0, 4) === year
        })
        .sort((a, b) => (b.heldOn ?? '').localeCompare(a.heldOn ?? '') || b.number - a.number)
      return {
        sessions: lines.slice(0, SUMMARY_SESSIONS),
        total: sumRollups(lines.map((l) => l.rollup)),
        more: Math.max(0, lines.length - SUMMARY_SESSIONS),
      }
    },

    /**
     * What the digest adds after the sessions: per held session, written answers and conclusion items
     * overdue or due within the next three working days; bridge points of the next seven days not ready.
     */
    async digest(committeeId: number, today: LocalDate, calendar: Calendar): Promise<AfterSessionDigest> {
      // Counted where the rows are: the digest goes every working day, whatever the number of opinions.
      return repos.reports.digestAfterSession(committeeId, today, calendar.addWorkingDays(today, 3), addDays(today, 7))
    },

    /**
     * The report of a period (the first six months, or the year) as of `today`: sessions held and not
     * held (and why), opinions by field and outcome, conclusion items by body and outcome, overdue items.
     */
    async periodReport(committee: Committee, period: ReportPeriodKind, year: number, today: LocalDate): Promise<PeriodReportData> {
      const from = makeDate(year, 1, 1) ?? `${year}-01-01`
      const to = period === 'six_months' ? (makeDate(year, 6, 30) ?? `${year}-06-30`) : (makeDate(year, 12, 31) ?? `${year}-12-31`)
      const asOf = today < to ? today : to
      const sessions = await repos.sessions.list(committee.id)
      const day = (d: Date | null) => (d ? fromDbDate(d) : null)
      const heldInPeriod = sessions.filter((s) => {
        const on = day(s.heldOn) ?? (isHeld(s) ? day(s.windowStart) : null)
        return isHeld(s) && on !== null && on >= from && on <= asOf
      })
      // Not held: cancelled in the period, or planned for a window that ended by the report's day.
      const notHeld = sessions
        .filter((s) => !isHeld(s))
        .filter((s) => {
          const start = day(s.windowStart)
          const end = day(s.windowEnd)
          if (s.status === 'cancelled') {
            return start === null || (start <= to && (end ?? start) >= from)
          }
          return end !== null && end >= from && end < asOf
        })
        .map((s) => ({
          number: s.number,
          topic: s.topic,
          timeText: s.timeText,
          reason: s.statusReason,
          cancelled: s.status === 'cancelled',
        }))
      const { opinions, items } = await rows(
        committee.id,
        heldInPeriod.map((s) => s.id),
      )
      const rollups = rollUpSessions(opinions, items, asOf)
      const held = heldInPeriod
        .map((s) => ({
          number: s.number,
          topic: s.topic,
          heldOn: day(s.heldOn) ?? day(s.windowStart),
          rollup: rollups.get(s.id) ?? emptyRollup(),
        }))
        .sort((a, b) => (a.heldOn ?? '').localeCompare(b.heldOn ?? ''))
      const byField = [...rollUpOpinions(opinions, asOf, (row) => row.field).entries()]
        .map(([field, rollup]) => ({ field, rollup }))
        .sort((a, b) => b.rollup.received - a.rollup.received)
      const byBody = [...rollUpItems(items, asOf, leadName).entries()]
        .map(([body, rollup]) => ({ body, rollup }))
        .sort((a, b) => b.rollup.total - a.rollup.total || a.body.localeCompare(b.body, 'vi'))
      const overdueItems = items.flatMap((i) =>
        i.task.status === 'open' && i.task.dueDate && i.task.dueDate < asOf
          ? [{ number: i.number, title: i.title, body: leadName(i), due: i.task.dueDate, kind: 'item' as const }]
          : [],
      )
      const answerTasks = await repos.tasks.listOfKind(committee.id, 'opinion_answer', ['open'])
      const heldIds = new Set(heldInPeriod.map((s) => s.id))
      const overdueAnswers = answerTasks
        .filter((t) => t.sessionId !== null && heldIds.has(t.sessionId) && t.dueDate && fromDbDate(t.dueDate) < asOf)
        .map((t) => ({
          number: t.number,
          title: t.title,
          body: t.bodies.find((b) => b.role === 'lead')?.body.name ?? '?',
          due: fromDbDate(t.dueDate ?? new Date()),
          kind: 'answer' as const,
        }))
      return {
        committee,
        period,
        year,
        from,
        to,
        asOf,
        held,
        notHeld,
        total: sumRollups(held.map((h) => h.rollup)),
        byField,
        byBody,
        overdue: [...overdueItems, ...overdueAnswers].sort((a, b) => a.due.localeCompare(b.due) || a.number - b.number),
      }
    },
  }
}
export type AfterSessionReadModel = ReturnType<typeof createAfterSessionReadModel>
