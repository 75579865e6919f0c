import type { SqlRunner } from '../../src/db/sql.js'

/**
 * Builds a benchmark data set through the schema's own SQL (set-based INSERT … SELECT, so 100k
 * tasks take seconds, not the minutes the services would need), on PGlite or PostgreSQL alike.
 *
 * Every committee gets: its bodies (one contact each), a secretary, a leader, a committee group,
 * one plan, its sessions spread over 2025–2026, and its tasks — due dates spread from mid-2025 to
 * early 2027, half of them with a submission (mostly accepted: the task is done, on time or late;
 * some pending review, some returned), a few cancelled, a few extended, an audit trail. Values come
 * from hashes of the ids, so the same spec always gives the same data.
 *
 * It does not run ANALYZE: statistics are the product's job (the point of measuring them).
 */
export interface ScaleSpec {
  committees: number
  bodies: number
  sessions: number
  tasks: number
  /** The local day the data is "as of" (ISO date): done tasks are done before it. */
  today: string
}

/** Persons per committee: the secretary, the leader, then one contact per body. */
export const personsPer = (spec: ScaleSpec) => spec.bodies + 2

/** The people the benchmarks act as, in committee `c` (1-based): Telegram user ids. */
export function actors(spec: ScaleSpec, c: number) {
  const base = (c - 1) * personsPer(spec)
  return {
    secretary: 100_000_000 + base + 1,
    leader: 100_000_000 + base + 2,
    /** The contact of body number 7 (or the last body). */
    contact: 100_000_000 + base + 2 + Math.min(7, spec.bodies),
    committeeGroup: -(1_000_000_000 + c),
  }
}

const h = (expr: string, salt: number) => `abs(hashint8((${expr})::bigint * 31 + ${salt}))`

const BODY_NAMES = [
  'Sở Giáo dục và Đào tạo',
  'Sở Y tế',
  'Sở Tài chính',
  'Sở Nội vụ',
  'Sở Tư pháp',
  'Sở Xây dựng',
  'Sở Công Thương',
  'Ban Tuyên giáo',
  'Ban Tổ chức',
  'Ủy ban Mặt trận Tổ quốc',
  'Công an',
  'Ủy ban nhân dân phường',
]
const TITLES = [
  'Báo cáo kết quả giải quyết kiến nghị của cán bộ, đảng viên và Nhân dân',
  'Chuẩn bị nội dung, tài liệu phục vụ buổi đối thoại',
  'Tổng hợp danh sách đại biểu tham dự',
  'Bố trí hội trường, âm thanh, ánh sáng và điểm cầu trực tuyến',
  'Bảo đảm an ninh, trật tự tại địa điểm tổ chức',
  'Tuyên truyền trên các phương tiện thông tin đại chúng',
  'Dự thảo thông báo kết luận của đồng chí Bí thư',
  'Theo dõi, đôn đốc việc thực hiện kết luận sau đối thoại',
  'Báo cáo sơ kết 6 tháng việc thực hiện kế hoạch',
  'Rà soát, tổng hợp ý kiến, kiến nghị gửi trước buổi đối thoại',
]
const KINDS = [
  'report',
  'preparation',
  'delegates',
  'logistics',
  'security',
  'communication',
  'conclusion_notice',
  'follow_up',
  'periodic_report',
  'other',
]

const sqlArray = (values: string[]) => `ARRAY[${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(', ')}]`

/** The SQL statements that build the data set, in order, each with a label for timing. */
export function generationSteps(spec: ScaleSpec, schema: { leadColumn: boolean } = { leadColumn: true }): { label: string; sql: string }[] {
  const { committees: C, bodies: B, sessions: S, tasks: T, today } = spec
  const P = personsPer(spec)
  const day = `DATE '${today}'`
  const single = C === 1
  // Committees, bodies, people and roles.
  const steps = [
    {
      label: 'committees',
      sql: `INSERT INTO committees (id, name, level, time_zone, locale, created_at, updated_at)
        SELECT c, ${single ? `'Ban Thường vụ Tỉnh ủy (dữ liệu thử tải)'` : `'Đảng ủy xã thử tải số ' || c`},
          '${single ? 'province' : 'commune'}', 'Asia/Ho_Chi_Minh', 'vi', TIMESTAMPTZ '2025-01-01 00:00+07', TIMESTAMPTZ '2025-01-01 00:00+07'
        FROM generate_series(1, ${C}) c`,
    },
    {
      label: 'bodies',
      sql: `INSERT INTO bodies (id, committee_id, number, name, short_name, aliases, normalized_name)
        SELECT (c - 1) * ${B} + j, c, j, n.name || ' số ' || j, 'CQ' || j, ARRAY[]::text[], lower(n.name) || ' so ' || j
        FROM generate_series(1, ${C}) c CROSS JOIN generate_series(1, ${B}) j
        CROSS JOIN LATERAL (SELECT (${sqlArray(BODY_NAMES)})[1 + j % ${BODY_NAMES.length}] AS name) n`,
    },
    {
      label: 'people',
      sql: `INSERT INTO people (id, display_name, active_committee_id)
        SELECT (c - 1) * ${P} + k, CASE k WHEN 1 THEN 'Thư ký ' WHEN 2 THEN 'Lãnh đạo ' ELSE 'Đầu mối ' END || ((c - 1) * ${P} + k), c
        FROM generate_series(1, ${C}) c CROSS JOIN generate_series(1, ${P}) k`,
    },
    {
      label: 'platform_accounts',
      sql: `INSERT INTO platform_accounts (id, person_id, platform, external_id, private_chat_id)
        SELECT id, id, 'telegram', (100000000 + id)::text, (100000000 + id)::text FROM people`,
    },
    {
      label: 'memberships',
      sql: `INSERT INTO memberships (id, committee_id, person_id, number, role)
        SELECT id, active_committee_id, id, id - (active_committee_id - 1) * ${P},
          (CASE id - (active_committee_id - 1) * ${P} WHEN 1 THEN 'secretariat' WHEN 2 THEN 'leader' ELSE 'member' END)::"MemberRole"
        FROM people`,
    },
    {
      label: 'body_contacts',
      sql: `INSERT INTO body_contacts (id, body_id, person_id, is_head)
        SELECT id, (active_committee_id - 1) * ${B} + (id - (active_committee_id - 1) * ${P} - 2), id, false
        FROM people WHERE id - (active_committee_id - 1) * ${P} > 2`,
    },
    {
      label: 'chats',
      sql: `INSERT INTO chats (id, committee_id, platform, external_id, title, purpose, bound_by_person_id)
        SELECT c, c, 'telegram', (-(1000000000 + c))::text, 'Nhóm chung ' || c, 'committee', (c - 1) * ${P} + 1
        FROM generate_series(1, ${C}) c`,
    },
    {
      label: 'plans',
      sql: `INSERT INTO plans (id, committee_id, number, symbol, title, year, issued_on, issuer, created_by_person_id)
        SELECT c, c, 1, c || '-KH/TU', 'Kế hoạch tổ chức đối thoại trực tiếp năm 2026', 2026, DATE '2025-12-15',
          'Ban Thường vụ', (c - 1) * ${P} + 1
        FROM generate_series(1, ${C}) c`,
    },
    {
      label: 'sessions',
      sql: `INSERT INTO sessions (id, committee_id, number, plan_id, topic, precision, window_start, window_end, start_hour, start_minute,
          time_text, format, venue, status, created_by_person_id)
        SELECT (c - 1) * ${S} + s, c, s, c, 'Đối thoại với cán bộ và Nhân dân về chủ đề số ' || s,
          (CASE WHEN s % 5 = 0 THEN 'month' ELSE 'day' END)::"TimePrecision", w.start,
          CASE WHEN s % 5 = 0 THEN (date_trunc('month', w.start) + interval '1 month - 1 day')::date ELSE w.start END,
          CASE WHEN s % 5 = 0 THEN NULL ELSE 8 END, CASE WHEN s % 5 = 0 THEN NULL ELSE 0 END,
          to_char(w.start, 'DD/MM/YYYY'), 'in_person', 'Hội trường số ' || (s % 7 + 1),
          (CASE WHEN w.start < ${day} THEN (CASE WHEN s % 3 = 0 THEN 'concluded' ELSE 'held' END)
                WHEN s % 5 = 0 THEN 'planned' ELSE 'scheduled' END)::"SessionStatus",
          (c - 1) * ${P} + 1
        FROM generate_series(1, ${C}) c CROSS JOIN generate_series(1, ${S}) s
        CROSS JOIN LATERAL (SELECT DATE '2025-07-01' + ((s * 547) / ${S}) AS start) w`,
    },
    // Tasks: the columns come from hashes of the id; a lateral block computes them once.
    {
      label: 'tasks',
      sql: `INSERT INTO tasks (id, committee_id, number, plan_id, session_id, title, kind, deadline_rule, deadline_text, rule_due_date, due_date,
          extended, status, completed_on, cancel_reason, created_by_person_id, created_at, updated_at${schema.leadColumn ? ', lead_body_id' : ''})
        SELECT id, c, i, c, CASE WHEN ${h('id', 1)} % 10 < 7 THEN (c - 1) * ${S} + 1 + ${h('id', 2)} % ${S} END,
          (${sqlArray(TITLES)})[1 + ${h('id', 3)} % ${TITLES.length}] || ' (số ' || i || ')',
          ((${sqlArray(KINDS)})[1 + i % ${KINDS.length}])::"TaskKind",
          CASE WHEN due IS NULL THEN NULL ELSE jsonb_build_object('kind', 'absolute', 'date', due + 1, 'inclusive', false,
            'text', 'trước ngày ' || to_char(due + 1, 'DD/MM/YYYY')) END,
          CASE WHEN due IS NULL THEN NULL ELSE 'trước ngày ' || to_char(due + 1, 'DD/MM/YYYY') END,
          CASE WHEN extended THEN due - 10 ELSE due END, due, extended,
          (CASE WHEN done THEN 'done' WHEN cancelled THEN 'cancelled' ELSE 'open' END)::"TaskStatus",
          CASE WHEN done THEN least(coalesce(due, ${day} - 40) + (${h('id', 4)} % 21)::int - 14, ${day} - 1 - (${h('id', 15)} % 150)::int) END,
          CASE WHEN cancelled THEN 'Không còn phù hợp' END,
          (c - 1) * ${P} + 1, created, created${schema.leadColumn ? `, (c - 1) * ${B} + 1 + (${h('id', 10)} % ${B})::int` : ''}
        FROM (
          SELECT (c - 1) * ${T} + i AS id, c, i FROM generate_series(1, ${C}) c CROSS JOIN generate_series(1, ${T}) i
        ) base
        CROSS JOIN LATERAL (
          SELECT CASE WHEN ${h('id', 5)} % 100 < 3 THEN NULL ELSE DATE '2025-06-01' + (${h('id', 6)} % 640)::int END AS due,
            i % 2 = 0 AND ${h('id', 7)} % 10 < 8 AS done,
            i % 2 = 1 AND ${h('id', 8)} % 50 = 0 AS cancelled,
            i % 2 = 1 AND ${h('id', 9)} % 100 = 0 AS extended
        ) v
        CROSS JOIN LATERAL (
          SELECT (least(coalesce(due, DATE '2025-06-01'), ${day}) - 30)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh' + interval '9 hours' AS created
        ) w`,
    },
    {
      label: 'task_bodies',
      sql: `INSERT INTO task_bodies (task_id, body_id, role)
        SELECT t.id, (t.committee_id - 1) * ${B} + 1 + lead, r.role::"TaskBodyRole"
        FROM tasks t
        CROSS JOIN LATERAL (SELECT (${h('t.id', 10)} % ${B})::int AS lead) l
        CROSS JOIN LATERAL (VALUES ('lead')) r(role)
        UNION ALL
        SELECT t.id, (t.committee_id - 1) * ${B} + 1 + (lead + 1 + (${h('t.id', 11)} % ${Math.max(B - 1, 1)})::int) % ${B}, 'coordinating'
        FROM tasks t CROSS JOIN LATERAL (SELECT (${h('t.id', 10)} % ${B})::int AS lead) l
        WHERE t.number % 2 = 0 AND ${B} > 1
        UNION ALL
        SELECT t.id, (t.committee_id - 1) * ${B} + 1, 'recipient' FROM tasks t WHERE t.number % 4 = 0`,
    },
    {
      label: 'submissions',
      sql: `INSERT INTO submissions (task_id, body_id, submitted_by_person_id, document_number, document_date, submitted_on, review,
          reviewed_by_person_id, reviewed_at, review_note, created_at)
        SELECT t.id, tb.body_id, (t.committee_id - 1) * ${P} + 2 + (tb.body_id - (t.committee_id - 1) * ${B}), t.number || '/BC-CQ',
          d.on_day, d.on_day, r.review::"ReviewState",
          CASE WHEN r.review <> 'pending' THEN (t.committee_id - 1) * ${P} + 1 END,
          CASE WHEN r.review <> 'pending' THEN d.on_day + interval '1 day' END,
          CASE WHEN r.review = 'returned' THEN 'Bổ sung số liệu' END, d.on_day::timestamp
        FROM tasks t JOIN task_bodies tb ON tb.task_id = t.id AND tb.role = 'lead'
        CROSS JOIN LATERAL (SELECT CASE WHEN t.status = 'done' THEN 'accepted' WHEN ${h('t.id', 12)} % 2 = 0 THEN 'pending' ELSE 'returned' END AS review) r
        CROSS JOIN LATERAL (SELECT coalesce(t.completed_on, ${day} - 1 - (${h('t.id', 13)} % 30)::int) AS on_day) d
        WHERE t.number % 2 = 0 AND t.status <> 'cancelled'`,
    },
    {
      label: 'extension_requests',
      sql: `INSERT INTO extension_requests (task_id, body_id, requested_by_person_id, previous_due, requested_due, reason, state,
          decided_by_person_id, decided_at)
        SELECT t.id, tb.body_id, (t.committee_id - 1) * ${P} + 2 + (tb.body_id - (t.committee_id - 1) * ${B}), t.rule_due_date, t.due_date,
          'Chờ số liệu của các đơn vị', 'approved', (t.committee_id - 1) * ${P} + 1,
          (${day} - (${h('t.id', 14)} % 10)::int)::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh' + interval '10 hours'
        FROM tasks t JOIN task_bodies tb ON tb.task_id = t.id AND tb.role = 'lead'
        WHERE t.extended AND t.due_date IS NOT NULL`,
    },
    {
      label: 'audit_events',
      sql: `INSERT INTO audit_events (committee_id, actor_person_id, actor_via, action, target_type, target_id, after, at)
        SELECT committee_id, (committee_id - 1) * ${P} + 1, 'user', 'task.assign', 'task', id::text,
          jsonb_build_object('number', number, 'title', title), created_at FROM tasks
        UNION ALL
        SELECT t.committee_id, s.submitted_by_person_id, 'user', 'task.submit', 'task', t.id::text,
          jsonb_build_object('documentNumber', s.document_number, 'body', 'CQ'), s.created_at
        FROM submissions s JOIN tasks t ON t.id = s.task_id`,
    },
  ]
  // Serial sequences continue after the generated ids, so the product can add rows.
  const sequences = [
    'committees',
    'bodies',
    'people',
    'platform_accounts',
    'memberships',
    'body_contacts',
    'chats',
    'plans',
    'sessions',
    'tasks',
    'task_bodies',
    'submissions',
    'extension_requests',
  ]
  steps.push({
    label: 'sequences',
    sql: sequences.map((table) => `SELECT setval(pg_get_serial_sequence('${table}', 'id'), (SELECT max(id) FROM ${table}));`).join('\n'),
  })
  return steps
}

/** Derived data the schema keeps with triggers (where this schema has them). */
function derivedSteps(): { label: string; sql: string }[] {
  return [
    {
      label: 'derived',
      sql: `DO $$ BEGIN
        IF to_regclass('task_counts') IS NOT NULL THEN
          INSERT INTO task_counts (committee_id, status, due_date, on_time, extended, n)
          SELECT committee_id, status, due_date, (due_date IS NULL OR coalesce(completed_on <= due_date, false)), extended, count(*)
          FROM tasks GROUP BY 1, 2, 3, 4, 5;
        END IF;
        IF to_regclass('job_schedules') IS NOT NULL THEN
          INSERT INTO job_schedules (committee_id, job, next_run_at, computed_at)
          SELECT c.id, j.job, now(), now() FROM committees c CROSS JOIN unnest(enum_range(NULL::"JobKind")) AS j(job)
          ON CONFLICT DO NOTHING;
        END IF;
      END $$;`,
    },
  ]
}

/** Runs the generation in one transaction; returns the time of each step (ms). */
export async function generate(sql: SqlRunner, spec: ScaleSpec): Promise<Record<string, number>> {
  const times: Record<string, number> = {}
  await sql.exec('BEGIN')
  try {
    // Triggers off while loading (they would keep derived columns and counts row by row); the
    // same derived data is then computed once, set-based, as the migration that made it does.
    await sql.exec(`SET LOCAL session_replication_role = replica`)
    // The lead body on the task (a column of this schema, kept by a trigger) is written with it.
    const [column] = await sql.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM information_schema.columns WHERE table_name = 'tasks' AND column_name = 'lead_body_id'`,
    )
    for (const step of [...generationSteps(spec, { leadColumn: (column?.n ?? 0) > 0 }), ...derivedSteps()]) {
      const started = performance.now()
      await sql.exec(step.sql)
      times[step.label] = Math.round(performance.now() - started)
    }
    await sql.exec('COMMIT')
  } catch (error) {
    await sql.exec('ROLLBACK')
    throw error
  }
  return times
}
