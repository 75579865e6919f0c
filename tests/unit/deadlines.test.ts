import { describe, expect, it } from 'vitest'
import { createCalendar } from '../../src/services/calendar/calendar.js'
import { computeDue, type SessionWindow } from '../../src/services/deadlines/due-date.js'
import { parseDeadline } from '../../src/services/deadlines/parse.js'

const calendar = createCalendar()

/** Every deadline phrase of the five seed plans, with the rule it must read as. */
const SEED_PHRASES: [seed: string, phrase: string, rule: Record<string, unknown>][] = [
  [
    '000',
    'Báo cáo gửi Thường trực Tỉnh ủy (đồng gửi Ban Dân vận Tỉnh ủy) **trước ngày 28/02/2023.**',
    { kind: 'absolute', date: '2023-02-28', inclusive: false },
  ],
  [
    '000',
    'Báo cáo gửi Thường trực Tỉnh ủy (đồng gửi Ban Dân vận Tỉnh ủy) **trước ngày 30/6/2023.**',
    { kind: 'absolute', date: '2023-06-30', inclusive: false },
  ],
  [
    '000',
    'trình Thường trực Tỉnh ủy chậm nhất trước 10 ngày so với thời điểm tổ chức đối thoại.',
    { kind: 'relative', offset: -10, unit: 'days', anchor: 'session_start' },
  ],
  [
    '000',
    'Tổng hợp báo cáo gửi về Ban Dân vận Tỉnh ủy **trước ngày 28/02/2023**.',
    { kind: 'absolute', date: '2023-02-28', inclusive: false },
  ],
  [
    '000',
    'Chọn và lập danh sách cán bộ, công chức, viên chức mời tham dự buổi đối thoại gửi về Ban Dân vận Tỉnh ủy trước khi tổ chức đối thoại 10 ngày.',
    { kind: 'relative', offset: -10, unit: 'days', anchor: 'session_start' },
  ],
  [
    '000',
    'Tổng hợp báo cáo gửi về Ban Dân vận Tỉnh ủy **trước ngày 30/6/2023**.',
    { kind: 'absolute', date: '2023-06-30', inclusive: false },
  ],
  ['001', 'Báo cáo gửi về Ban Dân vận Tỉnh ủy trước ngày **30/3/2022**.', { kind: 'absolute', date: '2022-03-30', inclusive: false }],
  ['001', 'Báo cáo gửi về Ban Dân vận Tỉnh ủy trước ngày **30/6/2022**.', { kind: 'absolute', date: '2022-06-30', inclusive: false }],
  [
    '001',
    'trình Thường trực Tỉnh ủy chậm nhất 10 ngày trước khi tổ chức đối thoại.',
    { kind: 'relative', offset: -10, unit: 'days', anchor: 'session_start' },
  ],
  [
    '001',
    'Tổng hợp, báo cáo gửi Ban Dân vận Tỉnh ủy trước ngày **30/6/2022** để tổng hợp, trình đồng chí Bí thư Tỉnh ủy trước khi đối thoại.',
    { kind: 'absolute', date: '2022-06-30', inclusive: false },
  ],
  [
    '002',
    'Trình dự thảo thông báo kết luận cho Bí thư Thị ủy xem xét, ban hành … trong thời hạn 07 ngày làm việc kể từ khi kết thúc việc đối thoại trực tiếp của Bí thư Thị ủy.',
    { kind: 'relative', offset: 7, unit: 'working_days', anchor: 'session_end' },
  ],
  [
    '002',
    'xây dựng báo cáo gửi Thường trực Thị ủy, đồng thời gửi Ban Dân vận Thị ủy trước khi tổ chức đối thoại.',
    { kind: 'relative', offset: -1, unit: 'days', anchor: 'session_start' },
  ],
  [
    '003',
    'Thời gian: Báo cáo 6 tháng trước ngày **15/6/2022**',
    { kind: 'periodic', every: 'year', month: 6, day: 15, inclusive: false, report: 'six_months', year: 2022 },
  ],
  [
    '003',
    'báo cáo năm trước ngày **25/11/2022**./.',
    { kind: 'periodic', every: 'year', month: 11, day: 25, inclusive: false, report: 'annual', year: 2022 },
  ],
  [
    '004',
    'Thông báo rộng rãi … cho Nhân dân được biết chậm nhất 07 ngày tiếp xúc, đối thoại.',
    { kind: 'relative', offset: -7, unit: 'days', anchor: 'session_start' },
  ],
]

const VARIANTS: [phrase: string, rule: Record<string, unknown>][] = [
  ['chậm nhất 07 ngày', { kind: 'relative', offset: -7, unit: 'days' }],
  ['hạn chót 15/3/2023', { kind: 'absolute', date: '2023-03-15', inclusive: true }],
  ['chậm nhất ngày 10/5/2023', { kind: 'absolute', date: '2023-05-10', inclusive: true }],
  ['đến ngày 10/5/2023', { kind: 'absolute', date: '2023-05-10', inclusive: true }],
  ['trước ngày 5 hằng tháng', { kind: 'periodic', every: 'month', day: 5, inclusive: false }],
  ['trong vòng 5 ngày làm việc', { kind: 'relative', offset: 5, unit: 'working_days', anchor: 'session_end' }],
  ['trước ngày 05 tháng 3 năm 2023', { kind: 'absolute', date: '2023-03-05', inclusive: false }],
  ['chậm nhất mười ngày trước khi tổ chức hội nghị', { kind: 'relative', offset: -10, unit: 'days' }],
]

describe('reading deadline phrases', () => {
  it.each(SEED_PHRASES)('seed %s: "%s"', (_seed, phrase, rule) => {
    expect(parseDeadline(phrase)).toMatchObject({ ...rule, text: phrase })
  })

  it.each(VARIANTS)('variant "%s"', (phrase, rule) => {
    expect(parseDeadline(phrase)).toMatchObject(rule)
  })

  it.each([
    ['trước ngày 31/2/2023', 'invalid-date'],
    ['trước ngày 15/6', 'year-missing'],
    ['sớm nhất có thể', 'no-deadline'],
    ['   ', 'empty'],
    ['Phối hợp với Ban Dân vận Tỉnh ủy theo dõi, nắm bắt tình hình, dư luận xã hội', 'no-deadline'],
  ])('reports "%s" as unreadable (%s), never guessing', (phrase, reason) => {
    expect(parseDeadline(phrase)).toMatchObject({ kind: 'none', reason })
  })

  it('takes the plan year for a date without one', () => {
    expect(parseDeadline('trước ngày 15/6', { defaultYear: 2022 })).toMatchObject({ kind: 'absolute', date: '2022-06-15' })
  })
})

describe('due dates', () => {
  const day = (date: string): SessionWindow => ({ precision: 'day', start: date, end: date })
  const due = (phrase: string, session: SessionWindow | null, today: string | null = null) =>
    computeDue(parseDeadline(phrase), calendar, session, today)

  it('"trước ngày X" ends the day before X; inclusive cues end on X', () => {
    expect(due('trước ngày 28/02/2023', null)).toEqual({ due: '2023-02-27', provisional: false, missing: null })
    expect(due('chậm nhất ngày 28/02/2023', null).due).toBe('2023-02-28')
  })

  it('counts calendar days before a session and steps back off a non-working day', () => {
    // Session on Tue 15/8/2023: 10 days before is Sat 5/8 → Fri 4/8.
    expect(due('chậm nhất 10 ngày trước khi tổ chức đối thoại', day('2023-08-15')).due).toBe('2023-08-04')
    // Session on Mon 24/4/2023: 10 days before is Fri 14/4, a working day.
    expect(due('trước khi tổ chức đối thoại 10 ngày', day('2023-04-24')).due).toBe('2023-04-14')
  })

  it('counts working days after a session across holidays and make-up days', () => {
    // Session ends Fri 26/4/2024: 7 working days → 29/4 swapped off, 30/4–1/5 holidays, Sat 4/5 worked.
    expect(due('trong thời hạn 07 ngày làm việc kể từ khi kết thúc việc đối thoại', day('2024-04-26')).due).toBe('2024-05-09')
    // Session ends Thu 19/1/2023, just before Tết Quý Mão (20–26/1 off).
    expect(due('trong thời hạn 07 ngày làm việc kể từ khi kết thúc việc đối thoại', day('2023-01-19')).due).toBe('2023-02-06')
    // Session ends Thu 23/4/2026: Giỗ Tổ compensation Mon 27/4 and 30/4–1/5 are skipped.
    expect(due('trong vòng 5 ngày làm việc', day('2026-04-23')).due).toBe('2026-05-05')
  })

  it('is provisional on a session known only to the month or quarter: before-rules from the first day, after-rules from the last', () => {
    const august: SessionWindow = { precision: 'month', start: '2023-08-01', end: '2023-08-31' }
    // 31/8 + 7 working days: 1/9 and 4/9/2023 are off (Quốc khánh on a Saturday).
    expect(due('chậm nhất 10 ngày trước khi tổ chức đối thoại', august)).toEqual({ due: '2023-07-21', provisional: true, missing: null })
    expect(due('trong thời hạn 07 ngày làm việc kể từ khi kết thúc việc đối thoại', august)).toEqual({
      due: '2023-09-13',
      provisional: true,
      missing: null,
    })
    const q3: SessionWindow = { precision: 'quarter', start: '2025-07-01', end: '2025-09-30' }
    expect(due('chậm nhất 07 ngày', q3)).toEqual({ due: '2025-06-24', provisional: true, missing: null })
  })

  it('has no due date without a session, or with an unscheduled one', () => {
    expect(due('chậm nhất 07 ngày', null)).toMatchObject({ due: null, missing: 'no-session' })
    expect(due('chậm nhất 07 ngày', { precision: 'unscheduled', start: null, end: null })).toMatchObject({
      due: null,
      missing: 'session-unscheduled',
    })
    expect(due('sớm nhất có thể', null)).toMatchObject({ due: null, missing: 'unreadable' })
  })

  it('gives periodic reports their occurrence', () => {
    expect(due('báo cáo 6 tháng trước ngày 15/6/2022', null).due).toBe('2022-06-14')
    expect(due('báo cáo năm trước ngày 25/11/2022', null).due).toBe('2022-11-24')
    expect(due('trước ngày 5 hằng tháng', null, '2026-03-10').due).toBe('2026-04-04')
    expect(due('trước ngày 5 hằng tháng', null, '2026-12-10').due).toBe('2027-01-04')
  })
})
