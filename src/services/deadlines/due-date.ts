import type { Calendar } from '../calendar/calendar.js'
import { addDays, lastDayOfMonth, makeDate, parts, type LocalDate } from '../calendar/local-date.js'
import type { DeadlineRule } from './rule.js'

/** What a relative deadline hangs on: the session's dates as far as they are known. */
export interface SessionWindow {
  precision: 'day' | 'month' | 'quarter' | 'unscheduled'
  /** First and last day the session may take place (equal for an exact day). */
  start: LocalDate | null
  end: LocalDate | null
}

export interface DueDate {
  /** The last acceptable day, or null when it cannot be computed yet. */
  due: LocalDate | null
  /** True while it rests on a session known only to the month or quarter. */
  provisional: boolean
  /** Why there is no date, when there is none. */
  missing: 'no-session' | 'session-unscheduled' | 'unreadable' | null
}

/**
 * The last acceptable day of a rule.
 * - Absolute: "trước ngày X" → X − 1; inclusive cues → X. The plan's own date is kept as written,
 *   even on a weekend: the official chose it.
 * - Relative, calendar days: before the session, a result on a non-working day moves to the
 *   working day before (the work must reach the secretariat while offices are open); after the
 *   session it moves to the next working day, as Bộ luật Dân sự 2015, Điều 148 counts periods.
 * - Relative, working days: counted on the committee's calendar, so always a working day.
 * - A session known only to the month or quarter: before-rules count from the first day of its
 *   window, after-rules from the last day; the result is provisional until the date is set.
 * - Periodic: the occurrence in the plan's year when it names one, else the next one from `today`.
 */
export function computeDue(rule: DeadlineRule, calendar: Calendar, session: SessionWindow | null, today: LocalDate | null = null): DueDate {
  switch (rule.kind) {
    case 'none':
      return { due: null, provisional: false, missing: 'unreadable' }
    case 'absolute':
      // ("03 ngày làm việc kể từ ngày ký": the working days counted on this calendar, from the day signed.)
      if (rule.counted?.unit === 'working_days' && rule.counted.signed) {
        return { due: calendar.addWorkingDays(rule.counted.signed, rule.counted.days), provisional: false, missing: null }
      }
      return { due: rule.inclusive ? rule.date : addDays(rule.date, -1), provisional: false, missing: null }
    case 'periodic':
      return { due: periodicDue(rule, today), provisional: false, missing: null }
    case 'relative': {
      if (!session) {
        return { due: null, provisional: false, missing: 'no-session' }
      }
      const from = rule.anchor === 'session_start' ? session.start : session.end
      if (session.precision === 'unscheduled' || !from) {
        return { due: null, provisional: true, missing: 'session-unscheduled' }
      }
      let due: LocalDate
      if (rule.unit === 'working_days') {
        due = calendar.addWorkingDays(from, rule.offset)
      } else {
        const raw = addDays(from, rule.offset)
        due = calendar.nearestWorkingDay(raw, rule.offset < 0 ? -1 : 1)
      }
      return { due, provisional: session.precision !== 'day', missing: null }
    }
  }
}

function periodicDue(rule: Extract<DeadlineRule, { kind: 'periodic' }>, today: LocalDate | null): LocalDate | null {
  const occurrence = (year: number, month: number): LocalDate | null => {
    const day = Math.min(rule.day, Number(lastDayOfMonth(year, month).slice(8)))
    const date = makeDate(year, month, day)
    return date && !rule.inclusive ? addDays(date, -1) : date
  }
  if (rule.every === 'year' && rule.month !== null) {
    if (rule.year !== null) {
      return occurrence(rule.year, rule.month)
    }
    if (!today) {
      return null
    }
    const { year } = parts(today)
    const thisYear = occurrence(year, rule.month)
    return thisYear && thisYear >= today ? thisYear : occurrence(year + 1, rule.month)
  }
  // Every month from a first one the plan names ("bắt đầu từ tháng 5/2019"): never before it.
  const first = rule.month !== null && rule.year !== null ? occurrence(rule.year, rule.month) : null
  if (first && (!today || first >= today)) {
    return first
  }
  if (!today) {
    return null
  }
  const { year, month } = parts(today)
  const thisMonth = occurrence(year, month)
  return thisMonth && thisMonth >= today ? thisMonth : month === 12 ? occurrence(year + 1, 1) : occurrence(year, month + 1)
}
