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

/** The same columns over task_counts rows (aliased `t`): sums of `n`, with on_time kept per row. */
function sumColumns(today: string): Prisma.Sql {
  return Prisma.sql`
    coalesce(sum(t.n) FILTER (WHERE t.status <> 'cancelled'), 0)::int AS total,
    coalesce(sum(t.n) FILTER (WHERE t.status = 'done' AND t.on_time), 0)::int AS done_on_time,
    coalesce(sum(t.n) FILTER (WHERE t.status = 'done' AND NOT t.on_time), 0)::int AS done_late,
    coalesce(sum(t.n) FILTER (WHERE t.status = 'open' AND (t.due_date IS NULL OR t.due_date >= ${today}::date)), 0)::int AS open_in_term,
    coalesce(sum(t.n) FILTER (WHERE t.status = 'open' AND t.due_date < ${today}::date), 0)::int AS open_overdue,
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

export function createReportRepository(db: DbClient) {
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
      const committeeWide = !query.bodyIds && query.sessionId === undefined && query.planId === undefined && !query.kind
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
     * tasks completed since then counted as still open (services/… gatherSummary explains why).
     */
    async weekCounts(committeeId: number, today: string, previousDay: string, timeZone: string = TIME_ZONE_DEFAULT) {
      const [now] = await db.$queryRaw<ClassCounts[]>`
        SELECT ${sumColumns(today)} FROM task_counts t WHERE t.committee_id = ${committeeId} AND t.status IN ('open', 'done')`
      // A week ago: today's counts on that day, corrected by the few tasks that changed since —
      // made since (left out) or completed since (still open then) — read through their indexes.
      const cut = Prisma.sql`((${previousDay}::date + 1)::timestamp AT TIME ZONE ${timeZone})`
      const [then] = await db.$queryRaw<ClassCounts[]>`
        WITH recent AS (
          SELECT r.status, r.due_date, r.completed_on, r.extended, r.created_at FROM tasks r
          WHERE r.committee_id = ${committeeId} AND r.status IN ('open', 'done')
            AND (r.created_at >= ${cut} OR (r.status = 'done' AND r.completed_on > ${previousDay}::date))
        ), t AS (
          SELECT c.status, c.due_date, c.on_time, c.extended, c.n FROM task_counts c
          WHERE c.committee_id = ${committeeId} AND c.status IN ('open', 'done')
          UNION ALL
          SELECT r.status, r.due_date, ${onTime('r')}, r.extended, -1 FROM recent r
          UNION ALL
          SELECT 'open'::"TaskStatus", r.due_date, false, r.extended, 1 FROM recent r WHERE r.created_at < ${cut}
        )
        SELECT ${sumColumns(previousDay)} FROM t`
      return { now: toCounts(now), then: toCounts(then) }
    },

    /**
     * The classes by lead body (open and done tasks), worst first — most overdue, then most late,
     * then most tasks: the first `top` bodies one by one, the others summed in one last row.
     */
    async countsByLeadBody(committeeId: number, today: string, top: number) {
      const rows = await db.$queryRaw<(ClassCounts & { label: string | null; isTop: boolean; bodies: number })[]>`
        WITH per_body AS (
          SELECT t.lead_body_id AS body_id, ${countColumns(today)}
          FROM tasks t WHERE t.committee_id = ${committeeId} AND t.status IN ('open', 'done')
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

    /** Open tasks overdue on `today`, oldest due first: the first `limit`, and how many in all. */
    async oldestOverdue(committeeId: number, today: string, limit: number) {
      const rows = await db.$queryRaw<{ number: number; title: string; dueDate: string; lead: string[]; total: number }[]>`
        SELECT t.number, t.title, t.due_date::text AS "dueDate", ${LEAD_LABELS} AS lead, (count(*) OVER ())::int AS total
        FROM tasks t
        WHERE t.committee_id = ${committeeId} AND t.status = 'open' AND t.due_date < ${today}::date
        ORDER BY t.due_date, t.number LIMIT ${limit}`
      return { total: rows[0]?.total ?? 0, rows }
    },

    /** Extensions approved since `since`, in the order decided: the first `limit`, and how many in all. */
    async extensionsGranted(committeeId: number, since: Date, limit: number) {
      const rows = await db.$queryRaw<{ number: number; label: string; previousDue: string | null; requestedDue: string; total: number }[]>`
        SELECT t.number, coalesce(b.short_name, b.name) AS label, e.previous_due::text AS "previousDue", e.requested_due::text AS "requestedDue",
          (count(*) OVER ())::int AS total
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
        SELECT (count(*) FILTER (WHERE NOT ${sessionPast(today)}))::int AS upcoming, (count(*) FILTER (WHERE ${sessionPast(today)}))::int AS past
        FROM sessions s WHERE s.committee_id = ${committeeId}`
      return { upcoming: row?.upcoming ?? 0, past: row?.past ?? 0 }
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
