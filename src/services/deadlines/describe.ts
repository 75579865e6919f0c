import type { Calendar } from '../calendar/calendar.js'
import type { LocalDate } from '../calendar/local-date.js'
import { computeDue, type SessionWindow } from './due-date.js'
import { parseDeadline, type ParseOptions } from './parse.js'
import type { DeadlineRule } from './rule.js'

/** The flat shape the command line and the importer print: `{kind, due, offset, unit, anchor, provisional, text}`. */
export interface DeadlineSummary {
  kind: 'absolute' | 'relative' | 'periodic' | 'none'
  due: LocalDate | null
  offset: number | null
  unit: 'days' | 'working_days' | null
  anchor: 'session_start' | 'session_end' | null
  provisional: boolean
  text: string
  reason?: string
}

export function summarizeDeadline(
  phrase: string,
  calendar: Calendar,
  session: SessionWindow | null,
  options: ParseOptions & { today?: LocalDate | null } = {},
): DeadlineSummary {
  return summarizeRule(parseDeadline(phrase, options), calendar, session, options.today ?? null)
}

/** The same flat shape for a rule already read (the importer reads each obligation once). */
export function summarizeRule(
  rule: DeadlineRule,
  calendar: Calendar,
  session: SessionWindow | null,
  today: LocalDate | null = null,
): DeadlineSummary {
  const computed = computeDue(rule, calendar, session, today)
  const relative = rule.kind === 'relative' ? rule : null
  return {
    kind: rule.kind,
    due: computed.due,
    offset: relative?.offset ?? null,
    unit: relative?.unit ?? null,
    anchor: relative?.anchor ?? null,
    provisional: computed.provisional,
    text: rule.text,
    ...(rule.kind === 'none' ? { reason: rule.reason } : computed.missing ? { reason: computed.missing } : {}),
  }
}
