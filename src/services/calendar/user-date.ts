import { UserError } from '../errors.js'
import { clip, stripDiacritics } from '../text.js'
import { isLocalDate, makeDate, type LocalDate } from './local-date.js'

/**
 * How people write a date, on text folded by `stripDiacritics` (lower case, no diacritics): the one
 * definition for every date a person types — a document's date, an extension, a day off, a plan's
 * date of issue — and for the dates inside a deadline phrase (services/deadlines/parse.ts).
 * "28/02/2023", "3-2-2023", "03.02.2023", "28/2" and "ngày 03 tháng 02 năm 2023" ("03 thang 02 nam 2023").
 */
export const DATE_NUMERIC = String.raw`(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}))?`
export const DATE_WORDS = String.raw`(\d{1,2}) thang (\d{1,2})(?: nam (\d{4}))?`

/**
 * A date typed by an official: any form of DATE_NUMERIC or DATE_WORDS, with or without a leading
 * "ngày", or "2023-01-10". Without a year, `defaultYear` (the plan's or this year) applies.
 */
export function parseUserDate(text: string, defaultYear: number | null = null): LocalDate {
  const trimmed = text.trim()
  if (isLocalDate(trimmed)) {
    return trimmed
  }
  const folded = stripDiacritics(trimmed)
    .replace(/\s+/g, ' ')
    .replace(/^ngay\s*/, '')
    .replace(/[.,;]+$/, '')
    .trim()
  const match = new RegExp(`^(?:${DATE_NUMERIC})$`).exec(folded) ?? new RegExp(`^(?:${DATE_WORDS})$`).exec(folded)
  const year = match?.[3] ? Number(match[3]) : defaultYear
  if (!match || year === null) {
    throw new UserError('date-error-format', { value: clip(trimmed, 30) })
  }
  const date = makeDate(year, Number(match[2]), Number(match[1]))
  if (!date) {
    throw new UserError('date-error-invalid', { value: clip(trimmed, 30) })
  }
  return date
}
