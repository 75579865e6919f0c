import { recordMissedRun } from '../delivery/notices.js'
import type { Logger } from '../logger.js'
import type { Committee } from '../db/repositories/index.js'
import type { Calendar } from '../services/calendar/calendar.js'
import { addDays, formatVietnamese, fromDbDate, localDateOf, toDbDate, type LocalDate } from '../services/calendar/local-date.js'
import type { Services } from '../services/index.js'
import { atLocalTime, localHhmm } from '../services/time.js'
import { afterSessionDigestSections } from './after-session-content.js'
import { buildDigest, gatherDigest } from './digest-content.js'
import { forEachCommittee, type CommitteeJobResult } from './job-runner.js'

export interface DigestDeps {
  services: Services
  translate: (locale: string, key: string, vars?: Record<string, string | number>) => string
  logger: Logger
}

type Translate = (key: string, vars?: Record<string, string | number>) => string

/** Telegram's message limit; a digest is one message, cut with a pointer to /viec if longer. */
export const DIGEST_LIMIT = 4096

/** How long to wait before looking again at a committee that has no group yet (within the catch-up window). */
const RECHECK_MS = 30 * 60_000

function fitOneMessage(text: string, pointer: string): string {
  if (text.length <= DIGEST_LIMIT) {
    return text
  }
  const room = DIGEST_LIMIT - pointer.length - 2
  const cut = text.slice(0, room)
  return `${cut.slice(0, cut.lastIndexOf('\n'))}\n\n${pointer}`
}

/**
 * Today's digest of a committee exactly as the job queues it (/bantin shows the same text), or
 * null when none would go: nothing to report and the committee turned empty digests off.
 */
export async function digestText(
  services: Services,
  committee: Committee,
  today: LocalDate,
  t: Translate,
  calendar?: Calendar,
): Promise<string | null> {
  const cal = calendar ?? (await services.calendar.forCommittee(committee.id))
  const data = await gatherDigest(services, committee, today, cal)
  const extraSections = data.afterSession ? afterSessionDigestSections(t, data.afterSession, committee.timeZone) : []
  const body = buildDigest(t, { ...data, extraSections })
  if (!body && !committee.emptyDigest) {
    return null
  }
  return fitOneMessage(body ?? t('digest-empty', { date: formatVietnamese(today) }), t('digest-truncated'))
}

/**
 * Makes today's digest run of one committee if its time has come, on working days only, and
 * says when to look at it next. Idempotent: the run is unique per (kind, committee, local day), so
 * any number of ticks, restarts or instances make one. A run still missing after the catch-up
 * window is recorded as skipped and the secretariat told — never sent late, never silently
 * dropped. The sender delivers.
 */
export async function digestForCommittee(deps: DigestDeps, committee: Committee, now: Date): Promise<CommitteeJobResult> {
  const { services } = deps
  const today = localDateOf(now, committee.timeZone)
  const time = localHhmm(now, committee.timeZone)
  const dueToday = atLocalTime(today, committee.digestTime, committee.timeZone)
  const tomorrow = atLocalTime(addDays(today, 1), committee.digestTime, committee.timeZone)
  if (time < committee.digestTime) {
    return { outcome: 'none', next: dueToday }
  }
  const calendar = await services.calendar.forCommittee(committee.id)
  if (!calendar.isWorkingDay(today)) {
    return { outcome: 'none', next: tomorrow }
  }
  if (await services.outbox.findRun('daily_digest', committee.id, toDbDate(today))) {
    return { outcome: 'none', next: tomorrow }
  }
  if (committee.updatedAt > dueToday) {
    return { outcome: 'none', next: tomorrow } // made or re-timed after today's digest was due: nothing was missed
  }
  const chats = (await services.chats.listActive(committee.id)).filter((chat) => chat.purpose === 'committee')
  if (chats.length === 0) {
    // No group yet: look again while today's digest could still go.
    const again = new Date(now.getTime() + RECHECK_MS)
    return { outcome: 'none', next: time < committee.digestCatchUpUntil ? again : tomorrow }
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
      deps.logger.warn({ job: 'daily-digest', committee: committee.id, date: today }, 'daily digest skipped: past the catch-up window')
    }
    return { outcome: missed ? 'skipped' : 'none', next: tomorrow }
  }
  const t = (key: string, vars?: Record<string, string | number>) => deps.translate(committee.locale, key, vars)
  const text = await digestText(services, committee, today, t, calendar)
  if (text === null) {
    return { outcome: 'none', next: tomorrow }
  }
  const run = await services.outbox.createRun(
    { committeeId: committee.id, kind: 'daily_digest', localDate: toDbDate(today), state: 'pending', note: null },
    chats.map((chat) => ({ platform: chat.platform, target: chat.externalId, toGroup: true, partNo: 1, text })),
  )
  if (!run) {
    return { outcome: 'none', next: tomorrow } // another instance made it first
  }
  deps.logger.info(
    { job: 'daily-digest', committee: committee.id, date: fromDbDate(run.localDate), chats: chats.length },
    'daily digest queued',
  )
  return { outcome: 'created', next: tomorrow }
}

/**
 * The digest for every committee at `now`, one at a time, each in its own error boundary (a
 * committee that fails is logged and the others go on). The scheduler runs only the committees
 * whose digest is due (job_schedules); this walks all of them, for tests and tools.
 */
export async function runDailyDigest(deps: DigestDeps, now: Date): Promise<{ created: number; skipped: number }> {
  const results = await forEachCommittee(deps, 'daily-digest', (committee) => digestForCommittee(deps, committee, now))
  return { created: results.created, skipped: results.skipped }
}
