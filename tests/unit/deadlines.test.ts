import { describe, expect, it } from 'vitest'
import { createCalendar } from '../../src/services/calendar/calendar.js'
import { computeDue, type SessionWindow } from '../../src/services/deadlines/due-date.js'
import { findDeadlines, parseDeadline } from '../../src/services/deadlines/parse.js'

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
    'Chọn và lập danh sách cán bộ, công chức, viên chức mời tham dự buổi đối thoại gửi về Ban Dân vận Tỉnh ủy ' +
      'trước khi tổ chức đối thoại 10 ngày.',
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
    'Trình dự thảo thông báo kết luận cho Bí thư Thị ủy xem xét, ban hành … trong thời hạn 07 ngày làm việc kể từ khi kết thúc việc ' +
      'đối thoại trực tiếp của Bí thư Thị ủy.',
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

/** The idioms of plans and notices of the family that are not among the seeds (issue 11), each read with the plan's year 2024. */
const FAMILY_IDIOMS: [phrase: string, rules: Record<string, unknown>[]][] = [
  [
    'gửi Ban Tiếp công dân trước 16 giờ 00 ngày làm việc liền trước mỗi buổi tiếp công dân',
    [{ kind: 'relative', offset: -1, unit: 'working_days', anchor: 'session_start' }],
  ],
  [
    'báo cáo Chủ tịch trước 16 giờ 00 của ngày làm việc liền kề trước mỗi buổi tiếp',
    [{ kind: 'relative', offset: -1, unit: 'working_days', anchor: 'session_start' }],
  ],
  [
    'điều chỉnh thời hạn từ "trước ngày 31/5/2023" thành "trước ngày 30/6/2023"',
    [{ kind: 'absolute', date: '2023-06-30', inclusive: false }],
  ],
  // The day of the event itself, named by its noun: counted from its start (the day it is held).
  [
    'trình ký trong thời hạn 05 ngày làm việc kể từ ngày tiếp công dân',
    [{ kind: 'relative', offset: 5, unit: 'working_days', anchor: 'session_start' }],
  ],
  ['trình ký trong vòng 07 ngày kể từ ngày hội nghị kết thúc', [{ kind: 'relative', offset: 7, unit: 'days', anchor: 'session_end' }]],
  [
    'gửi về Ban Dân vận trước các buổi đối thoại tại Phụ lục ít nhất 03 ngày',
    [{ kind: 'relative', offset: -3, unit: 'days', anchor: 'session_start' }],
  ],
  [
    'Gửi báo cáo về Ban Dân vận trước thời điểm tổ chức hội nghị tối thiểu 10 ngày.',
    [{ kind: 'relative', offset: -10, unit: 'days', anchor: 'session_start' }],
  ],
  [
    'Hoàn thiện tài liệu trước khi tổ chức đối thoại ít nhất 20 ngày',
    [{ kind: 'relative', offset: -20, unit: 'days', anchor: 'session_start' }],
  ],
  [
    'gửi danh sách đại biểu chậm nhất 15 ngày trước mỗi hội nghị',
    [{ kind: 'relative', offset: -15, unit: 'days', anchor: 'session_start' }],
  ],
  [
    'Ban hành thông báo kết luận trong vòng 07 ngày làm việc sau hội nghị.',
    [{ kind: 'relative', offset: 7, unit: 'working_days', anchor: 'session_end' }],
  ],
  [
    'Tổng hợp ý kiến chậm nhất 05 ngày làm việc kể từ ngày kết thúc hội nghị',
    [{ kind: 'relative', offset: 5, unit: 'working_days', anchor: 'session_end' }],
  ],
  ['Báo cáo kết quả sau 10 ngày kể từ ngày kết thúc đối thoại', [{ kind: 'relative', offset: 10, unit: 'days', anchor: 'session_end' }]],
  ['Gửi báo cáo trước 17 giờ ngày 10/5/2024.', [{ kind: 'absolute', date: '2024-05-10', inclusive: true }]],
  ['đăng ký phát biểu trước 16 giờ 30 ngày 19/3/2025', [{ kind: 'absolute', date: '2025-03-19', inclusive: true }]],
  ['hoàn thành trong tháng 8/2025', [{ kind: 'absolute', date: '2025-08-31', inclusive: true, of: 'month' }]],
  [
    'Báo cáo định kỳ 6 tháng (trước ngày 10/6) và năm (trước ngày 10/12).',
    [
      { kind: 'periodic', every: 'year', month: 6, day: 10, inclusive: false, report: 'six_months', year: 2024 },
      { kind: 'periodic', every: 'year', month: 12, day: 10, inclusive: false, report: 'annual', year: 2024 },
    ],
  ],
  ['thực hiện trước tháng 7-2024', [{ kind: 'absolute', date: '2024-07-01', inclusive: false, of: 'month' }]],
  ['Ngày 12-7', [{ kind: 'absolute', date: '2024-07-12', inclusive: true }]],
  ['Tổ chức tuyên truyền trong ngày 1/7/2021', [{ kind: 'absolute', date: '2021-07-01', inclusive: true }]],
  // Variants of the same idioms, as other offices write them.
  ['trước 8h00 ngày 05/6/2024', [{ kind: 'absolute', date: '2024-06-05', inclusive: true }]],
  ['xong trước ngày 15 tháng 6 năm 2024', [{ kind: 'absolute', date: '2024-06-15', inclusive: false }]],
  ['hoàn thành trong quý III/2024', [{ kind: 'absolute', date: '2024-09-30', inclusive: true, of: 'quarter' }]],
  ['gửi về trước ngày 15/6 và ngày 15/12', [{ date: '2024-06-15' }, { date: '2024-12-15' }]],
  ['Báo cáo 6 tháng đầu năm trước ngày 20/6', [{ kind: 'periodic', report: 'six_months', month: 6, day: 20 }]],
  [
    'trong thời gian 05 ngày làm việc, kể từ ngày tổ chức hội nghị',
    [{ kind: 'relative', offset: 5, unit: 'working_days', anchor: 'session_start' }],
  ],
  ['chậm nhất 01 tuần trước khi tổ chức đối thoại', [{ kind: 'relative', offset: -7, unit: 'days', anchor: 'session_start' }]],
  ['gửi thông báo trước ngày tổ chức hội nghị', [{ kind: 'relative', offset: -1, unit: 'days', anchor: 'session_start' }]],
  ['ban hành thông báo sau hội nghị 05 ngày', [{ kind: 'relative', offset: 5, unit: 'days', anchor: 'session_end' }]],
  // Words that say which event ("mỗi", "các", "từng") or an event of another name between "sau (khi kết thúc)" and the count.
  [
    'trình ký sau khi kết thúc mỗi hội nghị 07 ngày làm việc',
    [{ kind: 'relative', offset: 7, unit: 'working_days', anchor: 'session_end' }],
  ],
  ['gửi biên bản sau các buổi tiếp xúc 03 ngày', [{ kind: 'relative', offset: 3, unit: 'days', anchor: 'session_end' }]],
  [
    'hoàn thiện hồ sơ sau khi kết thúc từng phiên đối thoại 05 ngày',
    [{ kind: 'relative', offset: 5, unit: 'days', anchor: 'session_end' }],
  ],
  ['sau khi kết thúc đợt làm việc 02 tuần, nộp báo cáo', [{ kind: 'relative', offset: 14, unit: 'days', anchor: 'session_end' }]],
  ['trình ký chậm nhất sau 03 ngày làm việc', [{ kind: 'relative', offset: 3, unit: 'working_days', anchor: 'session_end' }]],
  ['báo cáo trước ngày 15/6 hằng năm', [{ kind: 'periodic', every: 'year', month: 6, day: 15, report: 'annual' }]],
  ['gửi báo cáo về UBND huyện trong tháng 6/2024', [{ kind: 'absolute', date: '2024-06-30', inclusive: true, of: 'month' }]],
  // A firm day wins over "trước khi đối thoại" in the same sentence.
  ['gửi Ban Dân vận trước ngày 30/6/2024 để trình Bí thư trước khi đối thoại', [{ kind: 'absolute', date: '2024-06-30' }]],
  // Held-out set 4–5 idioms.
  [
    'báo cáo kết quả tiếp công dân định kỳ 6 tháng (trước ngày 15/6) và năm (trước ngày 15/11)',
    [
      { kind: 'periodic', every: 'year', month: 6, day: 15, report: 'six_months' },
      { kind: 'periodic', every: 'year', month: 11, day: 15, report: 'annual' },
    ],
  ],
  [
    'Tổng hợp kết quả tiếp công dân định kỳ năm 2025, báo cáo Chủ tịch UBND tỉnh trước ngày 20/12/2025.',
    [{ kind: 'absolute', date: '2025-12-20', inclusive: false }],
  ],
  ['báo cáo UBND tỉnh không muộn hơn ngày 15/12/2020.', [{ kind: 'absolute', date: '2020-12-15', inclusive: true }]],
  ['gửi Văn phòng để tổng hợp, hạn cuối ngày 06/9/2024.', [{ kind: 'absolute', date: '2024-09-06', inclusive: true }]],
  ['Gửi giấy mời đến thành phần tham dự chậm nhất vào sáng ngày 12/5/2016.', [{ kind: 'absolute', date: '2016-05-12', inclusive: true }]],
  [
    'hoàn thành việc niêm yết công khai tại trụ sở UBND phường trong tháng 01/2019.',
    [{ kind: 'absolute', date: '2019-01-31', inclusive: true, of: 'month' }],
  ],
  [
    'gửi Thường trực chậm nhất vào ngày 10/5/2017 đối với chuyên đề thứ nhất, ngày 20/7/2017 đối với chuyên đề thứ hai ' +
      'và trong quý III/2017 đối với chuyên đề thứ ba.',
    [
      { kind: 'absolute', date: '2017-05-10', inclusive: true },
      { kind: 'absolute', date: '2017-07-20', inclusive: true },
      { kind: 'absolute', date: '2017-09-30', inclusive: true, of: 'quarter' },
    ],
  ],
  [
    'trình ban hành chậm nhất sau 05 ngày làm việc kể từ ngày tổ chức đối thoại.',
    [{ kind: 'relative', offset: 5, unit: 'working_days', anchor: 'session_start' }],
  ],
  [
    'báo cáo về UBND huyện trước ngày 15 hằng tháng, bắt đầu từ tháng 5/2019.',
    [{ kind: 'periodic', every: 'month', day: 15, month: 5, year: 2019, inclusive: false }],
  ],
]

/** Sentences that state no deadline, though they hold dates, counts or "trước". */
const NOT_DEADLINES = [
  'Thực hiện Kế hoạch số 12-KH/TU ngày 15/3/2024 của Ban Thường vụ Tỉnh ủy',
  'Tuyên truyền trước, trong và sau khi tổ chức đối thoại',
  'Trước khi chuẩn bị đối thoại trực tiếp với công dân: Chỉ đạo rà soát, đánh giá tình hình',
  'Tổ chức đối thoại trong tháng 8/2025 tại hội trường xã',
  'Báo cáo kết quả năm 2023 gửi Ban Dân vận',
  'Khoảng 150 đại biểu, trong 01 buổi sáng',
  // Counted from receiving something, not from a session.
  'Gửi danh sách chậm nhất sau 05 ngày làm việc kể từ ngày nhận được Kế hoạch này',
  'Trả lời bằng văn bản trong vòng 10 ngày làm việc kể từ ngày nhận được kiến nghị',
  'gửi ý kiến trong thời hạn 05 ngày, kể từ khi nhận được dự thảo',
  'Xử lý đơn chậm nhất 15 ngày kể từ ngày tiếp nhận đơn',
  'Quyết định số 29/2022/QĐ-UBND ngày 04 tháng 8 năm 2022 của UBND tỉnh',
  'Báo cáo kết quả giải quyết đơn thư, số liệu tính đến ngày 30/6/2024',
  'Tổ chức tuyên truyền từ ngày 01/7/2024 đến ngày 15/7/2024 trên hệ thống loa',
  'Sau khi kết thúc đối thoại, 05 đồng chí trong tổ giúp việc tổng hợp ý kiến',
]

describe('reading deadline phrases', () => {
  it.each(FAMILY_IDIOMS)('family idiom "%s"', (phrase, rules) => {
    expect(findDeadlines(phrase, { defaultYear: 2024 }).found.map((f) => f.rule)).toEqual(
      rules.map((rule): unknown => expect.objectContaining(rule)),
    )
  })

  it.each(NOT_DEADLINES)('"%s" states no deadline', (phrase) => {
    expect(findDeadlines(phrase, { defaultYear: 2024 }).found).toEqual([])
  })

  it('keeps the words of each deadline as written', () => {
    expect(findDeadlines('Gửi báo cáo về Ban Dân vận trước 17 giờ ngày 10/5/2024 (qua thư điện tử).').found[0]?.words).toBe(
      'trước 17 giờ ngày 10/5/2024',
    )
  })

  it('reads a bare day, month or quarter in a deadline field as the last day', () => {
    expect(parseDeadline('15/7/2024', { field: true })).toMatchObject({ kind: 'absolute', date: '2024-07-15', inclusive: true })
    expect(parseDeadline('Tháng 8/2024', { field: true })).toMatchObject({ kind: 'absolute', date: '2024-08-31', inclusive: true })
    expect(parseDeadline('Tháng 8/2024')).toMatchObject({ kind: 'none' })
  })

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

describe('a monthly report from a first month the plan names', () => {
  const rule = parseDeadline('báo cáo trước ngày 15 hằng tháng, bắt đầu từ tháng 5/2019', { defaultYear: 2019 })

  it('is first due the day before the 15th of that month, and never before it', () => {
    expect(computeDue(rule, calendar, null).due).toBe('2019-05-14')
    expect(computeDue(rule, calendar, null, '2019-03-01').due).toBe('2019-05-14')
  })

  it('then falls due every month after it', () => {
    expect(computeDue(rule, calendar, null, '2019-07-20').due).toBe('2019-08-14')
  })
})

describe('a count from the signing of the document itself', () => {
  const phrase = 'trình Hội đồng thẩm định trong thời hạn 15 ngày kể từ ngày ký thông báo.'

  it("is the document's date plus the count, when the date is known", () => {
    expect(findDeadlines(phrase, { documentDate: '2020-07-06' }).found.map((f) => f.rule)).toEqual([
      expect.objectContaining({ kind: 'absolute', date: '2020-07-21', inclusive: true, counted: { days: 15, from: 'signing' } }),
    ])
  })

  it('is no deadline without the date, and never one counted from a session', () => {
    expect(findDeadlines(phrase).found).toEqual([])
    expect(findDeadlines('báo cáo trong 05 ngày làm việc kể từ ngày ký thông báo', { documentDate: '2020-07-06' }).found).toEqual([])
  })
})
