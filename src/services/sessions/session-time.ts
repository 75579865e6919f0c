import { lastDayOfMonth, makeDate, type LocalDate } from '../calendar/local-date.js'
import { foldForDeadline } from '../deadlines/parse.js'

export type TimePrecision = 'day' | 'month' | 'quarter' | 'unscheduled'

/** When a session takes place, as precisely as the plan or the official knows it. */
export interface SessionTime {
  precision: TimePrecision
  /** First and last day it may take place: one day, a month, a quarter; null when unscheduled. */
  start: LocalDate | null
  end: LocalDate | null
  /** Time of day, when given ("8h30"). */
  hour: number | null
  minute: number | null
  /** The words as written, kept next to the computed dates ("Quý III/2023, dự kiến tháng 8"). */
  text: string
}

export type SessionTimeError = 'invalid-date' | 'invalid-month' | 'invalid-quarter' | 'invalid-hour' | 'year-missing' | 'unreadable'

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 }

/**
 * Reads what officials type or plans say: "15/8/2023 8h00", "8h30 ngày 15/8", "tháng 8/2023",
 * "quý 3/2023", "Quý III", "Q3", "Quý III/2023, dự kiến tháng 8" (a month, keeping the words),
 * "chưa xác định". Dates without a year take `defaultYear` (the plan's year).
 */
export function parseSessionTime(input: string, defaultYear: number | null): SessionTime | { error: SessionTimeError } {
  const text = input.replace(/\s+/g, ' ').trim()
  const folded = foldForDeadline(text)
  if (!folded) {
    return { error: 'unreadable' }
  }
  const base = { text, hour: null, minute: null }
  if (/chua (xac dinh|co lich|len lich|ro)|se (thong bao|co giay moi|co lich)|khi can thiet|dot xuat/.test(folded) && !/\d/.test(folded)) {
    return { ...base, precision: 'unscheduled', start: null, end: null }
  }

  let hour: number | null = null
  let minute: number | null = null
  const clock = /(\d{1,2})\s*(?:h|gio|:)\s*(\d{1,2})?(?:\s*(?:phut|p))?(?![\d/])/.exec(
    folded.replace(/(\d{1,2})\s*[/.-]\s*(\d{1,2})/g, ' '),
  )
  if (clock) {
    hour = Number(clock[1])
    minute = clock[2] ? Number(clock[2]) : 0
    if (hour > 23 || minute > 59) {
      return { error: 'invalid-hour' }
    }
  }
  const year = (explicit: string | undefined) => (explicit ? Number(explicit) : defaultYear)

  const date =
    /(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?/.exec(folded) ?? /ngay (\d{1,2}) thang (\d{1,2})(?: nam (\d{4}))?/.exec(folded)
  if (
    date &&
    !/^thang/.test(
      folded
        .slice(Math.max(0, date.index - 6), date.index)
        .trim()
        .split(' ')
        .pop() ?? '',
    )
  ) {
    // "tháng 8/2023" is a month, not the 8th day: the word before decides.
    const before = folded.slice(0, date.index)
    if (!/(thang|quy|q)\s*$/.test(before)) {
      const y = year(date[3])
      if (y === null) {
        return { error: 'year-missing' }
      }
      const day = makeDate(y, Number(date[2]), Number(date[1]))
      if (!day) {
        return { error: 'invalid-date' }
      }
      return { text, hour, minute, precision: 'day', start: day, end: day }
    }
  }

  const month =
    /du kien (?:vao |trong |trong khoang |khoang )?(?:thang) (\d{1,2})(?:\s*[/.-]\s*(\d{4})| nam (\d{4}))?/.exec(folded) ??
    /thang (\d{1,2})(?:\s*[/.-]\s*(\d{4})| nam (\d{4}))?/.exec(folded)
  const quarter = /(?:quy|q)\s*(iv|iii|ii|i|\d)\b(?:\s*[/.-]\s*(\d{4})| nam (\d{4}))?/.exec(folded)
  if (month) {
    const m = Number(month[1])
    if (m < 1 || m > 12) {
      return { error: 'invalid-month' }
    }
    const y = year(month[2] ?? month[3] ?? quarter?.[2] ?? quarter?.[3])
    if (y === null) {
      return { error: 'year-missing' }
    }
    return { text, hour, minute, precision: 'month', start: makeDate(y, m, 1), end: lastDayOfMonth(y, m) }
  }
  if (quarter) {
    const token = quarter[1] ?? ''
    const q = ROMAN[token] ?? Number(token)
    if (!Number.isInteger(q) || q < 1 || q > 4) {
      return { error: 'invalid-quarter' }
    }
    const y = year(quarter[2] ?? quarter[3])
    if (y === null) {
      return { error: 'year-missing' }
    }
    return { text, hour, minute, precision: 'quarter', start: makeDate(y, q * 3 - 2, 1), end: lastDayOfMonth(y, q * 3) }
  }
  if (/(?:quy|q)\s*[a-z0-9]+/.test(folded)) {
    return { error: 'invalid-quarter' }
  }
  return { error: 'unreadable' }
}
