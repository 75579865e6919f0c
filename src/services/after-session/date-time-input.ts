import { parseUserDate } from '../calendar/user-date.js'
import type { LocalDate } from '../calendar/local-date.js'
import { UserError } from '../errors.js'

const TIME = /(?:^|\s)(?:lúc\s+|luc\s+)?([01]?\d|2[0-3])\s*(?:[:h.]\s*([0-5]\d)?|giờ(?:\s*([0-5]\d))?)(?=\s|$)/i

/**
 * A moment typed by an official: "17h00 20/3/2023", "20/3/2023 17:00", "16 giờ ngày 22/3", or a
 * bare date (then `defaultTime`). The date is read as user dates are (a missing year is `year`).
 */
export function readDateTime(text: string, year: number | null, defaultTime: string): { date: LocalDate; time: string } {
  const cleaned = text.trim().replace(/\s+/g, ' ')
  const time = TIME.exec(cleaned)
  const rest = (time ? cleaned.replace(time[0], ' ') : cleaned).replace(/\bng[aà]y\b/gi, ' ').trim()
  if (!rest) {
    throw new UserError('date-error-format', { value: cleaned.slice(0, 30) })
  }
  const date = parseUserDate(rest, year)
  const hhmm = time ? `${(time[1] ?? '0').padStart(2, '0')}:${time[2] ?? time[3] ?? '00'}` : defaultTime
  return { date, time: hhmm }
}
