import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createCalendar, OFFICIAL_YEAR_NUMBERS } from '../../src/services/calendar/calendar.js'
import { addDays, makeDate, weekday } from '../../src/services/calendar/local-date.js'
import { lunarToSolar, solarToLunar } from '../../src/services/calendar/lunar.js'

const calendar = createCalendar()

const dateArb = fc
  .record({ year: fc.integer({ min: 2021, max: 2028 }), dayOfYear: fc.integer({ min: 0, max: 364 }) })
  .map(({ year, dayOfYear }) => addDays(makeDate(year, 1, 1) ?? '', dayOfYear))

describe('the lunar calendar (UTC+7)', () => {
  it.each([
    [2022, '2022-02-01', '2022-04-10'],
    [2023, '2023-01-22', '2023-04-29'],
    [2024, '2024-02-10', '2024-04-18'],
    [2025, '2025-01-29', '2025-04-07'],
    [2026, '2026-02-17', '2026-04-26'],
    [2027, '2027-02-06', '2027-04-16'],
    // Vietnam's Tết differs from China's in these years: the computation uses UTC+7.
    [1985, '1985-01-21', '1985-04-29'],
    [2007, '2007-02-17', '2007-04-26'],
  ])('Tết and Giỗ Tổ %i fall on %s and %s', (year, tet, gioTo) => {
    const asDate = (p: { year: number; month: number; day: number }) => makeDate(p.year, p.month, p.day)
    expect(asDate(lunarToSolar(1, 1, year))).toBe(tet)
    expect(asDate(lunarToSolar(10, 3, year))).toBe(gioTo)
  })

  it('round-trips solar → lunar → solar', () => {
    fc.assert(
      fc.property(dateArb, (date) => {
        const [y, m, d] = date.split('-').map(Number) as [number, number, number]
        const lunar = solarToLunar(d, m, y)
        const back = lunarToSolar(lunar.day, lunar.month, lunar.year, lunar.leap)
        return makeDate(back.year, back.month, back.day) === date
      }),
      { numRuns: 300 },
    )
  })
})

describe('working days', () => {
  it.each([
    ['2025-01-29', false, 'Tết Ất Tỵ'],
    ['2025-01-24', true, 'the Friday before Tết 2025'],
    ['2025-04-26', true, 'make-up Saturday 2025'],
    ['2025-05-02', false, 'swapped Friday 2025'],
    ['2024-05-04', true, 'make-up Saturday 2024'],
    ['2024-04-29', false, 'swapped Monday 2024'],
    ['2026-01-02', false, 'swapped Friday 2026'],
    ['2026-01-10', true, 'make-up Saturday 2026'],
    ['2026-02-16', false, '29 Tết Bính Ngọ'],
    ['2026-02-23', true, 'first working day after Tết 2026'],
    ['2026-04-27', false, 'compensation for Giỗ Tổ on a Sunday'],
    ['2026-08-22', true, 'make-up Saturday before Quốc khánh 2026'],
    ['2026-08-31', false, 'swapped Monday before Quốc khánh 2026'],
    ['2023-09-04', false, 'compensation for Quốc khánh 2023 on a Saturday'],
    ['2022-05-03', false, 'second compensation day of 2022'],
    ['2023-06-14', true, 'an ordinary Wednesday'],
    ['2023-06-17', false, 'an ordinary Saturday'],
  ])('%s is %s (%s)', (date, working) => {
    expect(calendar.isWorkingDay(date)).toBe(working)
  })

  it.each([
    ['2025-04-25', 3, '2025-04-29'],
    ['2025-09-08', -4, '2025-08-29'],
    ['2023-01-19', 1, '2023-01-27'],
    ['2026-02-13', 1, '2026-02-23'],
    ['2023-06-30', 7, '2023-07-11'],
    ['2026-12-31', 1, '2027-01-04'],
  ])('%s + %i working days = %s', (date, n, expected) => {
    expect(calendar.addWorkingDays(date, n)).toBe(expected)
  })

  it('adding n working days then counting back gives n', () => {
    fc.assert(
      fc.property(
        dateArb,
        fc.integer({ min: -60, max: 60 }),
        (date, n) => calendar.countWorkingDays(date, calendar.addWorkingDays(date, n)) === n,
      ),
      { numRuns: 400 },
    )
  })

  it('always lands on a working day', () => {
    fc.assert(
      fc.property(
        dateArb,
        fc.integer({ min: -60, max: 60 }).filter((n) => n !== 0),
        (date, n) => calendar.isWorkingDay(calendar.addWorkingDays(date, n)),
      ),
      { numRuns: 400 },
    )
  })

  it('is monotonic in n and in the start date', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: -40, max: 40 }), fc.integer({ min: 1, max: 20 }), (date, n, k) => {
        const a = calendar.addWorkingDays(date, n)
        const b = calendar.addWorkingDays(date, n + k)
        const later = calendar.addWorkingDays(addDays(date, k), n)
        return a < b && later >= a
      }),
      { numRuns: 300 },
    )
  })

  it('never counts a weekend day unless it is a published make-up day', () => {
    fc.assert(
      fc.property(dateArb, (date) => {
        const info = calendar.dayInfo(date)
        const weekend = weekday(date) === 0 || weekday(date) === 6
        return !weekend || !info.working || info.reason?.startsWith('Làm bù') === true
      }),
      { numRuns: 500 },
    )
  })

  it('ships published decisions for 2022–2026 and marks other years provisional', () => {
    expect(OFFICIAL_YEAR_NUMBERS).toEqual([2022, 2023, 2024, 2025, 2026])
    expect(calendar.daysOff(2026).provisional).toBe(false)
    expect(calendar.daysOff(2026).sources.join(' ')).toContain('12729/VPCP-KGVX')
    expect(calendar.daysOff(2027).provisional).toBe(true)
    expect(calendar.dayInfo('2027-02-08')).toMatchObject({ working: false, provisional: true })
  })

  it('applies a committee’s own days off and make-up days over the national ones', () => {
    const local = createCalendar([
      { date: '2026-05-04', kind: 'day_off', reason: 'Lễ hội địa phương' },
      { date: '2026-02-20', kind: 'working_day', reason: 'Trực Tết' },
    ])
    expect(local.isWorkingDay('2026-05-04')).toBe(false)
    expect(local.isWorkingDay('2026-02-20')).toBe(true)
    expect(local.dayInfo('2026-05-04')).toMatchObject({ source: 'local', reason: 'Lễ hội địa phương' })
    expect(local.addWorkingDays('2026-04-30', 1)).toBe('2026-05-05')
    expect(
      local
        .daysOff(2026)
        .days.filter((d) => d.source === 'local')
        .map((d) => d.date),
    ).toEqual(['2026-02-20', '2026-05-04'])
  })
})
