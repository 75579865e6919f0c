import { Prisma } from '../../generated/prisma/client.js'
import type { DbClient, TaskKind } from './client-types.js'

/**
 * The read model in SQL (DESIGN §3): pages of tasks and sessions read by the database with an
 * index on their sort key, and the four outcome classes counted where the rows are. Nothing here
 * loads a committee's whole table, and no statement binds one parameter per row (lists of ids go
 * as one array parameter), so the cost of an answer follows its page, not the committee's size.
 *
 * Dates come and go as local dates ("2026-03-02", the text form of a DATE column). The outcome of a
 * task follows services/tasks/outcomes.ts `classifyTask` (a test keeps them equal).
 */

/** Which tasks a list or a count is about. */
export interface TaskQuery {
  /** Tasks these bodies lead or coordinate. */
  bodyIds?: number[]
  /** Tasks this body leads (its first lead, as the summary's bars count them). */
  leadBodyId?: number
  sessionId?: number
  planId?: number
  status?: ('open' | 'done' | 'cancelled')[]
  kind?: TaskKind
  /** Due on or after this day (inclusive). */
  dueFrom?: string
  /** Due on or before this day (inclusive). */
  dueTo?: string
}

/** One line of a task list. */
export interface TaskLine {
  id: number
  number: number
  title: string
  status: 'open' | 'done' | 'cancelled'
  dueDate: string | null
  dueProvisional: boolean
  extended: boolean
  completedOn: string | null
  deadlineText: string | null
  sessionNumber: number | null
  /** The lead bodies' short names (or names). */
  lead: string[]
}

/** Counts by outcome class (same shape as services/tasks/outcomes.ts `OutcomeCounts`). */
export interface ClassCounts {
  done_on_time: number
  done_late: number
  open_in_term: number
  open_overdue: number
  /** Tasks with a class (all but cancelled). */
  total: number
  extended: number
}

export interface SessionLine {
  id: number
  number: number
  topic: string
  precision: 'day' | 'month' | 'quarter' | 'unscheduled'
  windowStart: string | null
  windowEnd: string | null
  startHour: number | null
  startMinute: number | null
  timeText: string
  status: 'planned' | 'scheduled' | 'held' | 'concluded' | 'cancelled'
  /** Held, concluded, cancelled, or its window is over. */
  past: boolean
}

/** A reminder step recorded today for a task: what its message says and who must hear it. */
export interface RecordedReminder {
  taskId: number
  number: number
  title: string
  dueDate: string
  step: string
  level: number
  daysLeft: number
  leadBodyId: number | null
  leadName: string | null
}

/** A range of due dates that gives the same reminder step today (see services/tasks/reminders.ts). */
export interface ReminderRange {
  from: string
  /** Exclusive. */
  to: string
  step: string
  level: number
  daysLeft: number
}

/** What a body table is sorted by. */
export interface BodySort {
  by: 'name' | 'total' | 'done_on_time' | 'done_late' | 'open_in_term' | 'open_overdue'
  descending: boolean
}

const BODY_SORTS: Record<BodySort['by'], string> = {
  name: 'coalesce(b.short_name, b.name)',
  total: 'coalesce(p.total, 0)',
  done_on_time: 'coalesce(p.done_on_time, 0)',
  done_late: 'coalesce(p.done_late, 0)',
  open_in_term: 'coalesce(p.open_in_term, 0)',
  open_overdue: 'coalesce(p.open_overdue, 0)',
}

/** One row of the body table. */
export interface BodyRow {
  id: number
  number: number
  name: string
  shortName: string | null
  counts: ClassCounts
}

/** One session of a timeline, with its tasks' classes and its bridge points' readiness. */
export interface TimelineSession {
  id: number
  number: number
  topic: string
  precision: SessionLine['precision']
  windowStart: string | null
  windowEnd: string | null
  heldOn: string | null
  startHour: number | null
  startMinute: number | null
  timeText: string
  status: SessionLine['status']
  format: 'in_person' | 'online' | 'alternatives'
  venue: string | null
  planNumber: number | null
  tasks: ClassCounts
  points: number
  ready: number
}

/** A task's dates as the roll-ups classify it (local dates). */
export interface RollupTask {
  status: 'open' | 'done' | 'cancelled'
  dueDate: string | null
  completedOn: string | null
}

/** An opinion as the roll-ups count it. */
export interface RollupOpinion {
  sessionId: number
  sessionNumber: number
  sessionTopic: string
  /** The first day of the session's window (its day, once set). */
  sessionStart: string | null
  outcome: 'pending' | 'answered_at_session' | 'in_writing' | 'transferred'
  field: string | null
  bodyId: number | null
  task: RollupTask | null
}

/** A conclusion item as the roll-ups count it. */
export interface RollupItem {
  sessionId: number
  sessionNumber: number
  sessionTopic: string
  /** The first day of the session's window (its day, once set). */
  sessionStart: string | null
  ongoing: boolean
  number: number
  title: string
  /** Its lead body's name. */
  lead: string | null
  task: RollupTask
}

const TIME_ZONE_DEFAULT = 'Asia/Ho_Chi_Minh'

/** `CASE … END` giving a task's outcome class on `today` (null for a cancelled task). */
function onTime(alias: string): Prisma.Sql {
  const t = Prisma.raw(alias)
  return Prisma.sql`(${t}.due_date IS NULL OR coalesce(${t}.completed_on <= ${t}.due_date, false))`
}

/** The count columns of the four classes, over rows of `tasks` aliased `alias`. */
function countColumns(today: string, alias = 't'): Prisma.Sql {
  const t = Prisma.raw(alias)
  return Prisma.sql`
    count(*) FILTER (WHERE ${t}.status <> 'cancelled')::int AS total,
    count(*) FILTER (WHERE ${t}.status = 'done' AND ${onTime(alias)})::int AS done_on_time,
    count(*) FILTER (WHERE ${t}.status = 'done' AND NOT ${onTime(alias)})::int AS done_late,
    count(*) FILTER (WHERE ${t}.status = 'open' AND (${t}.due_date IS NULL OR ${t}.due_date >= ${today}::date))::int AS open_in_term,
    count(*) FILTER (WHERE ${t}.status = 'open' AND ${t}.due_date < ${today}::date)::int AS open_overdue,
    count(*) FILTER (WHERE ${t}.status <> 'cancelled' AND ${t}.extended)::int AS extended`
}

/**
 * The same columns over task_counts rows (aliased `t`): sums of `n`, with on_time kept per row. The
 * day is a local date, or an SQL expression (a column, when several days are counted at once).
 */
function sumColumns(today: string | Prisma.Sql): Prisma.Sql {
  const day = typeof today === 'string' ? Prisma.sql`${today}::date` : today
  return Prisma.sql`
    coalesce(sum(t.n) FILTER (WHERE t.status <> 'cancelled'), 0)::int AS total,
    coalesce(sum(t.n) FILTER (WHERE t.status = 'done' AND t.on_time), 0)::int AS done_on_time,
    coalesce(sum(t.n) FILTER (WHERE t.status = 'done' AND NOT t.on_time), 0)::int AS done_late,
    coalesce(sum(t.n) FILTER (WHERE t.status = 'open' AND (t.due_date IS NULL OR t.due_date >= ${day})), 0)::int AS open_in_term,
    coalesce(sum(t.n) FILTER (WHERE t.status = 'open' AND t.due_date < ${day}), 0)::int AS open_overdue,
    coalesce(sum(t.n) FILTER (WHERE t.status <> 'cancelled' AND t.extended), 0)::int AS extended`
}

function toCounts(row: Partial<ClassCounts> | undefined): ClassCounts {
  return {
    done_on_time: row?.done_on_time ?? 0,
    done_late: row?.done_late ?? 0,
    open_in_term: row?.open_in_term ?? 0,
    open_overdue: row?.open_overdue ?? 0,
    total: row?.total ?? 0,
    extended: row?.extended ?? 0,
  }
}

/** The WHERE conditions of a task query (tasks aliased `t`). */
function taskConditions(committeeId: number, query: TaskQuery): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`t.committee_id = ${committeeId}`]
  if (query.bodyIds) {
    // One array parameter however many bodies; the body's index range, then the task by its key.
    parts.push(Prisma.sql`t.id IN (SELECT tb.task_id FROM task_bodies tb
      WHERE tb.body_id = ANY(${query.bodyIds}::int[]) AND tb.role IN ('lead', 'coordinating'))`)
  }
  if (query.leadBodyId !== undefined) {
    parts.push(Prisma.sql`t.lead_body_id = ${query.leadBodyId}`)
  }
  if (query.sessionId !== undefined) {
    parts.push(Prisma.sql`t.session_id = ${query.sessionId}`)
  }
  if (query.planId !== undefined) {
    parts.push(Prisma.sql`t.plan_id = ${query.planId}`)
  }
  if (query.status?.length === 1) {
    parts.push(Prisma.sql`t.status = ${query.status[0]}::"TaskStatus"`)
  } else if (query.status) {
    parts.push(Prisma.sql`t.status = ANY(string_to_array(${query.status.join(',')}, ',')::"TaskStatus"[])`)
  }
  if (query.kind) {
    parts.push(Prisma.sql`t.kind = ${query.kind}::"TaskKind"`)
  }
  if (query.dueFrom) {
    parts.push(Prisma.sql`t.due_date >= ${query.dueFrom}::date`)
  }
  if (query.dueTo) {
    parts.push(Prisma.sql`t.due_date <= ${query.dueTo}::date`)
  }
  return Prisma.join(parts, ' AND ')
}

const LEAD_LABELS = Prisma.sql`ARRAY(SELECT coalesce(b.short_name, b.name) FROM task_bodies tb JOIN bodies b ON b.id = tb.body_id
  WHERE tb.task_id = t.id AND tb.role = 'lead' ORDER BY tb.id)`

/** Conditions for sessions that are over: held, concluded, cancelled, or past their window. */
const sessionPast = (today: string) =>
  Prisma.sql`(s.status IN ('held', 'concluded', 'cancelled') OR (s.window_end IS NOT NULL AND s.window_end < ${today}::date))`

/** A query by status and due dates only: its counts can be summed from task_counts. */
const isCommitteeWide = (query: TaskQuery) =>
  !query.bodyIds && query.leadBodyId === undefined && query.sessionId === undefined && query.planId === undefined && !query.kind

/** The instant a local day ends (the next day's midnight in the committee's zone), for comparing with created_at. */
const endOfDay = (day: Prisma.Sql, timeZone: string) => Prisma.sql`((${day} + 1)::timestamp AT TIME ZONE ${timeZone})`

export function createReportRepository(db: DbClient) {
  /**
   * The four classes of the tasks a query selects as they stood at the end of each of `days`
   * (local dates, in the order given): tasks created after a day are left out of it, tasks
   * completed after it were still open then; due dates are today's. Cancelled tasks count on no
   * day. A committee-wide query sums task_counts for every day and corrects it by the few tasks
   * created or completed since the earliest day (read through their indexes); a narrower one
   * (a body, a plan…) counts its own tasks once for all the days.
   */
  async function classesOn(
    committeeId: number,
    query: TaskQuery,
    days: string[],
    timeZone: string = TIME_ZONE_DEFAULT,
  ): Promise<{ day: string; counts: ClassCounts }[]> {
    if (days.length === 0) {
      return []
    }
    const first = [...days].sort()[0] ?? days[0]!
    const day = Prisma.sql`d.day`
    const conditions = taskConditions(committeeId, { ...query, status: undefined })
    const rows = isCommitteeWide(query)
      ? await db.$queryRaw<(ClassCounts & { day: string })[]>`
          WITH d AS (SELECT DISTINCT unnest(${days}::date[]) AS day),
          recent AS (
            -- Grouped by what the corrections read (tasks are made and done in batches: few groups).
            SELECT t.status, t.due_date, t.completed_on, t.extended, ${onTime('t')} AS on_time,
              (t.created_at AT TIME ZONE ${timeZone})::date AS created_on, count(*)::int AS n
            FROM tasks t
            WHERE ${conditions} AND t.status IN ('open', 'done')
              AND (t.created_at >= ${endOfDay(Prisma.sql`${first}::date`, timeZone)}
                OR (t.status = 'done' AND t.completed_on > ${first}::date))
            GROUP BY 1, 2, 3, 4, 5, 6
          ), t AS (
            SELECT d.day, t.status, t.due_date, t.on_time, t.extended, t.n FROM d CROSS JOIN task_counts t
            WHERE ${conditions} AND t.status IN ('open', 'done')
            UNION ALL
            SELECT d.day, r.status, r.due_date, r.on_time, r.extended, -r.n FROM d JOIN recent r
              ON r.created_on > d.day OR (r.status = 'done' AND r.completed_on > d.day)
            UNION ALL
            SELECT d.day, 'open'::"TaskStatus", r.due_date, false, r.extended, r.n FROM d JOIN recent r
              ON r.created_on <= d.day AND r.status = 'done' AND r.completed_on > d.day
          )
          SELECT t.day::text AS day, ${sumColumns(Prisma.sql`t.day`)} FROM t GROUP BY t.day`
      : await db.$queryRaw<(ClassCounts & { day: string })[]>`
          WITH d AS (SELECT DISTINCT unnest(${days}::date[]) AS day)
          SELECT d.day::text AS day,
            count(*) FILTER (WHERE t.created_at < ${endOfDay(day, timeZone)})::int AS total,
            count(*) FILTER (WHERE t.created_at < ${endOfDay(day, timeZone)} AND t.status = 'done'
              AND NOT coalesce(t.completed_on > d.day, false) AND ${onTime('t')})::int AS done_on_time,
            count(*) FILTER (WHERE t.created_at < ${endOfDay(day, timeZone)} AND t.status = 'done'
              AND NOT coalesce(t.completed_on > d.day, false) AND NOT ${onTime('t')})::int AS done_late,
            count(*) FILTER (WHERE t.created_at < ${endOfDay(day, timeZone)}
              AND (t.status = 'open' OR coalesce(t.completed_on > d.day, false))
              AND (t.due_date IS NULL OR t.due_date >= d.day))::int AS open_in_term,
            count(*) FILTER (WHERE t.created_at < ${endOfDay(day, timeZone)}
              AND (t.status = 'open' OR coalesce(t.completed_on > d.day, false))
              AND t.due_date < d.day)::int AS open_overdue,
            count(*) FILTER (WHERE t.created_at < ${endOfDay(day, timeZone)} AND t.extended)::int AS extended
          FROM d CROSS JOIN tasks t WHERE ${conditions} AND t.status IN ('open', 'done')
          GROUP BY d.day`
    const byDay = new Map(rows.map((row) => [row.day, toCounts(row)]))
    return days.map((d) => ({ day: d, counts: byDay.get(d) ?? toCounts(undefined) }))
  }

  return {
    /** One page of tasks, by due date (undated last), then number. */
    taskPage(committeeId: number, query: TaskQuery, offset: number, limit: number): Promise<TaskLine[]> {
      return db.$queryRaw<TaskLine[]>`
        SELECT t.id, t.number, t.title, t.status::text AS status, t.due_date::text AS "dueDate", t.due_provisional AS "dueProvisional",
          t.extended, t.completed_on::text AS "completedOn", t.deadline_text AS "deadlineText",
          (SELECT s.number FROM sessions s WHERE s.id = t.session_id) AS "sessionNumber", ${LEAD_LABELS} AS lead
        FROM tasks t WHERE ${taskConditions(committeeId, query)}
        ORDER BY t.due_date ASC NULLS LAST, t.number ASC
        LIMIT ${limit} OFFSET ${offset}`
    },

    /**
     * The four classes of the tasks a query selects on `today`, and how many it selects in all
     * (cancelled too). A committee-wide query (by status and due dates only) sums task_counts — a
     * few thousand rows at any number of tasks; a narrower one (a body, a session…) counts its tasks.
     */
    async taskCounts(committeeId: number, query: TaskQuery, today: string): Promise<ClassCounts & { all: number }> {
      const committeeWide = isCommitteeWide(query)
      const [row] = committeeWide
        ? await db.$queryRaw<(ClassCounts & { all: number })[]>`
            SELECT coalesce(sum(t.n), 0)::int AS "all", ${sumColumns(today)} FROM task_counts t WHERE ${taskConditions(committeeId, query)}`
        : await db.$queryRaw<(ClassCounts & { all: number })[]>`
            SELECT count(*)::int AS "all", ${countColumns(today)} FROM tasks t WHERE ${taskConditions(committeeId, query)}`
      return { ...toCounts(row), all: row?.all ?? 0 }
    },

    /**
     * Open tasks due up to `horizon`, in three sections (0 overdue, 1 due today, 2 due later), by
     * lead body: the `maxBodies` bodies with most tasks in each section, each with its first
     * `maxNumbers` task numbers and due dates, and each section's totals.
     */
    digestSections(committeeId: number, today: string, horizon: string, maxBodies: number, maxNumbers: number) {
      return db.$queryRaw<
        {
          section: number
          label: string | null
          count: number
          numbers: number[]
          dues: string[]
          sectionTotal: number
          sectionBodies: number
        }[]
      >`
        WITH open_tasks AS (
          SELECT t.number, t.due_date,
            CASE WHEN t.due_date < ${today}::date THEN 0 WHEN t.due_date = ${today}::date THEN 1 ELSE 2 END AS section,
            t.lead_body_id AS body_id
          FROM tasks t
          WHERE t.committee_id = ${committeeId} AND t.status = 'open' AND t.due_date <= ${horizon}::date
        ), groups AS (
          SELECT section, body_id, count(*)::int AS count, min(due_date) AS first_due,
            (array_agg(number ORDER BY due_date, number))[1:${maxNumbers}] AS numbers,
            (array_agg(due_date::text ORDER BY due_date, number))[1:${maxNumbers}] AS dues
          FROM open_tasks GROUP BY section, body_id
        ), ranked AS (
          SELECT g.*, row_number() OVER (PARTITION BY section ORDER BY count DESC, first_due, body_id) AS rank,
            (sum(count) OVER (PARTITION BY section))::int AS "sectionTotal",
            (count(*) OVER (PARTITION BY section))::int AS "sectionBodies"
          FROM groups g
        )
        SELECT r.section, coalesce(b.short_name, b.name) AS label, r.count, r.numbers, r.dues, r."sectionTotal", r."sectionBodies"
        FROM ranked r LEFT JOIN bodies b ON b.id = r.body_id
        WHERE r.rank <= ${maxBodies}
        ORDER BY r.section, r.rank`
    },

    /** Submissions awaiting review on open tasks, oldest first: the first `limit` and how many in all. */
    async pendingReviews(committeeId: number, limit: number) {
      const rows = await db.$queryRaw<{ number: number; label: string; documentNumber: string; total: number }[]>`
        SELECT t.number, coalesce(b.short_name, b.name) AS label, s.document_number AS "documentNumber", (count(*) OVER ())::int AS total
        FROM submissions s JOIN tasks t ON t.id = s.task_id JOIN bodies b ON b.id = s.body_id
        WHERE s.review = 'pending' AND t.committee_id = ${committeeId} AND t.status = 'open'
        ORDER BY s.id LIMIT ${limit}`
      return { total: rows[0]?.total ?? 0, rows }
    },

    /**
     * Sessions not yet held (planned or scheduled) starting between `from` and `to` — or, with
     * `undated`, also those without a date whose window has not ended — with the tasks of each
     * done and in all (cancelled left out): the first `limit`, and how many in all.
     */
    async upcomingSessions(committeeId: number, from: string, to: string, limit: number, options: { undated?: boolean } = {}) {
      const dated = Prisma.sql`s.window_start BETWEEN ${from}::date AND ${to}::date`
      const window = options.undated
        ? Prisma.sql`((${dated}) OR (s.window_start IS NULL) OR (s.window_start < ${from}::date AND s.window_end >= ${from}::date))`
        : dated
      const rows = await db.$queryRaw<
        {
          id: number
          number: number
          topic: string
          precision: SessionLine['precision']
          windowStart: string | null
          done: number
          tasks: number
          total: number
        }[]
      >`
        SELECT s.id, s.number, s.topic, s.precision::text AS precision, s.window_start::text AS "windowStart",
          (SELECT count(*) FROM tasks t WHERE t.session_id = s.id AND t.status = 'done')::int AS done,
          (SELECT count(*) FROM tasks t WHERE t.session_id = s.id AND t.status <> 'cancelled')::int AS tasks,
          (count(*) OVER ())::int AS total
        FROM sessions s
        WHERE s.committee_id = ${committeeId} AND s.status IN ('planned', 'scheduled')
          AND (s.window_end IS NULL OR s.window_end >= ${from}::date) AND ${window}
        ORDER BY s.window_start ASC NULLS LAST, s.number LIMIT ${limit}`
      return { total: rows[0]?.total ?? 0, rows }
    },

    /**
     * The classes now and as they stood on `previousDay`: tasks created since then left out of it,
     * tasks completed since then counted as still open (services/reports explains why).
     */
    async weekCounts(committeeId: number, today: string, previousDay: string, timeZone: string = TIME_ZONE_DEFAULT) {
      const [now] = await db.$queryRaw<ClassCounts[]>`
        SELECT ${sumColumns(today)} FROM task_counts t WHERE t.committee_id = ${committeeId} AND t.status IN ('open', 'done')`
      const [then] = await classesOn(committeeId, {}, [previousDay], timeZone)
      return { now: toCounts(now), then: then?.counts ?? toCounts(undefined) }
    },

    classesOn,

    /**
     * The classes by lead body (open and done tasks), worst first — most overdue, then most late,
     * then most tasks: the first `top` bodies one by one, the others summed in one last row. A query
     * narrows the tasks counted (a plan, due dates, the bodies a contact answers for).
     */
    async countsByLeadBody(committeeId: number, today: string, top: number, query: TaskQuery = {}) {
      const rows = await db.$queryRaw<(ClassCounts & { label: string | null; isTop: boolean; bodies: number })[]>`
        WITH per_body AS (
          SELECT t.lead_body_id AS body_id, ${countColumns(today)}
          FROM tasks t WHERE ${taskConditions(committeeId, { ...query, status: undefined })} AND t.status IN ('open', 'done')
          GROUP BY t.lead_body_id
        ), ranked AS (
          SELECT p.*, row_number() OVER (ORDER BY open_overdue DESC, done_late DESC, total DESC, body_id) AS rank FROM per_body p
        )
        SELECT CASE WHEN r.rank <= ${top} THEN coalesce(b.short_name, b.name, '?') END AS label, r.rank <= ${top} AS "isTop",
          count(*)::int AS bodies, sum(r.total)::int AS total, sum(r.done_on_time)::int AS done_on_time, sum(r.done_late)::int AS done_late,
          sum(r.open_in_term)::int AS open_in_term, sum(r.open_overdue)::int AS open_overdue, sum(r.extended)::int AS extended
        FROM ranked r LEFT JOIN bodies b ON b.id = r.body_id
        GROUP BY 1, 2, CASE WHEN r.rank <= ${top} THEN r.rank END
        ORDER BY 2 DESC, min(r.rank)`
      return rows.map((row) => ({ label: row.label ?? '', isTop: row.isTop, bodies: row.bodies, counts: toCounts(row) }))
    },

    /** Open tasks overdue on `today`, oldest due first: a page (the first `limit` by default), and how many in all. */
    async oldestOverdue(committeeId: number, today: string, limit: number, query: TaskQuery = {}, offset = 0) {
      const rows = await db.$queryRaw<{ number: number; title: string; dueDate: string; lead: string[]; total: number }[]>`
        SELECT t.number, t.title, t.due_date::text AS "dueDate", ${LEAD_LABELS} AS lead, (count(*) OVER ())::int AS total
        FROM tasks t
        WHERE ${taskConditions(committeeId, { ...query, status: undefined })} AND t.status = 'open' AND t.due_date < ${today}::date
        ORDER BY t.due_date, t.number LIMIT ${limit} OFFSET ${offset}`
      return { total: rows[0]?.total ?? 0, rows }
    },

    /** Extensions approved since `since`, in the order decided: the first `limit`, and how many in all. */
    async extensionsGranted(committeeId: number, since: Date, limit: number) {
      const rows = await db.$queryRaw<{ number: number; label: string; previousDue: string | null; requestedDue: string; total: number }[]>`
        SELECT t.number, coalesce(b.short_name, b.name) AS label,
          e.previous_due::text AS "previousDue", e.requested_due::text AS "requestedDue", (count(*) OVER ())::int AS total
        FROM extension_requests e JOIN tasks t ON t.id = e.task_id JOIN bodies b ON b.id = e.body_id
        WHERE e.state = 'approved' AND e.decided_at >= ${since} AND t.committee_id = ${committeeId}
        ORDER BY e.decided_at, e.id LIMIT ${limit}`
      return { total: rows[0]?.total ?? 0, rows }
    },

    /**
     * One page of a committee's sessions: those to come first (soonest first, undated last), then
     * those that are over (latest first).
     */
    sessionPage(committeeId: number, today: string, offset: number, limit: number): Promise<SessionLine[]> {
      return db.$queryRaw<SessionLine[]>`
        SELECT s.id, s.number, s.topic, s.precision::text AS precision, s.window_start::text AS "windowStart",
          s.window_end::text AS "windowEnd", s.start_hour AS "startHour", s.start_minute AS "startMinute", s.time_text AS "timeText",
          s.status::text AS status, ${sessionPast(today)} AS past
        FROM sessions s WHERE s.committee_id = ${committeeId}
        ORDER BY ${sessionPast(today)},
          CASE WHEN NOT ${sessionPast(today)} THEN s.window_start END ASC NULLS LAST,
          CASE WHEN NOT ${sessionPast(today)} THEN s.number END ASC,
          s.window_start DESC NULLS LAST, s.number DESC
        LIMIT ${limit} OFFSET ${offset}`
    },

    async sessionCounts(committeeId: number, today: string): Promise<{ upcoming: number; past: number }> {
      const [row] = await db.$queryRaw<{ upcoming: number; past: number }[]>`
        SELECT (count(*) FILTER (WHERE NOT ${sessionPast(today)}))::int AS upcoming,
          (count(*) FILTER (WHERE ${sessionPast(today)}))::int AS past
        FROM sessions s WHERE s.committee_id = ${committeeId}`
      return { upcoming: row?.upcoming ?? 0, past: row?.past ?? 0 }
    },

    /**
     * The committee's bodies (those of `bodyIds` only, when given) with the classes of the tasks each
     * leads among those `query` selects, sorted by `sort` (then by number), one page, and how many
     * bodies in all. The counts are one grouped pass over the tasks; the page is of bodies.
     */
    async bodyTable(
      committeeId: number,
      query: TaskQuery,
      bodyIds: number[] | null,
      today: string,
      sort: BodySort,
      page: { offset: number; limit: number },
    ): Promise<{ total: number; rows: BodyRow[] }> {
      const order = Prisma.raw(BODY_SORTS[sort.by] + (sort.descending ? ' DESC' : ' ASC'))
      const rows = await db.$queryRaw<(Omit<BodyRow, 'counts'> & ClassCounts & { all: number })[]>`
        WITH per_body AS (
          SELECT t.lead_body_id AS body_id, ${countColumns(today)}
          FROM tasks t
          WHERE ${taskConditions(committeeId, { ...query, bodyIds: undefined, status: undefined })} AND t.status IN ('open', 'done')
          GROUP BY t.lead_body_id
        )
        SELECT b.id, b.number, b.name, b.short_name AS "shortName",
          coalesce(p.total, 0)::int AS total, coalesce(p.done_on_time, 0)::int AS done_on_time, coalesce(p.done_late, 0)::int AS done_late,
          coalesce(p.open_in_term, 0)::int AS open_in_term, coalesce(p.open_overdue, 0)::int AS open_overdue,
          coalesce(p.extended, 0)::int AS extended, (count(*) OVER ())::int AS "all"
        FROM bodies b LEFT JOIN per_body p ON p.body_id = b.id
        WHERE b.committee_id = ${committeeId} AND b.archived_at IS NULL
          ${bodyIds ? Prisma.sql`AND b.id = ANY(${bodyIds}::int[])` : Prisma.empty}
        ORDER BY ${order}, b.number
        LIMIT ${page.limit} OFFSET ${page.offset}`
      return {
        total: rows[0]?.all ?? 0,
        rows: rows.map((row) => ({ id: row.id, number: row.number, name: row.name, shortName: row.shortName, counts: toCounts(row) })),
      }
    },

    /**
     * The sessions whose day or window meets `from`–`to` (the undated ones too when `undated`), in
     * time order, one page: each with the classes of its tasks (of `bodyIds` only, when given) and
     * how many of its bridge points are ready; and how many sessions in all.
     */
    async sessionTimeline(
      committeeId: number,
      range: { from: string; to: string; planId?: number; undated: boolean },
      bodyIds: number[] | null,
      today: string,
      page: { offset: number; limit: number },
    ): Promise<{ total: number; rows: TimelineSession[] }> {
      const day = Prisma.sql`coalesce(s.held_on, s.window_start)`
      const rows = await db.$queryRaw<(Omit<TimelineSession, 'tasks'> & ClassCounts & { all: number })[]>`
        SELECT s.id, s.number, s.topic, s.precision::text AS precision, s.window_start::text AS "windowStart",
          s.window_end::text AS "windowEnd", s.held_on::text AS "heldOn", s.start_hour AS "startHour", s.start_minute AS "startMinute",
          s.time_text AS "timeText", s.status::text AS status, s.format::text AS format, s.venue, p.number AS "planNumber",
          tc.*, bp.points, bp.ready, (count(*) OVER ())::int AS "all"
        FROM sessions s
        LEFT JOIN plans p ON p.id = s.plan_id
        LEFT JOIN LATERAL (
          SELECT ${countColumns(today)} FROM tasks t WHERE t.session_id = s.id
            ${bodyIds ? Prisma.sql`AND ${taskConditions(committeeId, { bodyIds })}` : Prisma.empty}
        ) tc ON true
        LEFT JOIN LATERAL (
          SELECT count(*)::int AS points, (count(*) FILTER (WHERE b.ready_at IS NOT NULL))::int AS ready
          FROM bridge_points b WHERE b.session_id = s.id
        ) bp ON true
        WHERE s.committee_id = ${committeeId}
          ${range.planId !== undefined ? Prisma.sql`AND s.plan_id = ${range.planId}` : Prisma.empty}
          AND ((${day} <= ${range.to}::date AND coalesce(s.held_on, s.window_end, s.window_start) >= ${range.from}::date)
            ${range.undated ? Prisma.sql`OR s.window_start IS NULL` : Prisma.empty})
        ORDER BY ${day} ASC NULLS LAST, s.number
        LIMIT ${page.limit} OFFSET ${page.offset}`
      return {
        total: rows[0]?.all ?? 0,
        rows: rows.map((row) => ({
          id: row.id,
          number: row.number,
          topic: row.topic,
          precision: row.precision,
          windowStart: row.windowStart,
          windowEnd: row.windowEnd,
          heldOn: row.heldOn,
          startHour: row.startHour,
          startMinute: row.startMinute,
          timeText: row.timeText,
          status: row.status,
          format: row.format,
          venue: row.venue,
          planNumber: row.planNumber,
          tasks: toCounts(row),
          points: row.points,
          ready: row.ready,
        })),
      }
    },

    /**
     * What the after-session roll-ups read (services/after-session/rollups.ts), for the sessions
     * given or for the held sessions a plan and a period of held days select: each opinion's
     * outcome and its written answer's dates, each conclusion item's dates and lead body. With
     * `bodyIds`, only the opinions those bodies answer and the items they lead.
     */
    async afterSessionRows(
      committeeId: number,
      select: { sessionIds?: number[]; planId?: number; heldFrom?: string; heldTo?: string },
      bodyIds: number[] | null,
    ): Promise<{ opinions: RollupOpinion[]; items: RollupItem[] }> {
      const held = Prisma.sql`coalesce(s.held_on, s.window_start)`
      const sessions = Prisma.join(
        [
          Prisma.sql`s.committee_id = ${committeeId}`,
          ...(select.sessionIds ? [Prisma.sql`s.id = ANY(${select.sessionIds}::int[])`] : [Prisma.sql`s.status IN ('held', 'concluded')`]),
          ...(select.planId !== undefined ? [Prisma.sql`s.plan_id = ${select.planId}`] : []),
          ...(select.heldFrom ? [Prisma.sql`${held} >= ${select.heldFrom}::date`] : []),
          ...(select.heldTo ? [Prisma.sql`${held} <= ${select.heldTo}::date`] : []),
        ],
        ' AND ',
      )
      // Opinions and items in one statement (a union of the two shapes), read by their sessions' index.
      const rows = await db.$queryRaw<
        {
          kind: 'opinion' | 'item'
          sessionId: number
          sessionNumber: number
          sessionTopic: string
          sessionStart: string | null
          outcome: RollupOpinion['outcome'] | null
          field: string | null
          bodyId: number | null
          ongoing: boolean
          status: RollupTask['status'] | null
          due: string | null
          done: string | null
          number: number | null
          title: string | null
          lead: string | null
        }[]
      >`
        SELECT 'opinion' AS kind, o.session_id AS "sessionId", s.number AS "sessionNumber", s.topic AS "sessionTopic",
          s.window_start::text AS "sessionStart", o.outcome::text AS outcome, o.field, o.body_id AS "bodyId", false AS ongoing,
          t.status::text AS status, t.due_date::text AS due, t.completed_on::text AS done, NULL::int AS number, NULL AS title, NULL AS lead,
          o.number AS position
        FROM opinions o JOIN sessions s ON s.id = o.session_id LEFT JOIN tasks t ON t.id = o.task_id
        WHERE ${sessions} ${bodyIds ? Prisma.sql`AND o.body_id = ANY(${bodyIds}::int[])` : Prisma.empty}
        UNION ALL
        SELECT 'item', i.session_id, s.number, s.topic, s.window_start::text, NULL, NULL, t.lead_body_id, i.ongoing,
          t.status::text, t.due_date::text, t.completed_on::text, t.number, t.title, b.name, i.position
        FROM conclusion_items i JOIN sessions s ON s.id = i.session_id JOIN tasks t ON t.id = i.task_id
        LEFT JOIN bodies b ON b.id = t.lead_body_id
        WHERE ${sessions} ${bodyIds ? Prisma.sql`AND t.lead_body_id = ANY(${bodyIds}::int[])` : Prisma.empty}
        ORDER BY 1 DESC, 2, 16`
      const task = (row: { status: RollupTask['status'] | null; due: string | null; done: string | null }): RollupTask | null =>
        row.status ? { status: row.status, dueDate: row.due, completedOn: row.done } : null
      const session = (row: { sessionId: number; sessionNumber: number; sessionTopic: string; sessionStart: string | null }) => ({
        sessionId: row.sessionId,
        sessionNumber: row.sessionNumber,
        sessionTopic: row.sessionTopic,
        sessionStart: row.sessionStart,
      })
      return {
        opinions: rows.flatMap((row) =>
          row.kind === 'opinion' && row.outcome
            ? [{ ...session(row), outcome: row.outcome, field: row.field, bodyId: row.bodyId, task: task(row) }]
            : [],
        ),
        items: rows.flatMap((row) => {
          const t = task(row)
          return row.kind === 'item' && t
            ? [{ ...session(row), ongoing: row.ongoing, number: row.number ?? 0, title: row.title ?? '', lead: row.lead, task: t }]
            : []
        }),
      }
    },

    /** The held (or concluded) sessions of a committee with the day they were held, latest first. */
    heldSessions(committeeId: number): Promise<{ id: number; number: number; topic: string; heldOn: string | null }[]> {
      return db.$queryRaw`
        SELECT s.id, s.number, s.topic, coalesce(s.held_on, s.window_start)::text AS "heldOn"
        FROM sessions s WHERE s.committee_id = ${committeeId} AND s.status IN ('held', 'concluded')
        ORDER BY coalesce(s.held_on, s.window_start) DESC NULLS LAST, s.number DESC`
    },

    /**
     * What the daily digest says after the sessions, in one statement: per held session, its written
     * answers and conclusion items open and overdue on `today` or due by `horizon` (sessions with
     * none left out), in the order of their days; and the bridge points not ready yet of the online
     * sessions (not held yet) starting from `today` to `pointsUntil`.
     */
    async digestAfterSession(committeeId: number, today: string, horizon: string, pointsUntil: string) {
      const rows = await db.$queryRaw<
        {
          kind: 'session' | 'point'
          session: number
          topic: string | null
          answersOverdue: number
          answersDue: number
          itemsOverdue: number
          itemsDue: number
          place: string | null
          due: Date | null
          body: string | null
        }[]
      >`
        WITH owed AS (
          SELECT o.session_id, 'answer' AS kind, o.task_id FROM opinions o WHERE o.outcome = 'in_writing' AND o.task_id IS NOT NULL
          UNION ALL
          SELECT i.session_id, 'item', i.task_id FROM conclusion_items i
        ), per_session AS (
          SELECT s.id, s.number, s.topic, s.window_start,
            (count(*) FILTER (WHERE w.kind = 'answer' AND t.due_date < ${today}::date))::int AS "answersOverdue",
            (count(*) FILTER (WHERE w.kind = 'answer' AND t.due_date >= ${today}::date))::int AS "answersDue",
            (count(*) FILTER (WHERE w.kind = 'item' AND t.due_date < ${today}::date))::int AS "itemsOverdue",
            (count(*) FILTER (WHERE w.kind = 'item' AND t.due_date >= ${today}::date))::int AS "itemsDue"
          FROM owed w JOIN sessions s ON s.id = w.session_id JOIN tasks t ON t.id = w.task_id
          WHERE s.committee_id = ${committeeId} AND s.status IN ('held', 'concluded')
            AND t.status = 'open' AND t.due_date <= ${horizon}::date
          GROUP BY s.id
        )
        SELECT 'session' AS kind, p.number AS session, p.topic, p."answersOverdue", p."answersDue", p."itemsOverdue", p."itemsDue",
          NULL AS place, NULL::timestamptz AS due, NULL AS body, p.window_start AS start, 0 AS position
        FROM per_session p
        UNION ALL
        SELECT 'point', s.number, NULL, 0, 0, 0, 0, b.place, s.readiness_due_at, coalesce(o.short_name, o.name), s.window_start, b.position
        FROM bridge_points b JOIN sessions s ON s.id = b.session_id LEFT JOIN bodies o ON o.id = b.body_id
        WHERE s.committee_id = ${committeeId} AND b.ready_at IS NULL AND s.status IN ('planned', 'scheduled')
          AND s.format IN ('online', 'alternatives') AND s.window_start BETWEEN ${today}::date AND ${pointsUntil}::date
        ORDER BY 1 DESC, 11 ASC NULLS LAST, 2, 12`
      return {
        sessions: rows
          .filter((r) => r.kind === 'session')
          .map((r) => ({
            number: r.session,
            topic: r.topic ?? '',
            answersOverdue: r.answersOverdue,
            answersDue: r.answersDue,
            itemsOverdue: r.itemsOverdue,
            itemsDue: r.itemsDue,
          })),
        bridgePoints: rows
          .filter((r) => r.kind === 'point')
          .map((r) => ({ session: r.session, place: r.place ?? '', due: r.due, body: r.body })),
      }
    },

    /** The earliest due date among open tasks with reminders on (how far back overdue steps go). */
    async oldestOpenDue(committeeId: number): Promise<string | null> {
      const [row] = await db.$queryRaw<{ due: string | null }[]>`
        SELECT min(t.due_date)::text AS due FROM tasks t
        WHERE t.committee_id = ${committeeId} AND t.status = 'open' AND NOT t.reminders_muted`
      return row?.due ?? null
    },

    /**
     * Records today's reminder steps in one statement: every open, unmuted task of the committee
     * whose due date falls in one of `ranges` and that has not had that step yet. Returns what was
     * recorded now (a second call, or another instance, records nothing twice).
     */
    recordReminderSteps(committeeId: number, today: string, ranges: ReminderRange[]): Promise<RecordedReminder[]> {
      if (ranges.length === 0) {
        return Promise.resolve([])
      }
      return db.$queryRaw<RecordedReminder[]>`
        WITH due AS (
          SELECT t.id AS task_id, t.number, t.title, t.due_date, t.lead_body_id, r.step, r.level, r."daysLeft"
          FROM jsonb_to_recordset(${JSON.stringify(ranges)}::jsonb) AS r("from" date, "to" date, step text, level int, "daysLeft" int)
          JOIN tasks t ON t.committee_id = ${committeeId} AND t.status = 'open' AND NOT t.reminders_muted
            AND t.due_date >= r."from" AND t.due_date < r."to"
        ), recorded AS (
          INSERT INTO reminder_steps (task_id, step, level, local_date)
          SELECT task_id, step, level, ${today}::date FROM due
          ON CONFLICT (task_id, step) DO NOTHING
          RETURNING task_id, step
        )
        SELECT d.task_id AS "taskId", d.number, d.title, d.due_date::text AS "dueDate", d.step, d.level, d."daysLeft",
          d.lead_body_id AS "leadBodyId", b.name AS "leadName"
        FROM recorded r JOIN due d ON d.task_id = r.task_id AND d.step = r.step
        LEFT JOIN bodies b ON b.id = d.lead_body_id
        ORDER BY d.due_date, d.number`
    },
  }
}
export type ReportRepository = ReturnType<typeof createReportRepository>
