import type { BridgePointView, Repositories, SessionWithDetails } from '../../db/repositories/index.js'
import { auditSource, type Actor } from '../actor.js'
import { fromDbDate, localDateOf } from '../calendar/local-date.js'
import type { Clock } from '../clock.js'
import type { CommitteeCalendarService } from '../committee-calendar.js'
import { UserError } from '../errors.js'
import { roleAllows, type PermissionService } from '../permissions.js'
import { cleanName } from '../text.js'
import { atLocalTime } from '../time.js'
import { readDateTime } from '../after-session/date-time-input.js'
import { requireCommittee } from '../lookups.js'

export interface Readiness {
  roomReady: boolean
  connectionTested: boolean
  /** "Nguyễn Văn B, 0905 123 456": the officer who answers for the point on the day. */
  liaison: string | null
}

/** A bridge point is ready when its room, its connection and its liaison officer are all confirmed. */
export function isReady(point: Pick<BridgePointView, 'roomReady' | 'connectionTested' | 'liaisonName'>): boolean {
  return point.roomReady && point.connectionTested && point.liaisonName !== null
}

/**
 * Bridge points (điểm cầu) of online sessions: the secretariat names the body answering for each and
 * the time by which they confirm; the liaison confirms room, connection test and liaison officer; the
 * digest lists the points not ready.
 */
export function createBridgePointService(
  repos: Repositories,
  permissions: PermissionService,
  calendars: CommitteeCalendarService,
  clock: Clock,
) {
  const committeeOf = (committeeId: number) => requireCommittee(repos, committeeId)

  async function onlineSession(committeeId: number, number: number): Promise<SessionWithDetails> {
    const session = await repos.sessions.findByNumber(committeeId, number)
    if (!session) {
      throw new UserError('session-error-unknown-number', { number })
    }
    if (session.format === 'in_person' || session.bridgePoints.length === 0) {
      throw new UserError('bridge-error-no-points', { number })
    }
    return session
  }

  async function point(sessionId: number, sessionNumber: number, position: number): Promise<BridgePointView> {
    const found = (await repos.opinions.bridgePoints(sessionId)).find((p) => p.position === position - 1)
    if (!found) {
      throw new UserError('bridge-error-unknown', { number: position, session: sessionNumber })
    }
    return found
  }

  return {
    async list(committeeId: number, sessionNumber: number) {
      const session = await onlineSession(committeeId, sessionNumber)
      return { session, points: await repos.opinions.bridgePoints(session.id) }
    },

    /** Sets the time by which every point confirms (default: 16:00 the working day before the session). */
    async setDue(actor: Actor, committeeId: number, sessionNumber: number, text: string | null) {
      await permissions.require(committeeId, actor.personId, 'session.manage')
      const committee = await committeeOf(committeeId)
      const session = await onlineSession(committeeId, sessionNumber)
      let at: Date
      if (text) {
        const { date, time } = readDateTime(text, session.plan?.year ?? null, '16:00')
        at = atLocalTime(date, time, committee.timeZone)
      } else if (session.precision === 'day' && session.windowStart) {
        const calendar = await calendars.forCommittee(committeeId)
        at = atLocalTime(calendar.addWorkingDays(fromDbDate(session.windowStart), -1), '16:00', committee.timeZone)
      } else {
        throw new UserError('bridge-error-due-needed', { number: sessionNumber })
      }
      await repos.transaction(async (tx) => {
        await tx.opinions.setReadinessDue(session.id, at)
        await tx.audit.record({
          ...auditSource(actor),
          committeeId,
          action: 'session.readiness-due',
          targetType: 'session',
          targetId: String(session.id),
          after: { readinessDueAt: at },
        })
      })
      return { session, at }
    },

    /** Names the body whose contacts confirm a point. */
    async setBody(actor: Actor, committeeId: number, sessionNumber: number, position: number, bodyId: number) {
      await permissions.require(committeeId, actor.personId, 'session.manage')
      const session = await onlineSession(committeeId, sessionNumber)
      const target = await point(session.id, sessionNumber, position)
      const body = (await repos.bodies.listActive(committeeId)).find((b) => b.id === bodyId)
      if (!body) {
        throw new UserError('body-error-not-found', { name: '?' })
      }
      return repos.transaction(async (tx) => {
        const updated = await tx.opinions.updateBridgePoint(target.id, { bodyId })
        await tx.audit.record({
          ...auditSource(actor),
          committeeId,
          action: 'session.bridge-body',
          targetType: 'session',
          targetId: String(session.id),
          after: { point: position, place: target.place, body: body.name },
        })
        return updated
      })
    },

    /**
     * A point's liaison (a contact of its body) or the secretariat confirms what is ready. Each
     * confirmation replaces the previous one; the point is ready when all three are confirmed.
     */
    async confirm(actor: Actor, committeeId: number, sessionNumber: number, position: number, readiness: Readiness) {
      const session = await onlineSession(committeeId, sessionNumber)
      const target = await point(session.id, sessionNumber, position)
      const role = await permissions.roleOf(committeeId, actor.personId)
      const mine = new Set((await repos.memberships.bodiesOfPerson(committeeId, actor.personId)).map((b) => b.id))
      if (!roleAllows(role, 'session.manage') && !(target.bodyId !== null && mine.has(target.bodyId))) {
        throw new UserError('bridge-error-not-yours', { number: position, place: target.place })
      }
      const liaison = readiness.liaison ? cleanName(readiness.liaison) : null
      if (readiness.liaison !== null && (!liaison || liaison.length < 3)) {
        throw new UserError('bridge-error-liaison')
      }
      const [name, ...phone] = (liaison ?? '').split(',').map((part) => part.trim())
      const ready = readiness.roomReady && readiness.connectionTested && liaison !== null
      const now = clock.now()
      return repos.transaction(async (tx) => {
        const updated = await tx.opinions.updateBridgePoint(target.id, {
          roomReady: readiness.roomReady,
          connectionTested: readiness.connectionTested,
          liaisonName: liaison ? (name ?? liaison) : null,
          liaisonPhone: phone.join(', ') || null,
          readyAt: ready ? now : null,
          confirmedByPersonId: actor.personId,
        })
        await tx.audit.record({
          ...auditSource(actor),
          committeeId,
          action: 'session.bridge-ready',
          targetType: 'session',
          targetId: String(session.id),
          after: { point: position, place: target.place, ...readiness, ready },
        })
        return { point: updated, ready, late: session.readinessDueAt !== null && now > session.readinessDueAt }
      })
    },

    today: async (committeeId: number) => localDateOf(clock.now(), (await committeeOf(committeeId)).timeZone),
  }
}
export type BridgePointService = ReturnType<typeof createBridgePointService>
