import type { Committee } from '../db/repositories/index.js'
import { clip } from '../services/text.js'
import type { Calendar } from '../services/calendar/calendar.js'
import { formatVietnamese, weekday, type LocalDate } from '../services/calendar/local-date.js'
import type { Services } from '../services/index.js'
import { afterSessionSummaryLines } from './after-session-content.js'
import { OUTCOME_CLASSES, type OutcomeClass } from '../services/tasks/outcomes.js'
import { SUMMARY_LIMITS, type SummaryData } from '../services/reports/summary.js'

type Translate = (key: string, vars?: Record<string, string | number>) => string

export { SUMMARY_LIMITS, type SummaryData } from '../services/reports/summary.js'

/** Gathers the summary of a committee on `today` (the read model's, services/reports). */
export function gatherSummary(services: Services, committee: Committee, today: LocalDate, calendar: Calendar): Promise<SummaryData> {
  return services.reports.summary(committee, today, calendar)
}

const OUTCOME_KEYS: Record<OutcomeClass, string> = {
  done_on_time: 'outcome-done-on-time',
  done_late: 'outcome-done-late',
  open_in_term: 'outcome-open-in-term',
  open_overdue: 'outcome-open-overdue',
}
const SHORT_KEYS: Record<OutcomeClass, string> = {
  done_on_time: 'summary-short-on-time',
  done_late: 'summary-short-late',
  open_in_term: 'summary-short-in-term',
  open_overdue: 'summary-short-overdue',
}

/** The legend of the chart, in the reader's language. */
export function outcomeLegend(t: Translate): Record<OutcomeClass, string> {
  return Object.fromEntries(OUTCOME_CLASSES.map((c) => [c, t(SHORT_KEYS[c])])) as Record<OutcomeClass, string>
}

const short = (date: LocalDate) => formatVietnamese(date).slice(0, 5)
const signed = (n: number) => (n > 0 ? `+${n}` : n < 0 ? `−${-n}` : '±0')
const capitalize = (text: string) => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1)

/** The summary as text: bounded by SUMMARY_LIMITS, so one message at any volume. */
export function summaryText(t: Translate, data: SummaryData): string {
  const lines: string[] = [
    t('summary-header', { committee: data.committee.name }),
    t('summary-as-of', {
      weekday: t(`weekday-${weekday(data.today)}`),
      date: formatVietnamese(data.today),
      previous: short(data.previousDay),
    }),
    ...OUTCOME_CLASSES.map((c) =>
      t('summary-class-line', {
        label: capitalize(t(OUTCOME_KEYS[c])),
        count: data.total[c],
        change: signed(data.total[c] - data.previous[c]),
      }),
    ),
    t('summary-total', { count: data.total.total, change: signed(data.total.total - data.previous.total) }),
  ]
  if (data.byBody.length > 0) {
    lines.push('', t('summary-by-body'))
    for (const row of data.byBody.slice(0, SUMMARY_LIMITS.bodies)) {
      const words = OUTCOME_CLASSES.filter((c) => row.counts[c] > 0).map((c) => `${row.counts[c]} ${t(SHORT_KEYS[c])}`)
      lines.push(`• ${clip(row.label, 40)}: ${words.join(' · ')}`)
    }
    const rest = [
      ...data.byBody.slice(SUMMARY_LIMITS.bodies).map((row) => ({ bodies: 1, counts: row.counts })),
      ...(data.otherBodies ? [data.otherBodies] : []),
    ]
    if (rest.length > 0) {
      lines.push(
        t('summary-more-bodies', {
          bodies: rest.reduce((sum, r) => sum + r.bodies, 0),
          count: rest.reduce((sum, r) => sum + r.counts.total, 0),
          overdue: rest.reduce((sum, r) => sum + r.counts.open_overdue, 0),
        }),
      )
    }
  }
  lines.push('')
  if (data.overdueTotal > 0) {
    lines.push(t('summary-overdue', { count: data.overdueTotal }))
    for (const task of data.overdue) {
      lines.push(
        t('summary-overdue-line', {
          number: task.number,
          body: clip(task.body, 40),
          title: clip(task.title, 70),
          days: task.lateDays,
          due: short(task.due),
        }),
      )
    }
    if (data.overdueTotal > data.overdue.length) {
      lines.push(t('summary-more-overdue', { count: data.overdueTotal - data.overdue.length }))
    }
  } else {
    lines.push(t('summary-no-overdue'))
  }
  lines.push('')
  if (data.sessionsTotal > 0) {
    lines.push(t('summary-sessions'))
    for (const s of data.sessions) {
      lines.push(
        t('summary-session-line', {
          number: s.number,
          topic: clip(s.topic, 60),
          when: s.date ? `${t(`weekday-${weekday(s.date)}`)} ${short(s.date)}` : t('digest-session-window'),
          done: s.done,
          total: s.total,
        }),
      )
    }
    if (data.sessionsTotal > data.sessions.length) {
      lines.push(t('summary-more-sessions', { count: data.sessionsTotal - data.sessions.length }))
    }
  } else {
    lines.push(t('summary-no-sessions'))
  }
  if (data.extensionsTotal > 0) {
    lines.push('', t('summary-extensions', { count: data.extensionsTotal }))
    for (const e of data.extensions) {
      lines.push(
        t('summary-extension-line', { number: e.number, body: clip(e.body, 40), from: e.from ? short(e.from) : '—', to: short(e.to) }),
      )
    }
    if (data.extensionsTotal > data.extensions.length) {
      lines.push(t('summary-more-extensions', { count: data.extensionsTotal - data.extensions.length }))
    }
  }
  const after = data.afterSession ? afterSessionSummaryLines(t, data.afterSession) : []
  if (after.length > 0) {
    lines.push('', ...after)
  }
  return lines.join('\n')
}
