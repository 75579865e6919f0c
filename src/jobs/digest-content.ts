import type { Committee } from '../db/repositories/index.js'
import { clip } from '../services/text.js'
import type { Calendar } from '../services/calendar/calendar.js'
import { formatVietnamese, weekday, type LocalDate } from '../services/calendar/local-date.js'
import type { Services } from '../services/index.js'
import type { DigestData, DigestSection } from '../services/reports/digest.js'

type Translate = (key: string, vars?: Record<string, string | number>) => string

export { DIGEST_LIMITS, type DigestData, type DigestGroup, type DigestSection } from '../services/reports/digest.js'

/** Gathers a committee's digest for `today` (the read model's, services/reports). */
export function gatherDigest(services: Services, committee: Committee, today: LocalDate, calendar: Calendar): Promise<DigestData> {
  return services.reports.digest(committee, today, calendar)
}

const short = (date: LocalDate) => formatVietnamese(date).slice(0, 5)
const SECTION_KEYS = ['digest-overdue', 'digest-due-today', 'digest-due-soon'] as const

/** "• SGDĐT: số 1 (hạn 27/02), số 5 (hạn 01/03)" — tasks grouped by lead body, numbers to act on. */
function sectionLines(t: Translate, section: DigestSection): string[] {
  const withDue = section.section !== 1
  const lines = section.groups.map((group) => {
    const numbers = group.items.map((item) => `số ${item.number}${withDue ? ` (hạn ${short(item.due)})` : ''}`).join(', ')
    const more = group.count > group.items.length ? ` ${t('digest-more-numbers', { count: group.count - group.items.length })}` : ''
    return `• ${group.label}: ${numbers}${more}`
  })
  if (section.bodies > section.groups.length) {
    const shown = section.groups.reduce((sum, g) => sum + g.count, 0)
    lines.push(t('digest-more-bodies', { bodies: section.bodies - section.groups.length, count: section.total - shown }))
  }
  return lines
}

/**
 * The daily digest of a committee: overdue tasks, due today, due within the next 3 working days,
 * awaiting review, sessions in the next 14 days with their progress. Empty sections are left out;
 * returns null when there is nothing to say. Bounded by DIGEST_LIMITS: one message at any volume.
 */
export function buildDigest(t: Translate, data: DigestData): string | null {
  const sections: string[] = data.sections.map((section) =>
    [t(SECTION_KEYS[section.section], { count: section.total }), ...sectionLines(t, section)].join('\n'),
  )
  if (data.reviews.total > 0) {
    sections.push(
      [
        t('digest-awaiting-review', { count: data.reviews.total }),
        ...data.reviews.rows.map((r) => `• ${r.label}: số ${r.number} (${r.documentNumber.slice(0, 40)})`),
        ...(data.reviews.total > data.reviews.rows.length
          ? [t('digest-more-reviews', { count: data.reviews.total - data.reviews.rows.length })]
          : []),
      ].join('\n'),
    )
  }
  if (data.sessions.total > 0) {
    sections.push(
      [
        t('digest-sessions'),
        ...data.sessions.rows.map((s) => {
          const date = s.windowStart ?? data.today
          const when = s.precision === 'day' ? `${t(`weekday-${weekday(date)}`)} ${short(date)}` : t('digest-session-window')
          return t('digest-session-line', {
            number: s.number,
            topic: clip(s.topic, 60),
            when,
            done: s.done,
            total: s.tasks,
          })
        }),
        ...(data.sessions.total > data.sessions.rows.length
          ? [t('digest-more-sessions', { count: data.sessions.total - data.sessions.rows.length })]
          : []),
      ].join('\n'),
    )
  }
  sections.push(...(data.extraSections ?? []))
  if (sections.length === 0) {
    return null
  }
  const header = t('digest-header', {
    weekday: t(`weekday-${weekday(data.today)}`),
    date: formatVietnamese(data.today),
    committee: data.committee.name,
  })
  return [header, '', sections.join('\n\n'), '', t('digest-footer')].join('\n')
}
