import type { BodySort, Committee, MemberRole, Repositories, TaskFull, TaskQuery, TimelineSession } from '../../db/repositories/index.js'
import type { AfterSessionReadModel } from '../after-session/read-model.js'
import { emptyRollup, rollUpSessions, sumRollups, type SessionRollup } from '../after-session/rollups.js'
import type { Calendar } from '../calendar/calendar.js'
import { localDateOf, type LocalDate } from '../calendar/local-date.js'
import type { Clock } from '../clock.js'
import type { CommitteeCalendarService } from '../committee-calendar.js'
import { UserError } from '../errors.js'
import type { HistoryEvent } from '../tasks/history.js'
import { classifyTask, type OutcomeClass } from '../tasks/outcomes.js'
import { gatherDigest } from './digest.js'
import { taskQueryOf, weekEnds, type ReportFilter } from './filters.js'
import { overdueTasks } from './overdue.js'
import { maySeeTask, readScopeOf, restrictQuery, type ReadScope } from './scope.js'
import { gatherSummary } from './summary.js'

export type { ReadScope } from './scope.js'
export type { ReportFilter, Period } from './filters.js'
export { parsePeriod, periodChoices, NO_FILTER } from './filters.js'
export type { OverdueTask } from './overdue.js'

/** Weeks the trend looks back over. */
export const TREND_WEEKS = 12

export interface ReportServiceDeps {
  repos: Repositories
  calendars: Pick<CommitteeCalendarService, 'forCommittee'>
  clock: Clock
  afterSession: AfterSessionReadModel
  /** A task's history, worded by the task service (who did what, when). */
  history: (committeeId: number, taskId: number) => Promise<HistoryEvent[]>
}

/** A page asked for: offset and size. */
export interface Page {
  offset: number
  limit: number
}

/** A session of the year's timeline, with its readiness and its roll-up. */
export interface TimelineEntry extends TimelineSession {
  rollup: SessionRollup
}

/**
 * The read model (DESIGN §3, issue 16): the one place that answers "how are we doing" — for a
 * committee, a plan, a session, a body or a period — for the digest, the weekly summary, the chat's
 * lists and the dashboard. The numbers come from the SQL read model (db/repositories/report-repository.ts:
 * pages and aggregates, never a whole table) and the after-session roll-ups (after-session/rollups.ts);
 * who may read what is decided by the scope (scope.ts), here and not in handlers.
 */
export function createReportService(deps: ReportServiceDeps) {
  const { repos, calendars, clock, afterSession } = deps
  const sql = repos.reports
  const reads = { reports: sql, afterSession }

  const todayOf = (committee: Pick<Committee, 'timeZone'>): LocalDate => localDateOf(clock.now(), committee.timeZone)
  const queryOf = (scope: ReadScope, filter: ReportFilter, extra: TaskQuery = {}) =>
    restrictQuery(scope, { ...taskQueryOf(filter), ...extra })

  /** The bodies whose opinions and conclusion items a report counts: the filter's body within the scope. */
  function afterSessionBodies(scope: ReadScope, filter: ReportFilter): number[] | null {
    if (filter.bodyId === null) {
      return scope.bodyIds
    }
    return scope.bodyIds === null || scope.bodyIds.includes(filter.bodyId) ? [filter.bodyId] : []
  }

  const service = {
    // The chat's lists read their pages and counts straight from SQL (one page, whole counts).
    taskPage: (...args: Parameters<typeof sql.taskPage>) => sql.taskPage(...args),
    taskCounts: (...args: Parameters<typeof sql.taskCounts>) => sql.taskCounts(...args),
    sessionPage: (...args: Parameters<typeof sql.sessionPage>) => sql.sessionPage(...args),
    sessionCounts: (...args: Parameters<typeof sql.sessionCounts>) => sql.sessionCounts(...args),

    /**
     * Who reads, and what: refused (UserError) for someone without a role in the committee. A caller
     * that has the committee and the role already (people.context) passes them.
     */
    scope: (committee: Committee | number, personId: number, known?: { role: MemberRole | null }) =>
      readScopeOf(repos, committee, personId, known),

    /** The committee's local date now. */
    today: todayOf,

    /** The daily digest's data (jobs/daily-digest.ts words it). */
    digest: (committee: Committee, today: LocalDate, calendar: Calendar) => gatherDigest(reads, committee, today, calendar),

    /** The weekly summary's data (jobs/weekly-summary.ts words and draws it). */
    summary: (committee: Committee, today: LocalDate, calendar: Calendar) => gatherSummary(reads, committee, today, calendar),

    /** The four classes of the tasks the filter selects on `day`, and how many tasks in all. */
    classes(scope: ReadScope, filter: ReportFilter, day: LocalDate) {
      return sql.taskCounts(scope.committee.id, queryOf(scope, filter), day)
    },

    /** The four classes as they stood at the end of each of the last `weeks` weeks (today last). */
    trend(scope: ReadScope, filter: ReportFilter, day: LocalDate, weeks = TREND_WEEKS) {
      return sql.classesOn(scope.committee.id, queryOf(scope, filter), weekEnds(day, weeks), scope.committee.timeZone)
    },

    /** The classes by lead body, most overdue first: the first `top` bodies and the rest summed. */
    byLeadBody(scope: ReadScope, filter: ReportFilter, day: LocalDate, top: number) {
      return sql.countsByLeadBody(scope.committee.id, day, top, queryOf(scope, filter))
    },

    /** Overdue tasks with their working days late, oldest first, one page. */
    async overdue(scope: ReadScope, filter: ReportFilter, day: LocalDate, page: Page) {
      const calendar = await calendars.forCommittee(scope.committee.id)
      return overdueTasks(sql, scope.committee.id, queryOf(scope, filter), day, calendar, page)
    },

    /**
     * Opinions by what became of them and conclusion items by state, over the held sessions the
     * filter selects (a plan; a period by the day held), on `day`; for a body (or a contact's
     * bodies), the opinions it answers and the items it leads.
     */
    async afterSession(scope: ReadScope, filter: ReportFilter, day: LocalDate): Promise<SessionRollup & { sessions: number }> {
      const rows = await sql.afterSessionRows(
        scope.committee.id,
        {
          ...(filter.planId !== null ? { planId: filter.planId } : {}),
          ...(filter.period ? { heldFrom: filter.period.from, heldTo: filter.period.to } : {}),
        },
        afterSessionBodies(scope, filter),
      )
      const bySession = rollUpSessions(rows.opinions, rows.items, day)
      return { ...sumRollups(bySession.values()), sessions: bySession.size }
    },

    /** The bodies (a contact's own only) with the classes of the tasks each leads, sorted, one page. */
    bodies(scope: ReadScope, filter: ReportFilter, day: LocalDate, sort: BodySort, page: Page) {
      const bodyIds = afterSessionBodies(scope, filter)
      return sql.bodyTable(scope.committee.id, taskQueryOf({ ...filter, bodyId: null }), bodyIds, day, sort, page)
    },

    /** One page of the tasks the filter selects (and `extra` narrows: a lead body, open only…), with the classes of all of them. */
    async tasks(scope: ReadScope, filter: ReportFilter, extra: TaskQuery, day: LocalDate, page: Page) {
      const query = queryOf(scope, filter, extra)
      const counts = await sql.taskCounts(scope.committee.id, query, day)
      const rows = counts.all > page.offset ? await sql.taskPage(scope.committee.id, query, page.offset, page.limit) : []
      return { counts, rows }
    },

    /**
     * One task with its submissions, extensions and history, and its class on `day`; refused
     * (UserError) when unknown or when the scope may not read it (another body's task).
     */
    async task(
      scope: ReadScope,
      number: number,
      day: LocalDate,
    ): Promise<{ task: TaskFull; history: HistoryEvent[]; outcome: OutcomeClass | null; lateDays: number | null }> {
      const task = await repos.tasks.findByNumber(scope.committee.id, number)
      if (!task) {
        throw new UserError('task-error-unknown-number', { number })
      }
      if (!maySeeTask(scope, task.bodies)) {
        throw new UserError('task-error-not-your-task', { number })
      }
      const due = task.dueDate ? task.dueDate.toISOString().slice(0, 10) : null
      const outcome = classifyTask(
        { status: task.status, dueDate: due, completedOn: task.completedOn ? task.completedOn.toISOString().slice(0, 10) : null },
        day,
      )
      const lateDays =
        outcome === 'open_overdue' && due ? (await calendars.forCommittee(scope.committee.id)).countWorkingDays(due, day) : null
      return { task, history: await deps.history(scope.committee.id, task.id), outcome, lateDays }
    },

    /**
     * The year's sessions in time order (the undated ones last, in the current year), one page: each
     * with its tasks' classes (a contact's bodies' only), its bridge points' readiness and the
     * roll-up of its opinions and conclusion items.
     */
    async sessions(
      scope: ReadScope,
      options: { year: number; planId: number | null },
      day: LocalDate,
      page: Page,
    ): Promise<{ total: number; rows: TimelineEntry[] }> {
      const found = await sql.sessionTimeline(
        scope.committee.id,
        {
          from: `${options.year}-01-01`,
          to: `${options.year}-12-31`,
          ...(options.planId !== null ? { planId: options.planId } : {}),
          undated: Number(day.slice(0, 4)) === options.year,
        },
        scope.bodyIds,
        day,
        page,
      )
      const rows = await sql.afterSessionRows(scope.committee.id, { sessionIds: found.rows.map((s) => s.id) }, scope.bodyIds)
      const rollups = rollUpSessions(rows.opinions, rows.items, day)
      return { total: found.total, rows: found.rows.map((s) => ({ ...s, rollup: rollups.get(s.id) ?? emptyRollup() })) }
    },

    /** A session by its number (sessions are the committee's public facts); refused (UserError) when unknown. */
    async session(scope: ReadScope, number: number): Promise<{ id: number; number: number; topic: string }> {
      const session = await repos.sessions.findByNumber(scope.committee.id, number)
      if (!session) {
        throw new UserError('session-error-unknown-number', { number })
      }
      return { id: session.id, number: session.number, topic: session.topic }
    },

    /** What the filters offer: the committee's plans and bodies (a contact's own bodies only). */
    async choices(scope: ReadScope) {
      const [plans, bodies] = await Promise.all([repos.plans.list(scope.committee.id), repos.bodies.listActive(scope.committee.id)])
      return {
        plans: plans.map((p) => ({ id: p.id, number: p.number, title: p.title, symbol: p.symbol, year: p.year })),
        bodies: bodies
          .filter((b) => scope.bodyIds === null || scope.bodyIds.includes(b.id))
          .map((b) => ({ id: b.id, number: b.number, name: b.name, shortName: b.shortName })),
      }
    },
  }
  return service
}
export type ReportService = ReturnType<typeof createReportService>
