import { createHash, randomBytes } from 'node:crypto'
import type { ExportSession, Repositories } from '../../db/repositories/index.js'
import type { Actor } from '../actor.js'
import { auditSource } from '../actor.js'
import type { Clock } from '../clock.js'
import { UserError } from '../errors.js'
import { EXPORT_PAGE_SIZE, pages, requireExportRight } from './tracking.js'

/** The path of the feed; the token is its `t` parameter (the server routes exact paths). */
export const ICAL_PATH = '/ical'

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex')
const TOKEN = /^[A-Za-z0-9_-]{20,64}$/

/** What a feed shows: the committee and its sessions, a page at a time. */
export interface CalendarFeed {
  committee: { id: number; name: string; timeZone: string; locale: string }
  stamp: Date
  sessions: AsyncIterable<ExportSession[]>
}

/**
 * The committee's sessions as an iCalendar feed at a secret address, so leaders see them in their
 * phone's calendar. One address per committee; only the hash of its token is stored, so it is shown
 * once, when the secretariat makes it, and a new one (`rotate`) ends the old at once.
 */
export function createCalendarFeedService(
  repos: Repositories,
  clock: Clock,
  settings: { publicUrl: string | null },
  pageSize = EXPORT_PAGE_SIZE,
) {
  const url = (token: string) => `${settings.publicUrl ?? ''}${ICAL_PATH}?t=${token}`

  /** The secretariat may, and the server has a public address (a feed nobody can reach is not made). */
  async function allowed(actor: Actor, committeeId: number): Promise<void> {
    await requireExportRight(repos, committeeId, actor.personId, 'session.manage', 'export-error-calendar-forbidden')
    if (!settings.publicUrl) {
      throw new UserError('export-error-calendar-no-url')
    }
  }

  async function make(actor: Actor, committeeId: number, replace: boolean) {
    const token = randomBytes(24).toString('base64url')
    const now = clock.now()
    const made = replace
      ? (await repos.exports.setCalendarFeed(committeeId, hashToken(token), actor.personId, now), true)
      : await repos.exports.createCalendarFeed(committeeId, hashToken(token), actor.personId, now)
    if (made) {
      await repos.audit.record({
        ...auditSource(actor),
        committeeId,
        action: replace ? 'export.calendar-rotate' : 'export.calendar-create',
        targetType: 'committee',
        targetId: String(committeeId),
      })
    }
    return made ? token : null
  }

  return {
    /**
     * The feed for the secretariat: made now (its address returned, the only time it is shown) when
     * the committee has none, else when and by whom the current one was made.
     */
    async show(
      actor: Actor,
      committeeId: number,
    ): Promise<{ kind: 'made'; url: string } | { kind: 'exists'; createdAt: Date; createdBy: string }> {
      await allowed(actor, committeeId)
      const existing = await repos.exports.calendarFeed(committeeId)
      const token = existing ? null : await make(actor, committeeId, false)
      if (token) {
        return { kind: 'made', url: url(token) }
      }
      const feed = existing ?? (await repos.exports.calendarFeed(committeeId))
      return { kind: 'exists', createdAt: feed?.createdAt ?? clock.now(), createdBy: feed?.createdBy ?? '?' }
    },

    /** A new address for the committee's feed; the old one answers 404 from now on. */
    async rotate(actor: Actor, committeeId: number): Promise<{ kind: 'made'; url: string }> {
      await allowed(actor, committeeId)
      // Replacing always makes a token (an upsert).
      const token = (await make(actor, committeeId, true)) ?? ''
      return { kind: 'made', url: url(token) }
    },

    /** The feed a token opens, or null for an unknown or replaced token (documents/session-calendar.ts writes it). */
    async open(token: string): Promise<CalendarFeed | null> {
      const committee = TOKEN.test(token) ? await repos.exports.committeeOfFeed(hashToken(token)) : null
      if (!committee) {
        return null
      }
      return {
        committee,
        stamp: clock.now(),
        sessions: pages(
          0,
          (after) => repos.exports.sessionPage(committee.id, after, pageSize),
          (s) => s.number,
          pageSize,
        ),
      }
    },
  }
}
export type CalendarFeedService = ReturnType<typeof createCalendarFeedService>
