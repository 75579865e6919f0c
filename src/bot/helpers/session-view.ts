import type { SessionLine, SessionWithDetails } from '../../db/repositories/index.js'
import { sessionWhen, sessionWhenWithWords } from '../../services/wording.js'
import { clip } from '../../services/text.js'
import { formatDateTime } from './labels.js'

type Translate = (key: string, vars?: Record<string, string | number>) => string

// Moved to the services (announcements use them too); kept here for the features that import them.
export { sessionWhen, sessionWhenWithWords }

/** "2. Đối thoại với … — tháng 8/2023 (dự kiến)" */
export function sessionLine(t: Translate, session: SessionWithDetails | SessionLine): string {
  const status = session.status === 'planned' || session.status === 'scheduled' ? '' : ` [${t(`session-status-${session.status}`)}]`
  const topic = clip(session.topic, 90)
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
