import type { Committee, Platform } from '../db/repositories/index.js'
import type { NewDelivery } from '../db/repositories/outbox-repository.js'
import type { Calendar } from '../services/calendar/calendar.js'
import { addDays, formatVietnamese, localDateOf, toDbDate, weekday, type LocalDate } from '../services/calendar/local-date.js'
import type { Services } from '../services/index.js'
import { recordMissedRun } from '../delivery/notices.js'
import { privateTargets } from '../services/people.js'
import { atLocalTime, localHhmm } from '../services/time.js'
import { DIGEST_LIMIT, type DigestDeps } from './daily-digest.js'
import { forEachCommittee, type CommitteeJobResult } from './job-runner.js'
import { gatherSummary, outcomeLegend, summaryText, type SummaryData } from './summary-content.js'

type Translate = (key: string, vars?: Record<string, string | number>) => string

export interface SummaryMessages {
  /** The text: one message (the summary is bounded; a cut with a pointer to /tongket guards the limit). */
  parts: string[]
  /** The caption that goes with the chart. */
  caption: string
}

/** The summary's text in one language. */
export function summaryMessages(t: Translate, data: SummaryData): SummaryMessages {
  let text = summaryText(t, data)
  if (text.length > DIGEST_LIMIT) {
    const pointer = t('digest-truncated')
    const cut = text.slice(0, DIGEST_LIMIT - pointer.length - 2)
    text = `${cut.slice(0, cut.lastIndexOf('\n'))}\n\n${pointer}`
  }
  return { parts: [text], caption: t('summary-chart-caption', { date: formatVietnamese(data.today) }) }
}

/**
 * The chart of the summary (bars by lead body, worst first, stacked by outcome class; the rest in one
 * bar), and under it the held sessions' chart, as a PNG.
 */
export async function summaryChart(t: Translate, data: SummaryData): Promise<Buffer> {
  // Loaded when a chart is drawn, not at start-up: Skia is large and most processes draw one a week.
  const { renderOutcomeChart } = await import('../charts/outcome-chart.js')
  const others = data.otherBodies
    ? [{ label: t('summary-chart-others', { count: data.otherBodies.bodies }), counts: data.otherBodies.counts }]
    : []
  const first = await renderOutcomeChart({
    title: t('summary-chart-title', { committee: data.committee.name }),
    subtitle: t('summary-chart-subtitle', { date: formatVietnamese(data.today), total: data.total.total }),
    rows: [...data.byBody, ...others],
    legend: outcomeLegend(t),
    emptyText: t('summary-chart-empty'),
    others: (count) => t('summary-chart-others', { count }),
  })
  const held = data.afterSession?.sessions ?? []
  if (held.length === 0) {
    return first
  }
  const { renderAfterSessionChart, stackCharts } = await import('../charts/after-session-chart.js')
  return stackCharts([
    first,
    await renderAfterSessionChart({
      title: t('summary-after-chart-title'),
      subtitle: t('summary-after-chart-subtitle', { date: formatVietnamese(data.today), count: held.length }),
      sessions: held,
      itemsLabel: (number) => t('summary-after-chart-items', { number }),
      answersLabel: (number) => t('summary-after-chart-answers', { number }),
      legend: outcomeLegend(t),
      emptyText: t('summary-after-chart-empty'),
      others: (count) => t('summary-chart-others', { count }),
    }),
  ])
}

const isoWeekday = (date: LocalDate) => weekday(date) || 7

/** How long to wait before looking again at a committee with nobody to send its summary to. */
const RECHECK_MS = 30 * 60_000

/** The committee's weekday most recently reached: what a week's summary run is keyed by. */
function weekKey(committee: Pick<Committee, 'weeklyDay'>, today: LocalDate): LocalDate {
  return addDays(today, -((isoWeekday(today) - committee.weeklyDay + 7) % 7))
}

/**
 * The week's summary day: the committee's weekday (Monday by default) most recently reached, or
 * the next working day after it when that day is not a working day (a holiday Monday: Tuesday);
 * null when the whole week is off (Tết). The run is keyed by the weekday itself, so a moved day
 * never makes two summaries in one week.
 */
export function summaryDays(
  committee: Pick<Committee, 'weeklyDay'>,
  today: LocalDate,
  calendar: Calendar,
): { key: LocalDate; sendOn: LocalDate | null } {
  const key = weekKey(committee, today)
  for (let i = 0; i < 7; i++) {
    const day = addDays(key, i)
    if (calendar.isWorkingDay(day)) {
      return { key, sendOn: day }
    }
  }
  return { key, sendOn: null }
}

/**
 * Queues one committee's weekly summary if its day and time have come — to each leader in private
 * (in their language) and to the leaders' groups, text then the chart — and says when to look at
 * it next. One run per committee and week (unique), so ticks, restarts and instances make one.
 * Missed until quiet hours on its day: recorded as skipped and the secretariat told, never sent a
 * day late.
 */
export async function summaryForCommittee(deps: DigestDeps, committee: Committee, now: Date): Promise<CommitteeJobResult> {
  const { services } = deps
  const today = localDateOf(now, committee.timeZone)
  const time = localHhmm(now, committee.timeZone)
  const nextWeek = atLocalTime(addDays(weekKey(committee, today), 7), committee.weeklyTime, committee.timeZone)
  // Most of the week the run exists already: found before the calendar is loaded.
  if (await services.outbox.findRun('weekly_summary', committee.id, toDbDate(weekKey(committee, today)))) {
    return { outcome: 'none', next: nextWeek }
  }
  const calendar = await services.calendar.forCommittee(committee.id)
  const { key, sendOn } = summaryDays(committee, today, calendar)
  if (sendOn === null) {
    return { outcome: 'none', next: nextWeek }
  }
  if (today < sendOn || (today === sendOn && time < committee.weeklyTime)) {
    return { outcome: 'none', next: atLocalTime(sendOn, committee.weeklyTime, committee.timeZone) }
  }
  const targets = await summaryTargets(services, committee)
  const missedAfter = today > sendOn || time >= committee.quietFrom
  if (targets.length === 0) {
    // Nobody to send to yet: look again later on its day (a leader may join), else next week.
    return { outcome: 'none', next: missedAfter ? nextWeek : new Date(now.getTime() + RECHECK_MS) }
  }
  if (committee.updatedAt > atLocalTime(sendOn, committee.weeklyTime, committee.timeZone)) {
    return { outcome: 'none', next: nextWeek } // made or re-timed after this week's summary was due: nothing was missed
  }
  if (missedAfter) {
    const missed = await recordMissedRun(
      deps,
      committee,
      {
        kind: 'weekly_summary',
        localDate: key,
        note: `missed: the bot was not running on ${sendOn} between ${committee.weeklyTime} and ${committee.quietFrom}`,
      },
      { key: 'summary-skipped-notice', vars: { date: formatVietnamese(sendOn), from: committee.weeklyTime, until: committee.quietFrom } },
    )
    if (missed) {
      deps.logger.warn({ job: 'weekly-summary', committee: committee.id, week: key }, 'weekly summary skipped: past its day')
    }
    return { outcome: missed ? 'skipped' : 'none', next: nextWeek }
  }
  const data = await gatherSummary(services, committee, today, calendar)
  const chart = await summaryChart((k, v) => deps.translate(committee.locale, k, v), data)
  const byLocale = new Map<string, SummaryMessages>()
  const deliveries: NewDelivery[] = targets.flatMap((target) => {
    let messages = byLocale.get(target.locale)
    if (!messages) {
      messages = summaryMessages((k, v) => deps.translate(target.locale, k, v), data)
      byLocale.set(target.locale, messages)
    }
    const chat = { platform: target.platform, target: target.target, toGroup: target.toGroup }
    return [
      ...messages.parts.map((text, index) => ({ ...chat, partNo: index + 1, text })),
      { ...chat, partNo: messages.parts.length + 1, text: messages.caption, withImage: true },
    ]
  })
  const run = await services.outbox.createRun(
    {
      committeeId: committee.id,
      kind: 'weekly_summary',
      localDate: toDbDate(key),
      state: 'pending',
      note: null,
      image: new Uint8Array(chart),
    },
    deliveries,
  )
  if (!run) {
    return { outcome: 'none', next: nextWeek } // another instance made it first
  }
  deps.logger.info({ job: 'weekly-summary', committee: committee.id, week: key, targets: targets.length }, 'weekly summary queued')
  return { outcome: 'created', next: nextWeek }
}

/** The weekly summary for every committee at `now`, each in its own error boundary (tests and tools; the scheduler runs the due ones). */
export async function runWeeklySummary(deps: DigestDeps, now: Date): Promise<{ created: number; skipped: number }> {
  const totals = await forEachCommittee(deps, 'weekly-summary', (committee) => summaryForCommittee(deps, committee, now))
  return { created: totals.created, skipped: totals.skipped }
}

/** Leaders in private (where they can be reached) and the committee's leaders' groups. */
async function summaryTargets(
  services: Services,
  committee: Committee,
): Promise<{ platform: Platform; target: string; toGroup: boolean; locale: string }[]> {
  const leaders = await services.tasks.leaders(committee.id)
  const groups = (await services.chats.listActive(committee.id)).filter((chat) => chat.purpose === 'leaders')
  return [
    ...privateTargets(leaders, committee.locale).map((target) => ({ ...target, toGroup: false })),
    ...groups.map((chat) => ({ platform: chat.platform, target: chat.externalId, toGroup: true, locale: committee.locale })),
  ]
}
