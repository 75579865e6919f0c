import type { LocalDate } from '../calendar/local-date.js'

/**
 * A deadline as the plan states it, kept as data with the task that uses it (DESIGN §6).
 * The due date is computed from the rule; the plan's own words (`text`) are always kept and shown.
 *
 * Conventions, written once (see due-date.ts):
 * - "trước ngày X" — the last acceptable day is X − 1 (`inclusive: false`);
 *   "chậm nhất ngày X", "đến ngày X", "hạn chót X", "không quá ngày X" — X itself (`inclusive: true`).
 * - Relative to a session: `offset` days (negative = before) from its start or end, in calendar days
 *   or working days.
 */
export type DeadlineRule =
  | {
      kind: 'absolute'
      date: LocalDate
      inclusive: boolean
      /** Set when the plan names a month or a quarter, not a day ("hoàn thành trong tháng 8/2025"). */
      of?: 'month' | 'quarter'
      /**
       * Set when the plan counts the day from its own signing ("15 ngày kể từ ngày ký thông báo"); in working days
       * ("03 ngày làm việc kể từ ngày ký") with the day signed, the count made again on the committee's calendar.
       */
      counted?: { days: number; from: 'signing'; unit?: 'working_days'; signed?: LocalDate }
      text: string
    }
  | {
      kind: 'relative'
      offset: number
      unit: 'days' | 'working_days'
      anchor: 'session_start' | 'session_end'
      text: string
    }
  | {
      kind: 'periodic'
      /** `year`: once a year on month/day; `month`: every month on day. */
      every: 'year' | 'month'
      month: number | null
      day: number
      inclusive: boolean
      /** What report recurs: a six-month report, an annual one, a monthly one. */
      report: 'six_months' | 'annual' | 'quarterly' | 'monthly' | null
      /** The year the plan names, when it does. */
      year: number | null
      text: string
    }
  | { kind: 'none'; reason: DeadlineUnreadable; text: string }

export type DeadlineUnreadable = 'no-deadline' | 'invalid-date' | 'year-missing' | 'empty'
