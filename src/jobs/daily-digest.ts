import { recordMissedRun } from '../delivery/notices.js'
import type { Logger } from '../logger.js'
import type { Committee } from '../db/repositories/index.js'
import { formatVietnamese, fromDbDate, localDateOf, toDbDate, type LocalDate } from '../services/calendar/local-date.js'
import type { Services } from '../services/index.js'
import { atLocalTime, localHhmm } from '../services/time.js'
import { buildDigest } from './digest-content.js'

export interface DigestDeps {
  services: Services
  translate: (locale: string, key: string, vars?: Record<string, string | number>) => string
  logger: Logger
}

/** Telegram's message limit; a digest is one message, cut with a pointer to /viec if longer. */
export const DIGEST_LIMIT = 4096

function fitOneMessage(text: string, pointer: string): string {
  if (text.length <= DIGEST_LIMIT) {
    return text
  }
  const room = DIGEST_LIMIT - pointer.length - 2
  const cut = text.slice(0, room)
  return `${cut.slice(0, cut.lastIndexOf('\n'))}\n\n${pointer}`
}

/** Today's digest text of a committee, or null when there is nothing to report (also for /bantin). */
export async function composeDigest(services: Services, committee: Committee, today: LocalDate, t: Translate): Promise<string | null> {
  const calendar = await services.calendar.forCommittee(committee.id)
  const [pendingReviews, sessions, tasks] = await Promise.all([
    services.tasks.pendingReviews(committee.id),
    services.sessions.list(committee.id),
    services.tasks.list(committee.id, { status: ['open', 'done'] }),
  ])
  const openTasks = tasks.filter((task) => task.status === 'open')
  const progress = new Map<number, { done: number; total: number }>()
  for (const task of tasks) {
    if (task.sessionId !== null) {
      const entry = progress.get(task.sessionId) ?? { done: 0, total: 0 }
      entry.total++
      if (task.status === 'done') {
        entry.done++
      }
      progress.set(task.sessionId, entry)
    }
  }
  return buildDigest(t, { committee, today, calendar, openTasks, pendingReviews, sessions: sessions.upcoming, sessionProgress: progress })
}

type Translate = (key: string, vars?: Record<string, string | number>) => string

/**
 * Creates today's digest run for every committee whose digest time has come, on working days only.
 * Idempotent: the run is unique per (kind, committee, local day), so any number of ticks, restarts
 * or instances make one. A run still missing after the catch-up window is recorded as skipped and
 * the secretariat is told — never sent late, never silently dropped. The sender delivers.
 */
export async function runDailyDigest(deps: DigestDeps, now: Date): Promise<{ created: number; skipped: number }> {
  const { services } = deps
  const logger = deps.logger.child({ job: 'daily-digest' })
  let created = 0
  let skipped = 0
  for (const committee of await services.committees.listAll()) {
    const today = localDateOf(now, committee.timeZone)
    const time = localHhmm(now, committee.timeZone)
    const calendar = await services.calendar.forCommittee(committee.id)
    if (!calendar.isWorkingDay(today) || time < committee.digestTime) {
      continue
    }
    const outbox = services.outbox
    if (await outbox.findRun('daily_digest', committee.id, toDbDate(today))) {
      continue
    }
    const chats = (await services.chats.listActive(committee.id)).filter((chat) => chat.purpose === 'committee')
    if (chats.length === 0) {
      continue
    }
    const t = (key: string, vars?: Record<string, string | number>) => deps.translate(committee.locale, key, vars)
    if (committee.updatedAt > atLocalTime(today, committee.digestTime, committee.timeZone)) {
      continue // made or re-timed after today's digest was due: nothing was missed
    }
    if (time > committee.digestCatchUpUntil) {
      const missed = await recordMissedRun(
        deps,
        committee,
        {
          kind: 'daily_digest',
          localDate: today,
          note: `missed: the bot was not running between ${committee.digestTime} and ${committee.digestCatchUpUntil}`,
        },
        {
          key: 'digest-skipped-notice',
          vars: { date: formatVietnamese(today), from: committee.digestTime, until: committee.digestCatchUpUntil },
        },
      )
      if (missed) {
        skipped++
        logger.warn({ committee: committee.id, date: today }, 'daily digest skipped: past the catch-up window')
      }
      continue
    }
    const body = await composeDigest(services, committee, today, t)
    if (!body && !committee.emptyDigest) {
      continue
    }
    const text = fitOneMessage(body ?? t('digest-empty', { date: formatVietnamese(today) }), t('digest-truncated'))
    const run = await outbox.createRun(
      { committeeId: committee.id, kind: 'daily_digest', localDate: toDbDate(today), state: 'pending', note: null },
      chats.map((chat) => ({ platform: chat.platform, target: chat.externalId, toGroup: true, partNo: 1, text })),
    )
    if (!run) {
      continue // another instance made it first
    }
    created++
    logger.info({ committee: committee.id, date: fromDbDate(run.localDate), chats: chats.length }, 'daily digest queued')
  }
  return { created, skipped }
}
