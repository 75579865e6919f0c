import type { SessionWithDetails, TaskWithRefs } from '../db/repositories/index.js'
import { formatVietnamese, fromDbDate, parts, weekday } from './calendar/local-date.js'
import type { Tr } from './notice.js'
import { foldVietnamese } from './text.js'

// Wording shared by replies (bot) and announcements (services, rendered in each reader's language).

const ROMAN = ['I', 'II', 'III', 'IV']

/** A session's time as stored (dates as Date) or as the read model gives it (local dates). */
type TimeFields = Pick<SessionWithDetails, 'precision' | 'startHour' | 'startMinute' | 'timeText'> & {
  windowStart: Date | string | null
  windowEnd: Date | string | null
}

/** "Thứ Ba, 15/08/2023 lúc 08:00", "tháng 8/2023 (dự kiến)", "quý III/2023 (dự kiến)", "chưa xác định". */
export function sessionWhen(t: Tr, session: TimeFields): string {
  const start = session.windowStart
    ? typeof session.windowStart === 'string'
      ? session.windowStart
      : fromDbDate(session.windowStart)
    : null
  if (session.precision === 'unscheduled' || !start) {
    return t('session-when-unscheduled')
  }
  const { year, month } = parts(start)
  switch (session.precision) {
    case 'day': {
      const date = formatVietnamese(start)
      const day = t(`weekday-${weekday(start)}`)
      return session.startHour === null
        ? t('session-when-day', { weekday: day, date })
        : t('session-when-day-time', {
            weekday: day,
            date,
            time: `${String(session.startHour).padStart(2, '0')}:${String(session.startMinute ?? 0).padStart(2, '0')}`,
          })
    }
    case 'month':
      return t('session-when-month', { month: String(month), year: String(year) })
    case 'quarter':
      return t('session-when-quarter', { quarter: ROMAN[Math.floor((month - 1) / 3)] ?? '', year: String(year) })
  }
}

/** The computed time and, when they differ, the plan's own words. */
export function sessionWhenWithWords(t: Tr, session: TimeFields): string {
  const when = sessionWhen(t, session)
  // The plan's words are shown only when they say more than the computed form.
  const same = foldVietnamese(when).includes(foldVietnamese(session.timeText))
  return session.timeText && !same ? `${when} — “${session.timeText}”` : when
}

/** "28/02/2023 (dự kiến)" or "không có hạn", as the bodies are told. */
export function dueText(t: Tr, task: Pick<TaskWithRefs, 'dueDate' | 'dueProvisional'>): string {
  return task.dueDate
    ? `${formatVietnamese(fromDbDate(task.dueDate))}${task.dueProvisional ? ` ${t('task-due-provisional')}` : ''}`
    : t('task-no-due')
}
