import type { TaskQuery } from '../../db/repositories/index.js'
import { addDays, lastDayOfMonth, type LocalDate } from '../calendar/local-date.js'

/**
 * A period a report is about, by the tasks' due dates and the sessions' days: a year ("2026"), a
 * half ("2026-H1"), a quarter ("2026-Q3") or a month ("2026-03") — the spans plans and reports use.
 */
export interface Period {
  key: string
  kind: 'year' | 'half' | 'quarter' | 'month'
  year: number
  /** The half (1–2), quarter (1–4) or month (1–12); 0 for a year. */
  index: number
  from: LocalDate
  to: LocalDate
}

/** What a report is narrowed to; every part optional. */
export interface ReportFilter {
  planId: number | null
  /** Tasks this body leads or coordinates. */
  bodyId: number | null
  period: Period | null
}

export const NO_FILTER: ReportFilter = { planId: null, bodyId: null, period: null }

const pad = (n: number) => String(n).padStart(2, '0')

function span(year: number, firstMonth: number, months: number): { from: LocalDate; to: LocalDate } {
  const lastMonth = firstMonth + months - 1
  return { from: `${year}-${pad(firstMonth)}-01`, to: lastDayOfMonth(year, lastMonth) }
}

/** The period a key names, or null for anything else (a year from 2000 to 2100). */
export function parsePeriod(key: string): Period | null {
  const match = /^(\d{4})(?:-(H[12]|Q[1-4]|0[1-9]|1[0-2]))?$/.exec(key.trim())
  const year = Number(match?.[1])
  if (!match || year < 2000 || year > 2100) {
    return null
  }
  const part = match[2]
  if (!part) {
    return { key: `${year}`, kind: 'year', year, index: 0, ...span(year, 1, 12) }
  }
  if (part.startsWith('H')) {
    const index = Number(part.slice(1))
    return { key: `${year}-H${index}`, kind: 'half', year, index, ...span(year, index * 6 - 5, 6) }
  }
  if (part.startsWith('Q')) {
    const index = Number(part.slice(1))
    return { key: `${year}-Q${index}`, kind: 'quarter', year, index, ...span(year, index * 3 - 2, 3) }
  }
  const index = Number(part)
  return { key: `${year}-${pad(index)}`, kind: 'month', year, index, ...span(year, index, 1) }
}

/** The periods offered to choose from around `today`: last year and this year, its halves, quarters and months. */
export function periodChoices(today: LocalDate): Period[] {
  const year = Number(today.slice(0, 4))
  const keys = [
    `${year - 1}`,
    `${year}`,
    `${year}-H1`,
    `${year}-H2`,
    ...[1, 2, 3, 4].map((q) => `${year}-Q${q}`),
    ...Array.from({ length: 12 }, (_, m) => `${year}-${pad(m + 1)}`),
  ]
  return keys.map((key) => parsePeriod(key)).filter((p): p is Period => p !== null)
}

/** The tasks a filter selects (before the reader's scope narrows them). */
export function taskQueryOf(filter: ReportFilter): TaskQuery {
  return {
    ...(filter.planId !== null ? { planId: filter.planId } : {}),
    ...(filter.bodyId !== null ? { bodyIds: [filter.bodyId] } : {}),
    ...(filter.period ? { dueFrom: filter.period.from, dueTo: filter.period.to } : {}),
  }
}

/** The last day of each of the `weeks` weeks up to `today`, oldest first: today, and the same weekday before it. */
export function weekEnds(today: LocalDate, weeks: number): LocalDate[] {
  return Array.from({ length: weeks }, (_, i) => addDays(today, -7 * (weeks - 1 - i)))
}
