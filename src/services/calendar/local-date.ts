/**
 * A calendar date without a time or a zone, as officials write them: "2023-02-28".
 * Due dates and digest days are local dates of the committee's time zone (DESIGN §5); arithmetic
 * on them goes through UTC midnights so no zone or DST can shift a day.
 */
export type LocalDate = string

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/

export function isLocalDate(value: string): boolean {
  const match = ISO.exec(value)
  if (!match) {
    return false
  }
  const [, y, m, d] = match.map(Number) as [number, number, number, number]
  const date = new Date(Date.UTC(y, m - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d
}

export function makeDate(year: number, month: number, day: number): LocalDate | null {
  const date = new Date(Date.UTC(year, month - 1, day))
  if (year < 1900 || year > 2200 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return null
  }
  return date.toISOString().slice(0, 10)
}

export function parts(date: LocalDate): { year: number; month: number; day: number } {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number]
  return { year: y, month: m, day: d }
}

function toUtc(date: LocalDate): number {
  const { year, month, day } = parts(date)
  return Date.UTC(year, month - 1, day)
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return new Date(toUtc(date) + days * 86_400_000).toISOString().slice(0, 10)
}

/** Whole days from `a` to `b` (positive when b is later). */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return Math.round((toUtc(b) - toUtc(a)) / 86_400_000)
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: LocalDate): number {
  return new Date(toUtc(date)).getUTCDay()
}

export function lastDayOfMonth(year: number, month: number): LocalDate {
  return new Date(Date.UTC(year, month, 0)).toISOString().slice(0, 10)
}

/** The local date of an instant in a time zone. */
export function localDateOf(instant: Date, timeZone: string): LocalDate {
  const formatted = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant)
  return formatted
}

/** "28/02/2023" */
export function formatVietnamese(date: LocalDate): string {
  const { year, month, day } = parts(date)
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`
}

const WEEKDAYS_VI = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy']
/** "Thứ Ba" */
export function weekdayNameVi(date: LocalDate): string {
  return WEEKDAYS_VI[weekday(date)] ?? ''
}

/** A Prisma @db.Date value (UTC midnight) for a local date, and back. */
export function toDbDate(date: LocalDate): Date {
  return new Date(toUtc(date))
}
export function fromDbDate(date: Date): LocalDate {
  return date.toISOString().slice(0, 10)
}
