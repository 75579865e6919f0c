import { splitMessage } from '../bot/helpers/reply.js'
import { renderOutcomeChart } from '../charts/outcome-chart.js'
import type { Committee, Platform } from '../db/repositories/index.js'
import type { NewDelivery } from '../db/repositories/outbox-repository.js'
import type { Calendar } from '../services/calendar/calendar.js'
import { addDays, formatVietnamese, localDateOf, toDbDate, weekday, type LocalDate } from '../services/calendar/local-date.js'
import type { Services } from '../services/index.js'
import { recordMissedRun } from '../delivery/notices.js'
import { privateTargets } from '../services/people.js'
import { atLocalTime, localHhmm } from '../services/time.js'
import type { DigestDeps } from './daily-digest.js'
import { gatherSummary, outcomeLegend, summaryText, type SummaryData } from './summary-content.js'

type Translate = (key: string, vars?: Record<string, string | number>) => string

export interface SummaryMessages {
  /** The text, cut on lines into messages that fit. */
  parts: string[]
  /** The caption that goes with the chart. */
  caption: string
}

/** The summary's text in one language. */
export function summaryMessages(t: Translate, data: SummaryData): SummaryMessages {
  return { parts: splitMessage(summaryText(t, data)), caption: t('summary-chart-caption', { date: formatVietnamese(data.today) }) }
}

/** The chart of the summary (bars by lead body, stacked by outcome class), as a PNG. */
export function summaryChart(t: Translate, data: SummaryData): Promise<Buffer> {
  return renderOutcomeChart({
    title: t('summary-chart-title', { committee: data.committee.name }),
    subtitle: t('summary-chart-subtitle', { date: formatVietnamese(data.today), total: data.total.total }),
    rows: data.byBody,
    legend: outcomeLegend(t),
    emptyText: t('summary-chart-empty'),
    others: (count) => t('summary-chart-others', { count }),
  })
}

const isoWeekday = (date: LocalDate) => weekday(date) || 7

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
 * Queues the weekly summary of every committee whose day and time have come: to each leader in
 * private (in their language) and to the leaders' groups, text then the chart. One run per
 * committee and week (unique), so ticks, restarts and instances make one. Missed until quiet hours
 * on its day: recorded as skipped and the secretariat told, never sent a day late.
 */
export async function runWeeklySummary(deps: DigestDeps, now: Date): Promise<{ created: number; skipped: number }> {
  const { services } = deps
  const logger = deps.logger.child({ job: 'weekly-summary' })
  let created = 0
  let skipped = 0
  for (const committee of await services.committees.listAll()) {
    const today = localDateOf(now, committee.timeZone)
    const time = localHhmm(now, committee.timeZone)
    // Most minutes of the week the run exists already: found before the calendar is loaded.
    if (await services.outbox.findRun('weekly_summary', committee.id, toDbDate(weekKey(committee, today)))) {
      continue
    }
    const calendar = await services.calendar.forCommittee(committee.id)
    const { key, sendOn } = summaryDays(committee, today, calendar)
    if (sendOn === null || today < sendOn || (today === sendOn && time < committee.weeklyTime)) {
      continue
    }
    const targets = await summaryTargets(services, committee)
    if (targets.length === 0) {
      continue
    }
    if (committee.updatedAt > atLocalTime(sendOn, committee.weeklyTime, committee.timeZone)) {
      continue // the committee was made or re-timed after this week's summary was due: nothing was missed
    }
    if (today > sendOn || time >= committee.quietFrom) {
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
        skipped++
        logger.warn({ committee: committee.id, week: key }, 'weekly summary skipped: past its day')
      }
      continue
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
      continue // another instance made it first
    }
    created++
    logger.info({ committee: committee.id, week: key, targets: targets.length }, 'weekly summary queued')
  }
  return { created, skipped }
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
