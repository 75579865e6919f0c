/**
 * The SQL each command needs, written by hand: what an answer of one page (15 lines, the counts of
 * the four outcome classes, a few aggregates) costs the database alone. Timed in the same run as
 * the command, it gives the overhead ratio (command ÷ its SQL), which stays meaningful on a busy
 * machine where absolute times do not.
 */
export interface ReferenceQuery {
  sql: string
  params: unknown[]
}

const COUNTS = `count(*)::int AS total,
  count(*) FILTER (WHERE status = 'done' AND (due_date IS NULL OR completed_on <= due_date))::int AS on_time,
  count(*) FILTER (WHERE status = 'done' AND due_date IS NOT NULL AND (completed_on IS NULL OR completed_on > due_date))::int AS late,
  count(*) FILTER (WHERE status = 'open' AND (due_date IS NULL OR due_date >= $2::date))::int AS in_term,
  count(*) FILTER (WHERE status = 'open' AND due_date < $2::date)::int AS overdue,
  count(*) FILTER (WHERE status <> 'cancelled' AND extended)::int AS extended`

const LEAD = `(SELECT string_agg(coalesce(b.short_name, b.name), ', ' ORDER BY tb.id) FROM task_bodies tb JOIN bodies b ON b.id = tb.body_id
  WHERE tb.task_id = t.id AND tb.role = 'lead') AS lead`

function listQueries(committeeId: number, today: string, bodyIds: number[] | null, where: string, extra: unknown[] = []): ReferenceQuery[] {
  const mine = bodyIds
    ? `AND EXISTS (SELECT 1 FROM task_bodies tb WHERE tb.task_id = t.id AND tb.body_id = ANY($3::int[]) AND tb.role IN ('lead', 'coordinating'))`
    : `AND $3::int[] IS NULL`
  const params = [committeeId, today, bodyIds, ...extra]
  return [
    {
      sql: `SELECT t.number, t.title, t.due_date, t.status, t.completed_on, t.extended, t.due_provisional, t.deadline_text, ${LEAD}
        FROM tasks t WHERE t.committee_id = $1 AND $2::date IS NOT NULL ${where} ${mine}
        ORDER BY t.due_date ASC NULLS LAST, t.number LIMIT 15`,
      params,
    },
    { sql: `SELECT ${COUNTS} FROM tasks t WHERE t.committee_id = $1 ${where} ${mine}`, params },
  ]
}

/** The reference queries of each benchmarked command, for a committee, a day and (for a contact) its bodies. */
export function referenceQueries(
  command: string,
  committeeId: number,
  today: string,
  bodyIds: number[] | null,
  dates: { endOfNextWeek: string; horizon: string; in14: string; in30: string; weekAgo: string },
): ReferenceQuery[] {
  switch (command) {
    case '/viec':
      return listQueries(committeeId, today, bodyIds, `AND t.status = 'open'`)
    case '/viec tatca':
      return listQueries(committeeId, today, bodyIds, '')
    case '/quahan':
      return listQueries(committeeId, today, bodyIds, `AND t.status = 'open' AND t.due_date < $2::date`)
    case '/tuannay':
      return listQueries(committeeId, today, bodyIds, `AND t.status = 'open' AND t.due_date >= $2::date AND t.due_date <= $4::date`, [
        dates.endOfNextWeek,
      ])
    case '/phien':
      return [
        {
          sql: `SELECT number, topic, precision, window_start, window_end, status FROM sessions
            WHERE committee_id = $1 AND status IN ('planned', 'scheduled') AND (window_end IS NULL OR window_end >= $2::date)
            ORDER BY window_start ASC NULLS LAST, number LIMIT 10`,
          params: [committeeId, today],
        },
        {
          sql: `SELECT count(*) FILTER (WHERE status IN ('planned', 'scheduled') AND (window_end IS NULL OR window_end >= $2::date))::int AS upcoming,
              count(*)::int AS total FROM sessions WHERE committee_id = $1`,
          params: [committeeId, today],
        },
        {
          sql: `SELECT number, topic, precision, window_start, window_end, status FROM sessions
            WHERE committee_id = $1 AND NOT (status IN ('planned', 'scheduled') AND (window_end IS NULL OR window_end >= $2::date))
            ORDER BY window_start DESC NULLS LAST, number DESC LIMIT 5`,
          params: [committeeId, today],
        },
      ]
    case '/bantin':
      return [
        {
          // Open tasks due up to the horizon, by section and lead body: counts and the first numbers.
          sql: `SELECT section, lead_body, count(*)::int AS n, (array_agg(number ORDER BY due_date, number))[1:6] AS numbers
            FROM (SELECT t.number, t.due_date,
                CASE WHEN t.due_date < $2::date THEN 0 WHEN t.due_date = $2::date THEN 1 ELSE 2 END AS section,
                (SELECT tb.body_id FROM task_bodies tb WHERE tb.task_id = t.id AND tb.role = 'lead' LIMIT 1) AS lead_body
              FROM tasks t WHERE t.committee_id = $1 AND t.status = 'open' AND t.due_date <= $3::date) x
            GROUP BY section, lead_body ORDER BY section, n DESC LIMIT 300`,
          params: [committeeId, today, dates.horizon],
        },
        {
          sql: `SELECT s.id, t.number, s.document_number, s.body_id, count(*) OVER ()::int AS total FROM submissions s JOIN tasks t ON t.id = s.task_id
            WHERE s.review = 'pending' AND t.committee_id = $1 AND t.status = 'open' ORDER BY s.id LIMIT 10`,
          params: [committeeId],
        },
        {
          sql: `SELECT s.number, s.topic, s.window_start,
              (SELECT count(*) FILTER (WHERE status = 'done') FROM tasks t WHERE t.session_id = s.id AND t.status <> 'cancelled')::int AS done,
              (SELECT count(*) FROM tasks t WHERE t.session_id = s.id AND t.status <> 'cancelled')::int AS total
            FROM sessions s WHERE s.committee_id = $1 AND s.status <> 'cancelled' AND s.window_start BETWEEN $2::date AND $3::date
            ORDER BY s.window_start, s.number LIMIT 10`,
          params: [committeeId, today, dates.in14],
        },
      ]
    case '/tongket':
      return [
        { sql: `SELECT ${COUNTS} FROM tasks t WHERE t.committee_id = $1 AND $3::int IS NULL`, params: [committeeId, today, null] },
        {
          // The same counts as they stood a week earlier.
          sql: `SELECT count(*)::int AS total,
              count(*) FILTER (WHERE done AND (due_date IS NULL OR completed_on <= due_date))::int AS on_time,
              count(*) FILTER (WHERE done AND due_date IS NOT NULL AND completed_on > due_date)::int AS late,
              count(*) FILTER (WHERE NOT done AND (due_date IS NULL OR due_date >= $2::date))::int AS in_term,
              count(*) FILTER (WHERE NOT done AND due_date < $2::date)::int AS overdue
            FROM (SELECT due_date, completed_on, status = 'done' AND completed_on <= $2::date AS done FROM tasks
              WHERE committee_id = $1 AND status <> 'cancelled' AND created_at < ($2::date + 1)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh') x`,
          params: [committeeId, dates.weekAgo],
        },
        {
          sql: `SELECT tb.body_id, count(*)::int AS total,
              count(*) FILTER (WHERE t.status = 'open' AND t.due_date < $2::date)::int AS overdue,
              count(*) FILTER (WHERE t.status = 'done' AND t.due_date IS NOT NULL AND t.completed_on > t.due_date)::int AS late
            FROM tasks t JOIN task_bodies tb ON tb.task_id = t.id AND tb.role = 'lead'
            WHERE t.committee_id = $1 AND t.status <> 'cancelled' GROUP BY tb.body_id ORDER BY overdue DESC, late DESC, total DESC`,
          params: [committeeId, today],
        },
        {
          sql: `SELECT t.number, t.title, t.due_date, ${LEAD} FROM tasks t
            WHERE t.committee_id = $1 AND t.status = 'open' AND t.due_date < $2::date ORDER BY t.due_date, t.number LIMIT 10`,
          params: [committeeId, today],
        },
        {
          sql: `SELECT s.number, s.topic, s.window_start,
              (SELECT count(*) FILTER (WHERE status = 'done') FROM tasks t WHERE t.session_id = s.id AND t.status <> 'cancelled')::int AS done,
              (SELECT count(*) FROM tasks t WHERE t.session_id = s.id AND t.status <> 'cancelled')::int AS total
            FROM sessions s WHERE s.committee_id = $1 AND s.status IN ('planned', 'scheduled') AND s.window_start BETWEEN $2::date AND $3::date
            ORDER BY s.window_start, s.number LIMIT 10`,
          params: [committeeId, today, dates.in30],
        },
        {
          sql: `SELECT t.number, e.previous_due, e.requested_due, count(*) OVER ()::int AS total FROM extension_requests e JOIN tasks t ON t.id = e.task_id
            WHERE t.committee_id = $1 AND e.state = 'approved' AND e.decided_at >= ($2::date)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh'
            ORDER BY e.decided_at LIMIT 10`,
          params: [committeeId, dates.weekAgo],
        },
      ]
    default:
      throw new Error(`no reference SQL for ${command}`)
  }
}
