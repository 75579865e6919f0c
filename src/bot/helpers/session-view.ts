import type { SessionLine, SessionWithDetails } from '../../db/repositories/index.js'
import { formatVietnamese, fromDbDate, parts, weekday } from '../../services/calendar/local-date.js'
import { foldVietnamese } from '../../services/text.js'
import { formatDateTime } from './labels.js'

type Translate = (key: string, vars?: Record<string, string | number>) => string

const ROMAN = ['I', 'II', 'III', 'IV']

/** A session's time as stored (dates as Date) or as the read model gives it (local dates). */
type TimeFields = Pick<SessionWithDetails, 'precision' | 'startHour' | 'startMinute' | 'timeText'> & {
  windowStart: Date | string | null
  windowEnd: Date | string | null
}

/** "Thứ Ba, 15/08/2023 lúc 08:00", "tháng 8/2023 (dự kiến)", "quý III/2023 (dự kiến)", "chưa xác định". */
export function sessionWhen(t: Translate, session: TimeFields): string {
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
export function sessionWhenWithWords(t: Translate, session: TimeFields): string {
  const when = sessionWhen(t, session)
  // The plan's words are shown only when they say more than the computed form.
  const same = foldVietnamese(when).includes(foldVietnamese(session.timeText))
  return session.timeText && !same ? `${when} — “${session.timeText}”` : when
}

/** "2. Đối thoại với … — tháng 8/2023 (dự kiến)" */
export function sessionLine(t: Translate, session: SessionWithDetails | SessionLine): string {
  const status = session.status === 'planned' || session.status === 'scheduled' ? '' : ` [${t(`session-status-${session.status}`)}]`
  const topic = session.topic.length > 90 ? `${session.topic.slice(0, 88)}…` : session.topic
  return `${session.number}. ${topic} — ${sessionWhen(t, session)}${status}`
}

export function sessionDetails(
  t: Translate,
  session: SessionWithDetails,
  history: { at: Date; action: string; actor: string | null; after: unknown }[],
  timeZone: string,
): string {
  const central = session.bridgePoints.find((p) => p.kind === 'central')?.place ?? '-'
  const locals = session.bridgePoints.filter((p) => p.kind === 'local').map((p) => p.place)
  const online = t('session-format-online-detail', { central, locals: locals.join('; ') || '-' })
  const inPerson = t('session-format-in-person-detail', { venue: session.venue ?? '-' })
  const format =
    session.format === 'in_person'
      ? inPerson
      : session.format === 'online'
        ? online
        : `${t('session-format-alternatives')}\n  1) ${inPerson}\n  2) ${online}`
  const lines = [
    t('session-detail-header', { number: session.number, status: t(`session-status-${session.status}`) }),
    t('session-detail-topic', { topic: session.topic }),
    session.plan
      ? t('session-detail-plan', { number: session.plan.number, plan: session.plan.symbol ?? session.plan.title })
      : t('session-detail-ad-hoc'),
    ...(session.host ? [t('session-detail-host', { host: session.host })] : []),
    ...(session.audience ? [t('session-detail-audience', { audience: session.audience })] : []),
    session.unlimited
      ? t('session-detail-unlimited')
      : session.expectedCount
        ? t('session-detail-count', { count: session.expectedCount })
        : t('session-detail-count-unknown'),
    t('session-detail-when', { when: sessionWhenWithWords(t, session) }),
    t('session-detail-format', { format }),
    ...(session.statusReason ? [t('session-detail-reason', { reason: session.statusReason })] : []),
    '',
    t('session-detail-history'),
    ...history.map((event) => {
      const after = (event.after ?? {}) as { reason?: string; timeText?: string }
      return `  ${formatDateTime(event.at, timeZone)} — ${event.actor ?? t('actor-system')}: ${t(
        `history-${event.action.replace('.', '-')}`,
        {
          reason: after.reason ?? '-',
          time: after.timeText ?? '-',
        },
      )}`
    }),
  ]
  return lines.join('\n')
}
