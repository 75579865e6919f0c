import { UserError } from '../errors.js'
import { isLocalDate, makeDate, type LocalDate } from './local-date.js'

/** A date typed by an official: "10/01/2023", "10-1-2023", "10/1" (with `defaultYear`) or "2023-01-10". */
export function parseUserDate(text: string, defaultYear: number | null = null): LocalDate {
  const trimmed = text.trim()
  if (isLocalDate(trimmed)) {
    return trimmed
  }
  const match = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?$/.exec(trimmed)
  const year = match?.[3] ? Number(match[3]) : defaultYear
  if (!match || year === null) {
    throw new UserError('date-error-format', { value: trimmed.slice(0, 30) })
  }
  const date = makeDate(year, Number(match[2]), Number(match[1]))
  if (!date) {
    throw new UserError('date-error-invalid', { value: trimmed.slice(0, 30) })
  }
  return date
}
