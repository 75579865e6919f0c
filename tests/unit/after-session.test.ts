import { describe, expect, it } from 'vitest'
import type { RollupItem, RollupOpinion, TaskWithRefs } from '../../src/db/repositories/index.js'
import { readDateTime } from '../../src/services/after-session/date-time-input.js'
import { readDeadlineInput } from '../../src/services/after-session/deadline-input.js'
import { pendingOpinions, rollUpItems, rollUpOpinions, rollUpSessions, sumRollups } from '../../src/services/after-session/rollups.js'
import { createCalendar } from '../../src/services/calendar/calendar.js'
import { readPercent } from '../../src/services/conclusions/conclusions.js'
import { defaultNoticeRule, noticeRuleSource } from '../../src/services/conclusions/held.js'
import { periodRule, readPeriod } from '../../src/services/conclusions/periodic-reports.js'
import { computeDue } from '../../src/services/deadlines/due-date.js'
import { parseDeadline } from '../../src/services/deadlines/parse.js'
import { UserError } from '../../src/services/errors.js'
import { fieldLabel, readField } from '../../src/services/opinions/fields.js'
import { newRegistrationCode, readRegistrationCode, registrationRules } from '../../src/services/opinions/registrations.js'
import { isPartyBody } from '../../src/documents/docx-common.js'

const calendar = createCalendar()
const refusal = (fn: () => unknown) => {
  try {
    fn()
  } catch (error) {
    return error instanceof UserError ? error.key : `not a UserError: ${String(error)}`
  }
  return 'accepted'
}
const tr = (key: string, vars?: Record<string, string | number>) => `${key}${vars ? JSON.stringify(vars) : ''}`

describe('the conclusion notice’s due date from the plan’s rule', () => {
  const rule = parseDeadline('trong thời hạn 07 ngày làm việc kể từ khi kết thúc việc đối thoại trực tiếp của Bí thư Thị ủy')
  const held = (date: string) => ({ precision: 'day' as const, start: date, end: date })

  it('counts seven working days from the day the session ended (seed 002)', () => {
    expect(rule).toMatchObject({ kind: 'relative', offset: 7, unit: 'working_days', anchor: 'session_end' })
    // The example: a session that ended on Friday 12/05/2023.
    expect(computeDue(rule, calendar, held('2023-05-12')).due).toBe('2023-05-23')
    // The first session of seed 002, held on Friday 24/03/2023.
    expect(computeDue(rule, calendar, held('2023-03-24')).due).toBe('2023-04-04')
    // Over the holidays of 2023 (29/4–3/5 off, no make-up Saturday): 28/4, 4/5, 5/5, 8/5, 9/5, 10/5, 11/5.
    expect(computeDue(rule, calendar, held('2023-04-27')).due).toBe('2023-05-11')
  })

  it('uses the same count by default when the plan states none', () => {
    const fallback = defaultNoticeRule(tr)
    expect(fallback).toMatchObject({ kind: 'relative', offset: 7, unit: 'working_days', anchor: 'session_end' })
    expect(computeDue(fallback, calendar, held('2023-05-12')).due).toBe('2023-05-23')
  })

  const task = (over: Partial<TaskWithRefs>): TaskWithRefs =>
    ({
      id: 1,
      number: 1,
      kind: 'conclusion_notice',
      status: 'open',
      sessionId: null,
      planId: 1,
      deadlineRule: rule,
      bodies: [],
      ...over,
    }) as TaskWithRefs

  it('takes the session’s own task first, then the plan’s rule, then a sibling session’s task, else asks', () => {
    const own = task({ id: 5, sessionId: 10 })
    const sibling = task({ id: 6, number: 6, sessionId: 11 })
    const session = { id: 10, planId: 1 }
    expect(noticeRuleSource(session, null, [sibling, own])).toEqual({ kind: 'own-task', task: own })
    expect(noticeRuleSource(session, { conclusionRule: rule, conclusionBodyId: 3 }, [sibling])).toEqual({ kind: 'plan', rule, bodyId: 3 })
    expect(noticeRuleSource(session, null, [sibling])).toEqual({ kind: 'sibling', task: sibling, rule })
    // A sibling of another plan, a cancelled one, one without a session, one with an absolute date: none of them.
    expect(
      noticeRuleSource(session, null, [
        task({ sessionId: 11, planId: 2 }),
        task({ sessionId: 11, status: 'cancelled' }),
        task({ sessionId: null }),
        task({ sessionId: 11, deadlineRule: parseDeadline('trước ngày 30/6/2023') }),
      ]),
    ).toEqual({ kind: 'none' })
    expect(noticeRuleSource({ id: 10, planId: null }, null, [sibling])).toEqual({ kind: 'none' })
  })
})

describe('the roll-ups of a session', () => {
  const task = (status: 'open' | 'done' | 'cancelled', due: string | null, completed: string | null = null) => ({
    status,
    dueDate: due,
    completedOn: completed,
  })
  const opinion = (sessionId: number, outcome: RollupOpinion['outcome'], t: RollupOpinion['task'] = null, field: string | null = null) =>
    ({
      sessionId,
      sessionNumber: sessionId,
      sessionTopic: '',
      sessionStart: null,
      outcome,
      field,
      bodyId: null,
      task: t,
    }) satisfies RollupOpinion
  const item = (sessionId: number, t: ReturnType<typeof task>, ongoing = false, lead = 'Phòng Lao động') =>
    ({
      sessionId,
      sessionNumber: sessionId,
      sessionTopic: '',
      sessionStart: null,
      ongoing,
      number: 1,
      title: 'x',
      lead,
      task: t,
    }) satisfies RollupItem

  it('puts every opinion in exactly one count, written answers by their task’s class', () => {
    const today = '2023-05-08'
    const opinions = [
      opinion(1, 'answered_at_session'),
      opinion(1, 'answered_at_session'),
      opinion(1, 'answered_at_session'),
      opinion(1, 'in_writing', task('done', '2023-04-14', '2023-04-14')), // on time
      opinion(1, 'in_writing', task('open', '2023-04-14')), // overdue
      opinion(1, 'in_writing', task('done', '2023-04-14', '2023-04-20')), // late
      opinion(1, 'in_writing', task('open', '2023-06-01')), // in term
      opinion(1, 'in_writing', task('cancelled', '2023-04-14')), // no class
      opinion(1, 'transferred'),
      opinion(1, 'pending'),
      opinion(2, 'answered_at_session'),
    ]
    const rollups = rollUpSessions(opinions, [], today)
    expect(rollups.get(1)?.opinions).toEqual({
      received: 10,
      answeredAtSession: 3,
      writing: { done_on_time: 1, done_late: 1, open_in_term: 1, open_overdue: 1 },
      transferred: 1,
      undecided: 1,
    })
    expect(pendingOpinions(rollups.get(1)!.opinions)).toBe(3)
    expect(rollups.get(2)?.opinions.received).toBe(1)
    expect(sumRollups(rollups.values()).opinions.received).toBe(11)
  })

  it('counts conclusion items done on time or late, in progress (ongoing apart), overdue; an ongoing item is never overdue', () => {
    const items = [
      item(1, task('open', '2023-04-30')), // overdue on 08/05
      item(1, task('open', null), true), // ongoing
      item(1, task('open', '2023-06-30')), // in progress
      item(1, task('done', '2023-04-30', '2023-04-28')),
      item(1, task('done', '2023-04-30', '2023-05-02')),
      item(1, task('cancelled', '2023-04-30')),
    ]
    expect(rollUpSessions([], items, '2023-05-08').get(1)?.items).toEqual({
      total: 5,
      doneOnTime: 1,
      doneLate: 1,
      inProgress: 2,
      ongoing: 1,
      overdue: 1,
    })
    // The day before the due date passes, the first one is still in progress.
    expect(rollUpSessions([], items.slice(0, 1), '2023-04-30').get(1)?.items).toMatchObject({ inProgress: 1, overdue: 0 })
  })

  it('groups by field and by lead body for the periodic report', () => {
    const byField = rollUpOpinions(
      [opinion(1, 'answered_at_session', null, 'land'), opinion(2, 'pending', null, 'land'), opinion(1, 'transferred', null, null)],
      '2023-06-12',
      (row) => row.field,
    )
    expect([...byField.entries()].map(([k, v]) => [k, v.received])).toEqual([
      ['land', 2],
      [null, 1],
    ])
    const byBody = rollUpItems(
      [
        item(1, task('open', '2023-04-30'), false, 'A'),
        item(1, task('open', '2023-07-30'), false, 'B'),
        item(2, task('open', '2023-04-30'), false, 'A'),
      ],
      '2023-06-12',
      (row) => row.lead,
    )
    expect(byBody.get('A')).toMatchObject({ total: 2, overdue: 2 })
    expect(byBody.get('B')).toMatchObject({ total: 1, inProgress: 1 })
  })
})

describe('what officials and citizens type', () => {
  it('reads a progress percentage and refuses 140 %', () => {
    expect(readPercent('60')).toBe(60)
    expect(readPercent('60%')).toBe(60)
    expect(readPercent(' 100 % ')).toBe(100)
    expect(readPercent('0')).toBe(0)
    for (const bad of ['140', '101', '-5', 'sáu mươi', '', '60.5']) {
      expect(refusal(() => readPercent(bad))).toBe('progress-error-percent')
    }
  })

  it('reads a registration code from a start link, a typed message or the code alone', () => {
    expect(readRegistrationCode('dk_K7P2QX')).toBe('K7P2QX')
    expect(readRegistrationCode('DK K7P2QX')).toBe('K7P2QX')
    expect(readRegistrationCode('k7p2qx')).toBe('K7P2QX')
    expect(readRegistrationCode('/dk K7P2QX')).toBe('K7P2QX')
    // Letters that are never in a code (O, I, L, 0, 1) and wrong lengths are not codes.
    for (const bad of ['K7P2Q0', 'KOP2QX', 'K7P2Q', 'K7P2QXY', 'dk_', 'hello']) {
      expect(readRegistrationCode(bad)).toBeNull()
    }
    const codes = new Set(Array.from({ length: 200 }, () => newRegistrationCode()))
    for (const code of codes) {
      expect(readRegistrationCode(code)).toBe(code)
    }
    expect(codes.size).toBeGreaterThan(190)
  })

  it('checks a registration form field by field', () => {
    expect(registrationRules.name('  Phạm   Văn Hùng ')).toBe('Phạm Văn Hùng')
    expect(refusal(() => registrationRules.name('P'))).toBe('registration-error-name')
    expect(refusal(() => registrationRules.place(' '))).toBe('registration-error-place')
    expect(refusal(() => registrationRules.content('Đề nghị'))).toBe('registration-error-content')
    expect(registrationRules.phone('0905 123 456')).toBe('0905123456')
    expect(registrationRules.phone('+84905123456')).toBe('+84905123456')
    expect(refusal(() => registrationRules.phone('12345'))).toBe('registration-error-phone')
  })

  it('files a typed field under a code when the words name one, else keeps the words', () => {
    expect(readField('land')).toBe('land')
    expect(readField('Đất đai')).toBe('land')
    expect(readField('thương binh, chế độ người có công')).toBe('policy')
    expect(readField('An toàn giao thông nông thôn')).toBe('infrastructure')
    expect(readField('Nước sạch')).toBe('Nước sạch')
    expect(fieldLabel((k) => `<${k}>`, 'land')).toBe('<field-land>')
    expect(fieldLabel((k) => `<${k}>`, 'Nước sạch')).toBe('Nước sạch')
    expect(fieldLabel((k) => `<${k}>`, null)).toBe('<field-none>')
  })

  it('reads a deadline as a plan’s phrase, a bare date or “thường xuyên”, and refuses what it cannot read', () => {
    expect(readDeadlineInput('thường xuyên', 2023, true)).toEqual({ kind: 'ongoing' })
    expect(readDeadlineInput('Thuong xuyen', 2023, true)).toEqual({ kind: 'ongoing' })
    expect(refusal(() => readDeadlineInput('thường xuyên', 2023, false))).toBe('task-error-deadline-unreadable')
    expect(readDeadlineInput('30/6/2023', 2023, true)).toEqual({
      kind: 'rule',
      rule: { kind: 'absolute', date: '2023-06-30', inclusive: true, text: '30/6/2023' },
    })
    expect(readDeadlineInput('30/6', 2023, true)).toMatchObject({ rule: { date: '2023-06-30' } })
    expect(readDeadlineInput('chậm nhất ngày 30/4/2023', 2023, false)).toMatchObject({ rule: { kind: 'absolute', date: '2023-04-30' } })
    expect(refusal(() => readDeadlineInput('sớm nhất có thể', 2023, true))).toBe('task-error-deadline-unreadable')
    expect(refusal(() => readDeadlineInput('31/2/2023', 2023, true))).toBe('date-error-invalid')
  })

  it('reads a span typed first ("07 ngày làm việc sau buổi đối thoại") as the plans’ order says it', () => {
    expect(readDeadlineInput('07 ngày làm việc sau buổi đối thoại', 2027, false)).toEqual({
      kind: 'rule',
      rule: { kind: 'relative', offset: 7, unit: 'working_days', anchor: 'session_end', text: '07 ngày làm việc sau buổi đối thoại' },
    })
    expect(readDeadlineInput('3 ngày trước hội nghị', 2027, false)).toMatchObject({
      rule: { kind: 'relative', offset: -3, unit: 'days', anchor: 'session_start' },
    })
    // A span counted from something that is not a session stays unread: nothing is guessed.
    expect(refusal(() => readDeadlineInput('5 ngày sau khi nhận được', 2027, false))).toBe('task-error-deadline-unreadable')
  })

  it('reads a moment ("17h00 20/3/2023", "16 giờ ngày 22/3", a bare date at the default time)', () => {
    expect(readDateTime('17h00 20/3/2023', null, '17:00')).toEqual({ date: '2023-03-20', time: '17:00' })
    expect(readDateTime('20/3/2023 7:30', null, '17:00')).toEqual({ date: '2023-03-20', time: '07:30' })
    expect(readDateTime('16 giờ ngày 22/3', 2023, '17:00')).toEqual({ date: '2023-03-22', time: '16:00' })
    expect(readDateTime('22/3/2023', null, '16:00')).toEqual({ date: '2023-03-22', time: '16:00' })
    expect(refusal(() => readDateTime('17h00', 2023, '17:00'))).toBe('date-error-format')
  })

  it('reads the period of /baocao and makes its rule from the plan’s or the usual dates', () => {
    expect(readPeriod('6thang')).toBe('six_months')
    expect(readPeriod('6 tháng')).toBe('six_months')
    expect(readPeriod('năm')).toBe('annual')
    expect(readPeriod('quy')).toBeNull()
    expect(periodRule('six_months', 2023, [], tr)).toMatchObject({ month: 6, day: 15, inclusive: false, year: 2023, report: 'six_months' })
    expect(periodRule('annual', 2023, [], tr)).toMatchObject({ month: 11, day: 25, inclusive: false })
    const seed003 = parseDeadline('Báo cáo 6 tháng trước ngày 15/6/2022; báo cáo năm trước ngày 25/11/2022')
    const planRule = { ...(seed003 as Extract<typeof seed003, { kind: 'periodic' }>), report: 'six_months' as const, month: 6, day: 10 }
    expect(periodRule('six_months', 2023, [planRule], tr)).toMatchObject({ month: 6, day: 10, year: 2023 })
    expect(computeDue(periodRule('six_months', 2023, [], tr), calendar, null).due).toBe('2023-06-14')
  })

  it('tells a party committee from a state body for the document’s header', () => {
    expect(isPartyBody('Ban Thường vụ Thị ủy Đức Phổ')).toBe(true)
    expect(isPartyBody('Đảng ủy xã Quế Sơn')).toBe(true)
    expect(isPartyBody('Ủy ban nhân dân xã Trà Thanh')).toBe(false)
    expect(isPartyBody('Văn phòng UBND tỉnh Quảng Ngãi')).toBe(false)
  })
})
