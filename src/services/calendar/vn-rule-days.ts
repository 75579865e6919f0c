import { addDays, makeDate, weekday, type LocalDate } from './local-date.js'
import { lunarToSolar } from './lunar.js'
import type { OfficialDay, OfficialYear } from './vn-days-off.js'

const isWeekend = (date: LocalDate) => weekday(date) === 0 || weekday(date) === 6

function solar(day: number, month: number, lunarYear: number): LocalDate {
  const { year, month: m, day: d } = lunarToSolar(day, month, lunarYear)
  return makeDate(year, m, d) ?? ''
}

/**
 * The days off of a year for which no decision has been published, computed from the Labour Code:
 * holidays (Tết and Giỗ Tổ from the lunar calendar), Quốc khánh's adjacent day on the side that
 * joins a weekend, and a compensatory day after each holiday that falls on a weekend. The Prime
 * Minister's actual decision (which Tết days, any swaps) may differ: such a year is provisional.
 */
export function ruleBasedYear(year: number): OfficialYear {
  const holidays: OfficialDay[] = []
  const add = (date: LocalDate, name: string) => holidays.push({ date, kind: 'holiday', name })

  add(makeDate(year, 1, 1) ?? '', 'Tết Dương lịch')
  // Tết: the last day of the lunar year and mùng 1 to mùng 4 (the usual decision; 2022, 2026).
  const firstDay = solar(1, 1, year)
  add(addDays(firstDay, -1), 'Tết Nguyên đán (ngày cuối năm âm lịch)')
  for (let i = 0; i < 4; i++) {
    add(addDays(firstDay, i), `Tết Nguyên đán (mùng ${i + 1})`)
  }
  add(solar(10, 3, year), 'Giỗ Tổ Hùng Vương (10/3 âm lịch)')
  add(makeDate(year, 4, 30) ?? '', 'Ngày Chiến thắng')
  add(makeDate(year, 5, 1) ?? '', 'Ngày Quốc tế Lao động')
  const national = makeDate(year, 9, 2) ?? ''
  const day = weekday(national)
  // Monday → Tuesday 3/9; Thursday → Friday 3/9; otherwise the day before (as decided 2022–2026).
  add(day === 1 || day === 4 ? addDays(national, 1) : addDays(national, -1), 'Quốc khánh (ngày liền kề)')
  add(national, 'Quốc khánh')

  const taken = new Set(holidays.map((d) => d.date))
  const days: OfficialDay[] = [...holidays]
  for (const holiday of holidays.filter((d) => isWeekend(d.date))) {
    let candidate = addDays(holiday.date, 1)
    while (isWeekend(candidate) || taken.has(candidate)) {
      candidate = addDays(candidate, 1)
    }
    taken.add(candidate)
    days.push({ date: candidate, kind: 'day_off', name: `Nghỉ bù ${holiday.name}` })
  }
  days.sort((a, b) => a.date.localeCompare(b.date))
  return {
    year,
    sources: ['Tính theo Bộ luật Lao động 2019, Điều 111–112 (chưa có thông báo chính thức của năm này)'],
    days,
  }
}
