import { formatVietnamese, localDateOf, type LocalDate } from '../services/calendar/local-date.js'
import type { AfterSessionDigest, SessionRollupLine } from '../services/after-session/read-model.js'
import { pendingOpinions, type SessionRollup } from '../services/after-session/rollups.js'
import { localHhmm } from '../services/time.js'
import { clip } from '../services/text.js'

type Translate = (key: string, vars?: Record<string, string | number>) => string

const short = (date: LocalDate) => formatVietnamese(date).slice(0, 5)

/** The two lines of a session's roll-up: its opinions and its conclusion items. */
export function rollupLines(t: Translate, rollup: SessionRollup): string[] {
  const o = rollup.opinions
  const i = rollup.items
  return [
    t('rollup-opinions', {
      received: o.received,
      atSession: o.answeredAtSession,
      onTime: o.writing.done_on_time,
      late: o.writing.done_late,
      pending: pendingOpinions(o),
      overdue: o.writing.open_overdue,
      transferred: o.transferred,
    }),
    t('rollup-items', {
      total: i.total,
      done: i.doneOnTime + i.doneLate,
      late: i.doneLate,
      inProgress: i.inProgress,
      ongoing: i.ongoing,
      overdue: i.overdue,
    }),
  ]
}

/**
 * The digest's sections after the sessions, only when something is due: written answers and
 * conclusion items overdue or due within three working days, per held session; bridge points of the
 * coming week not yet ready.
 */
export function afterSessionDigestSections(t: Translate, digest: AfterSessionDigest, timeZone: string): string[] {
  const sections: string[] = []
  if (digest.sessions.length > 0) {
    sections.push(
      [
        t('digest-after-session'),
        ...digest.sessions.map((s) => {
          const parts = [
            ...(s.answersOverdue + s.answersDue > 0 ? [t('digest-after-answers', { overdue: s.answersOverdue, due: s.answersDue })] : []),
            ...(s.itemsOverdue + s.itemsDue > 0 ? [t('digest-after-items', { overdue: s.itemsOverdue, due: s.itemsDue })] : []),
          ]
          return t('digest-after-line', { number: s.number, topic: clip(s.topic, 50), parts: parts.join('; ') })
        }),
      ].join('\n'),
    )
  }
  if (digest.bridgePoints.length > 0) {
    sections.push(
      [
        t('digest-bridge-points', { count: digest.bridgePoints.length }),
        ...digest.bridgePoints.map((p) =>
          t('digest-bridge-line', {
            session: p.session,
            place: clip(p.place, 60),
            body: p.body ?? '-',
            due: p.due ? `${localHhmm(p.due, timeZone)} ${short(localDateOf(p.due, timeZone))}` : '-',
          }),
        ),
      ].join('\n'),
    )
  }
  return sections
}

/** The weekly summary's section: held sessions with what became of their opinions and conclusions. */
export function afterSessionSummaryLines(
  t: Translate,
  data: { sessions: SessionRollupLine[]; total: SessionRollup; more: number },
): string[] {
  if (data.sessions.length === 0) {
    return []
  }
  const lines = [t('summary-after-session', { count: data.sessions.length + data.more })]
  for (const s of data.sessions) {
    lines.push(t('summary-after-session-line', { number: s.number, topic: clip(s.topic, 60), date: s.heldOn ? short(s.heldOn) : '—' }))
    lines.push(...rollupLines(t, s.rollup).map((line) => `   ${line}`))
  }
  if (data.more > 0) {
    lines.push(t('summary-after-session-more', { count: data.more }))
  }
  lines.push(t('summary-after-session-total'), ...rollupLines(t, data.total).map((line) => `   ${line}`))
  return lines
}
