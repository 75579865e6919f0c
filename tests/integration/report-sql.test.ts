import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createRepositories, type Repositories, type TaskQuery } from '../../src/db/repositories/index.js'
import { addDays, type LocalDate } from '../../src/services/calendar/local-date.js'
import { countOutcomes, type OutcomeTask } from '../../src/services/tasks/outcomes.js'
import { createTestDatabase, type TestDatabase } from '../helpers/test-db.js'

/**
 * The four outcome classes are counted in SQL for lists, the digest and the summary; they must
 * be the classes `classifyTask` gives. 600 tasks of every shape (open, done on time or late or
 * without a completion day, cancelled, undated, extended, created on various days), counted on
 * thirty days, in SQL and in JavaScript.
 */
function random(seed: number) {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

interface Row extends OutcomeTask {
  number: number
  extended: boolean
  createdOn: LocalDate
  lead: number
}

describe('outcome classes counted in SQL agree with classifyTask', () => {
  let db: TestDatabase
  let repos: Repositories
  const rows: Row[] = []
  const base = '2026-01-01'

  beforeAll(async () => {
    db = await createTestDatabase()
    repos = createRepositories(db.prisma)
    await db.sql.exec(`
      INSERT INTO committees (id, name, level, time_zone) VALUES (1, 'Thử', 'province', 'Asia/Ho_Chi_Minh');
      INSERT INTO bodies (id, committee_id, number, name, normalized_name)
        SELECT j, 1, j, 'Cơ quan ' || j, 'co quan ' || j FROM generate_series(1, 7) j;`)
    const next = random(12)
    const day = (span: number) => addDays(base, Math.floor(next() * span) - 30)
    for (let i = 1; i <= 600; i++) {
      const r = next()
      const status = r < 0.45 ? 'open' : r < 0.9 ? 'done' : 'cancelled'
      const dueDate = next() < 0.1 ? null : day(120)
      const completedOn = status === 'done' && next() < 0.95 ? day(120) : null
      rows.push({ number: i, status, dueDate, completedOn, extended: next() < 0.1, createdOn: day(90), lead: 1 + Math.floor(next() * 7) })
    }
    await db.sql.query(
      `INSERT INTO tasks (committee_id, number, title, kind, status, due_date, completed_on, extended, created_by_person_id, created_at)
       SELECT 1, r.number, 'Nhiệm vụ ' || r.number, 'report', r.status::"TaskStatus", r.due, r.done, r.extended, 1,
         (r.created::timestamp AT TIME ZONE 'Asia/Ho_Chi_Minh') + interval '10 hours'
       FROM jsonb_to_recordset($1::jsonb) AS r(number int, status text, due date, done date, extended boolean, created date)`,
      [
        JSON.stringify(
          rows.map((t) => ({
            number: t.number,
            status: t.status,
            due: t.dueDate,
            done: t.completedOn,
            extended: t.extended,
            created: t.createdOn,
          })),
        ),
      ],
    )
    await db.sql.query(
      `INSERT INTO task_bodies (task_id, body_id, role)
       SELECT t.id, r.lead, 'lead' FROM jsonb_to_recordset($1::jsonb) AS r(number int, lead int) JOIN tasks t ON t.number = r.number`,
      [JSON.stringify(rows.map((t) => ({ number: t.number, lead: t.lead })))],
    )
  }, 60_000)
  afterAll(async () => {
    await db?.destroy()
  })

  it('in total, by lead body, and for a filter, on thirty days', async () => {
    for (let k = 0; k < 30; k++) {
      const today = addDays(base, k * 4 - 20)
      const js = countOutcomes(rows, today, (t) => [t.lead])
      const sql = await repos.reports.taskCounts(1, {}, today)
      expect(sql).toEqual({ ...js.total, all: rows.length })
      const open = countOutcomes(
        rows.filter((t) => t.status === 'open'),
        today,
      )
      expect(await repos.reports.taskCounts(1, { status: ['open'] }, today)).toMatchObject(open.total)
      const byBody = await repos.reports.countsByLeadBody(1, today, 3)
      const worst = [...js.groups.entries()]
        .map(([lead, counts]) => ({ lead: Number(lead), counts }))
        .sort(
          (a, b) =>
            b.counts.open_overdue - a.counts.open_overdue ||
            b.counts.done_late - a.counts.done_late ||
            b.counts.total - a.counts.total ||
            a.lead - b.lead,
        )
      expect(byBody.filter((row) => row.isTop).map((row) => row.counts)).toEqual(worst.slice(0, 3).map((row) => row.counts))
      const others = byBody.find((row) => !row.isTop)
      expect(others?.bodies).toBe(worst.length - 3)
      expect(others?.counts.total).toBe(worst.slice(3).reduce((sum, row) => sum + row.counts.total, 0))
    }
  })

  it('as the week before stood: tasks created since left out, tasks completed since still open', async () => {
    for (let k = 0; k < 30; k++) {
      const today = addDays(base, k * 4 - 20)
      const previousDay = addDays(today, -7)
      const then = countOutcomes(
        rows
          .filter((t) => t.status !== 'cancelled' && t.createdOn <= previousDay)
          .map((t) => (t.completedOn !== null && t.completedOn > previousDay ? { ...t, status: 'open' as const, completedOn: null } : t)),
        previousDay,
      )
      const now = countOutcomes(
        rows.filter((t) => t.status !== 'cancelled'),
        today,
      )
      expect(await repos.reports.weekCounts(1, today, previousDay)).toEqual({ now: now.total, then: then.total })
    }
  })
  it('as they stood at the end of each of twelve weeks: committee, lead body, bodies, period (services/reports trend)', async () => {
    const today = addDays(base, 30)
    const days = Array.from({ length: 12 }, (_, i) => addDays(today, -7 * (11 - i)))
    const asOf = (selected: Row[], day: LocalDate) =>
      countOutcomes(
        selected
          .filter((t) => t.status !== 'cancelled' && t.createdOn <= day)
          .map((t) => (t.completedOn !== null && t.completedOn > day ? { ...t, status: 'open' as const, completedOn: null } : t)),
        day,
      ).total
    const cases: [TaskQuery, (t: Row) => boolean][] = [
      [{}, () => true],
      [{ leadBodyId: 3 }, (t) => t.lead === 3],
      [{ bodyIds: [2, 5] }, (t) => t.lead === 2 || t.lead === 5],
      [{ dueFrom: '2026-01-01', dueTo: '2026-01-31' }, (t) => t.dueDate !== null && t.dueDate >= '2026-01-01' && t.dueDate <= '2026-01-31'],
    ]
    for (const [query, selects] of cases) {
      const selected = rows.filter(selects)
      expect(await repos.reports.classesOn(1, query, days)).toEqual(days.map((day) => ({ day, counts: asOf(selected, day) })))
    }
  })
})
