import { addDays, parts, weekday, type LocalDate } from './local-date.js'
import { OFFICIAL_YEARS, type OfficialDay, type OfficialYear } from './vn-days-off.js'
import { ruleBasedYear } from './vn-rule-days.js'

/** A committee's own change: an extra local day off, or a day it works although it would not. */
export interface CalendarOverride {
  date: LocalDate
  kind: 'day_off' | 'working_day'
  reason: string
}

export interface DayInfo {
  date: LocalDate
  working: boolean
  /** Why the day is what it is: a holiday's name, "thứ Bảy", a local override's reason. */
  reason: string | null
  source: 'weekday' | 'weekend' | 'official' | 'rule' | 'local'
  /** True when the year's national days are computed by rule, not from a published decision. */
  provisional: boolean
}

export interface YearDaysOff {
  year: number
  provisional: boolean
  sources: string[]
  note: string | null
  days: (OfficialDay & { source: 'official' | 'rule' | 'local' })[]
}

const OFFICIAL = new Map(OFFICIAL_YEARS.map((year) => [year.year, year]))

/** Years shipped with a published decision. */
export const OFFICIAL_YEAR_NUMBERS: readonly number[] = OFFICIAL_YEARS.map((y) => y.year)

/**
 * Working days of one committee: weekends off, Vietnam's days off for civil servants (published
 * decisions where we have them, rules otherwise), then the committee's own overrides on top.
 */
export interface Calendar {
  isWorkingDay(date: LocalDate): boolean
  dayInfo(date: LocalDate): DayInfo
  /**
   * The n-th working day after `date` (n > 0) or before it (n < 0); `date` itself is not counted.
   * With n = 0, `date` itself.
   */
  addWorkingDays(date: LocalDate, n: number): LocalDate
  /**
   * Working days from `from` to `to`: those in (from, to] when `to` is later, minus those in
   * [to, from) when earlier — so countWorkingDays(d, addWorkingDays(d, n)) === n.
   */
  countWorkingDays(from: LocalDate, to: LocalDate): number
  /** `date` if it is a working day, else the nearest one in `direction`. */
  nearestWorkingDay(date: LocalDate, direction: 1 | -1): LocalDate
  daysOff(year: number): YearDaysOff
}

/** Years outside this range are refused: no plan of ours is dated there, and loops stay bounded. */
const MIN_YEAR = 1990
const MAX_YEAR = 2100

export function createCalendar(overrides: readonly CalendarOverride[] = []): Calendar {
  const local = new Map(overrides.map((o) => [o.date, o]))
  const yearCache = new Map<number, { data: OfficialYear; provisional: boolean; byDate: Map<LocalDate, OfficialDay> }>()

  function national(year: number) {
    let cached = yearCache.get(year)
    if (!cached) {
      const official = OFFICIAL.get(year)
      const data = official ?? ruleBasedYear(year)
      cached = { data, provisional: !official, byDate: new Map(data.days.map((d) => [d.date, d])) }
      yearCache.set(year, cached)
    }
    return cached
  }

  function dayInfo(date: LocalDate): DayInfo {
    const { year } = parts(date)
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new RangeError(`year ${year} is outside ${MIN_YEAR}–${MAX_YEAR}`)
    }
    const { byDate, provisional } = national(year)
    const override = local.get(date)
    if (override) {
      return { date, working: override.kind === 'working_day', reason: override.reason, source: 'local', provisional }
    }
    const entry = byDate.get(date)
    if (entry) {
      return {
        date,
        working: entry.kind === 'make_up',
        reason: entry.name,
        source: provisional ? 'rule' : 'official',
        provisional,
      }
    }
    const day = weekday(date)
    const weekend = day === 0 || day === 6
    return {
      date,
      working: !weekend,
      reason: weekend ? (day === 0 ? 'Chủ nhật' : 'thứ Bảy') : null,
      source: weekend ? 'weekend' : 'weekday',
      provisional,
    }
  }

  const isWorkingDay = (date: LocalDate) => dayInfo(date).working

  function step(date: LocalDate, direction: 1 | -1): LocalDate {
    let candidate = addDays(date, direction)
    while (!isWorkingDay(candidate)) {
      candidate = addDays(candidate, direction)
    }
    return candidate
  }

  return {
    isWorkingDay,
    dayInfo,
    addWorkingDays(date, n) {
      let current = date
      const direction = n < 0 ? -1 : 1
      for (let i = 0; i < Math.abs(n); i++) {
        current = step(current, direction)
      }
      return current
    },
    countWorkingDays(from, to) {
      if (from === to) {
        return 0
      }
      const forward = to > from
      let count = 0
      // (from, to] forward; [to, from) backward.
      let cursor = forward ? addDays(from, 1) : to
      const end = forward ? to : addDays(from, -1)
      while (cursor <= end) {
        if (isWorkingDay(cursor)) {
          count++
        }
        cursor = addDays(cursor, 1)
      }
      return forward ? count : -count
    },
    nearestWorkingDay(date, direction) {
      return isWorkingDay(date) ? date : step(date, direction)
    },
    daysOff(year) {
      const { data, provisional } = national(year)
      const localDays = overrides
        .filter((o) => parts(o.date).year === year)
        .map((o) => ({
          date: o.date,
          kind: o.kind === 'day_off' ? ('day_off' as const) : ('make_up' as const),
          name: o.reason,
          source: 'local' as const,
        }))
      const localDates = new Set(localDays.map((d) => d.date))
      const days = [
        ...data.days
          .filter((d) => !localDates.has(d.date))
          .map((d) => ({ ...d, source: provisional ? ('rule' as const) : ('official' as const) })),
        ...localDays,
      ].sort((a, b) => a.date.localeCompare(b.date))
      return { year, provisional, sources: data.sources, note: data.note ?? null, days }
    },
  }
}
