import type { Repositories, SessionFormat, SessionStatus, SessionWithDetails } from '../db/repositories/index.js'
import { auditSource, type Actor } from './actor.js'
import { formatVietnamese, fromDbDate, localDateOf, toDbDate, type LocalDate } from './calendar/local-date.js'
import type { Clock } from './clock.js'
import type { SessionWindow } from './deadlines/due-date.js'
import { UserError } from './errors.js'
import type { PermissionService } from './permissions.js'
import { parseSessionTime, type SessionTime } from './sessions/session-time.js'
import type { Announce, Notice, Reach } from './notice.js'
import type { MovedDeadline, RecomputeContext } from './tasks/tasks.js'
import { cleanName, clip, foldVietnamese, requireTitle } from './text.js'
import { sessionWhenWithWords } from './wording.js'
import { requireSessionByNumber } from './lookups.js'

export interface SessionInput {
  /** The plan's number within the committee, or null for an ad-hoc session. */
  planNumber: number | null
  topic: string
  host: string | null
  audience: string | null
  expectedCount: number | null
  unlimited: boolean
  timeText: string
  format: SessionFormat
  venue: string | null
  centralPoint: string | null
  localPoints: string[]
  /** The plan says the venue comes later (with the invitation): no venue yet is not an error. */
  venueLater?: boolean
  /** The time already read (the plan importer reads ranges and running text `timeText` alone cannot say). */
  time?: SessionTime
}

/**
 * A session's optional text field (host, audience, venue, a bridge point): letters, no pictographs.
 * The dialogue checks it at the step where it is typed, the service again before saving.
 */
export function sessionField(text: string): string {
  return requireTitle(text, 'error-name-too-short', 2)
}

/**
 * A host or an audience typed as a date or an hour ("ngày 15/3/2027", "8h00") is a person answering
 * the next question too early: refused with where the time goes, instead of saved as a name.
 */
export function sessionPeople(text: string): string {
  const rest = foldVietnamese(text)
    .replace(/\b\d{1,2}\s*(?:h|gio)\s*\d{0,2}(?:\s*phut)?\b/g, ' ')
    .replace(/\b(?:ngay|thang|nam|quy|luc|vao|sang|chieu|toi|thu|chu nhat|du kien|tu|den)\b/g, ' ')
    .replace(/[\d\s]+/g, '')
  if (rest.length === 0 && /\d/.test(text)) {
    throw new UserError('session-error-people-is-time', { text: clip(text, 40) })
  }
  return sessionField(text)
}

/** The dates of a session as due-date computation needs them. */
export function sessionWindow(session: Pick<SessionWithDetails, 'precision' | 'windowStart' | 'windowEnd'>): SessionWindow {
  return {
    precision: session.precision,
    start: session.windowStart ? fromDbDate(session.windowStart) : null,
    end: session.windowEnd ? fromDbDate(session.windowEnd) : null,
  }
}

/** The parsed time, or a UserError naming what is wrong with it. Years before the plan's are refused. */
export function readSessionTime(text: string, planYear: number | null, fallbackYear: number): SessionTime {
  const parsed = parseSessionTime(text, planYear ?? fallbackYear)
  if ('error' in parsed) {
    throw new UserError(`session-time-${parsed.error}`, { text: clip(text, 80) })
  }
  if (planYear !== null && parsed.start && Number(parsed.start.slice(0, 4)) < planYear) {
    throw new UserError('session-time-before-plan', { year: String(planYear) })
  }
  return parsed
}

function timeColumns(time: SessionTime) {
  return {
    precision: time.precision,
    windowStart: time.start ? toDbDate(time.start) : null,
    windowEnd: time.end ? toDbDate(time.end) : null,
    startHour: time.hour,
    startMinute: time.minute,
    timeText: time.text,
  }
}

const ALLOWED_STATUS: Record<SessionStatus, SessionStatus[]> = {
  planned: ['held', 'cancelled'],
  scheduled: ['held', 'cancelled'],
  held: ['concluded', 'cancelled'],
  concluded: [],
  cancelled: [],
}

/** Deadlines that hang on a session; the tasks service recomputes them, in the move's transaction. */
export interface SessionDependents {
  recomputeContext(committeeId: number): Promise<RecomputeContext>
  recomputeForSession(
    tx: Repositories,
    committeeId: number,
    session: { id: number; number: number; window: SessionWindow },
    context: RecomputeContext,
  ): Promise<MovedDeadline[]>
}

export interface RescheduleResult {
  session: SessionWithDetails
  /** Due dates that moved with the session. */
  moved: MovedDeadline[]
  before: Pick<SessionWithDetails, 'precision' | 'windowStart' | 'windowEnd' | 'startHour' | 'startMinute' | 'timeText'>
  /** The committee's groups told of the move. */
  reach: Reach
}

/** The committee groups hear that a session moved, from what to what, why, and which due dates moved with it. */
function rescheduledNotice(committeeId: number, result: Omit<RescheduleResult, 'reach'>, reason: string): Notice {
  return {
    committeeId,
    topic: 'reschedule-announce',
    to: [{ kind: 'committee-groups' }],
    text: (t) =>
      [
        t('reschedule-announce', {
          number: result.session.number,
          topic: result.session.topic,
          from: sessionWhenWithWords(t, result.before),
          to: sessionWhenWithWords(t, result.session),
          reason,
        }),
        ...(result.moved.length > 0 ? [t('reschedule-moved-header')] : []),
        ...result.moved.map((moved) =>
          t('reschedule-moved-line', {
            number: moved.number,
            title: moved.title,
            from: moved.from ? formatVietnamese(moved.from) : t('task-no-due'),
            to: moved.to ? `${formatVietnamese(moved.to)}${moved.provisional ? ` ${t('task-due-provisional')}` : ''}` : t('task-no-due'),
            words: moved.text ?? '-',
          }),
        ),
      ].join('\n'),
  }
}

export function createSessionService(
  repos: Repositories,
  permissions: PermissionService,
  clock: Clock,
  dependents: SessionDependents,
  announce: Announce,
) {
  const requireSession = (committeeId: number, number: number) => requireSessionByNumber(repos, committeeId, number)

  async function today(committeeId: number): Promise<LocalDate> {
    const committee = await repos.committees.findById(committeeId)
    return localDateOf(clock.now(), committee?.timeZone ?? 'Asia/Ho_Chi_Minh')
  }

  return {
    get: requireSession,

    async create(actor: Actor, committeeId: number, input: SessionInput): Promise<SessionWithDetails> {
      await permissions.require(committeeId, actor.personId, 'session.manage')
      const plan = input.planNumber === null ? null : await repos.plans.findByNumber(committeeId, input.planNumber)
      if (input.planNumber !== null && !plan) {
        throw new UserError('plan-error-unknown-number', { number: input.planNumber })
      }
      const topic = requireTitle(input.topic, 'session-error-topic')
      const optional = (text: string | null) => (text && cleanName(text) ? sessionField(text) : null)
      const host = optional(input.host)
      const audience = optional(input.audience)
      const venue = optional(input.venue)
      const centralPoint = optional(input.centralPoint)
      const localPoints = input.localPoints.map(sessionField)
      const time = input.time ?? readSessionTime(input.timeText, plan?.year ?? null, Number((await today(committeeId)).slice(0, 4)))
      if (
        input.expectedCount !== null &&
        (!Number.isInteger(input.expectedCount) || input.expectedCount <= 0 || input.expectedCount > 100_000)
      ) {
        throw new UserError('session-error-count')
      }
      const points = [
        ...(centralPoint ? [{ kind: 'central' as const, place: centralPoint }] : []),
        ...localPoints.map((place) => ({ kind: 'local' as const, place })),
      ]
      if (input.format !== 'in_person' && !centralPoint) {
        throw new UserError('session-error-central-point')
      }
      if (input.format !== 'online' && !venue && !input.venueLater) {
        throw new UserError('session-error-venue')
      }
      return repos.transaction(async (tx) => {
        const session = await tx.sessions.create(
          {
            committeeId,
            planId: plan?.id ?? null,
            topic,
            host,
            audience,
            expectedCount: input.unlimited ? null : input.expectedCount,
            unlimited: input.unlimited,
            ...timeColumns(time),
            format: input.format,
            venue: input.format === 'online' ? null : venue,
            adHoc: plan === null,
            status: time.precision === 'day' ? 'scheduled' : 'planned',
            createdByPersonId: actor.personId,
          },
          input.format === 'in_person' ? [] : points,
        )
        await tx.audit.record({
          ...auditSource(actor),
          committeeId,
          action: 'session.create',
          targetType: 'session',
          targetId: String(session.id),
          after: session,
        })
        return session
      })
    },

    /** Upcoming first (soonest first, unscheduled last), then the past (latest first). */
    async list(committeeId: number): Promise<{ upcoming: SessionWithDetails[]; past: SessionWithDetails[] }> {
      const sessions = await repos.sessions.list(committeeId)
      const now = await today(committeeId)
      const isPast = (s: SessionWithDetails) =>
        s.status === 'held' ||
        s.status === 'concluded' ||
        s.status === 'cancelled' ||
        (s.windowEnd !== null && fromDbDate(s.windowEnd) < now)
      const upcoming = sessions
        .filter((s) => !isPast(s))
        .sort((a, b) => (a.windowStart?.getTime() ?? Infinity) - (b.windowStart?.getTime() ?? Infinity) || a.number - b.number)
      const past = sessions
        .filter(isPast)
        .sort((a, b) => (b.windowStart?.getTime() ?? 0) - (a.windowStart?.getTime() ?? 0) || b.number - a.number)
      return { upcoming, past }
    },

    /** Who changed what, oldest first. */
    async history(committeeId: number, session: SessionWithDetails) {
      const events = await repos.audit.forTarget(committeeId, 'session', String(session.id))
      const names = new Map<number, string>()
      for (const id of new Set(events.map((e) => e.actorPersonId).filter((v): v is number => v !== null))) {
        names.set(id, (await repos.people.findById(id))?.displayName ?? '?')
      }
      return events.map((event) => ({
        at: event.at,
        action: event.action,
        actor: event.actorPersonId ? (names.get(event.actorPersonId) ?? '?') : null,
        after: event.after,
        before: event.before,
      }))
    },

    /** Moves a session, or sets the exact day of one known only to the month or quarter. */
    async reschedule(actor: Actor, committeeId: number, number: number, timeText: string, rawReason: string): Promise<RescheduleResult> {
      await permissions.require(committeeId, actor.personId, 'session.manage')
      const session = await requireSession(committeeId, number)
      if (session.status === 'cancelled' || session.status === 'concluded') {
        throw new UserError('session-error-closed', { number })
      }
      const reason = cleanName(rawReason)
      if (!reason || reason.length < 3) {
        throw new UserError('session-error-reason')
      }
      const time = readSessionTime(timeText, session.plan?.year ?? null, Number((await today(committeeId)).slice(0, 4)))
      const before = {
        precision: session.precision,
        windowStart: session.windowStart,
        windowEnd: session.windowEnd,
        startHour: session.startHour,
        startMinute: session.startMinute,
        timeText: session.timeText,
      }
      const context = await dependents.recomputeContext(committeeId)
      return repos.transaction(async (tx) => {
        const after = await tx.sessions.update(session.id, {
          ...timeColumns(time),
          status: session.status === 'held' ? 'held' : time.precision === 'day' ? 'scheduled' : 'planned',
        })
        await tx.audit.record({
          ...auditSource(actor),
          committeeId,
          action: 'session.reschedule',
          targetType: 'session',
          targetId: String(session.id),
          before: { ...before, reason },
          after: {
            precision: after.precision,
            windowStart: after.windowStart,
            windowEnd: after.windowEnd,
            timeText: after.timeText,
            reason,
          },
        })
        const moved = await dependents.recomputeForSession(
          tx,
          committeeId,
          { id: after.id, number: after.number, window: sessionWindow(after) },
          context,
        )
        const result = { session: after, before, moved }
        return { ...result, reach: await announce(tx, [rescheduledNotice(committeeId, result, reason)]) }
      })
    },

    /** Marks a session held, concluded or cancelled; a cancellation is told to the committee groups. */
    async setStatus(
      actor: Actor,
      committeeId: number,
      number: number,
      status: 'held' | 'concluded' | 'cancelled',
      rawReason: string | null,
    ): Promise<{ session: SessionWithDetails; reach: Reach }> {
      await permissions.require(committeeId, actor.personId, 'session.manage')
      const session = await requireSession(committeeId, number)
      if (!ALLOWED_STATUS[session.status].includes(status)) {
        throw new UserError('session-error-status', { number })
      }
      const reason = rawReason ? cleanName(rawReason) : null
      if (status === 'cancelled' && (!reason || reason.length < 3)) {
        throw new UserError('session-error-reason')
      }
      return repos.transaction(async (tx) => {
        const after = await tx.sessions.update(session.id, { status, statusReason: reason })
        await tx.audit.record({
          ...auditSource(actor),
          committeeId,
          action: `session.${status}`,
          targetType: 'session',
          targetId: String(session.id),
          before: { status: session.status },
          after: { status, reason },
        })
        const cancelled: Notice = {
          committeeId,
          topic: 'cancel-session-announce',
          to: [{ kind: 'committee-groups' }],
          text: (t) => t('cancel-session-announce', { number: after.number, topic: after.topic, reason: reason ?? '-' }),
        }
        return {
          session: after,
          reach: status === 'cancelled' ? await announce(tx, [cancelled]) : { people: 0, groups: 0, unreachable: [] },
        }
      })
    },
  }
}
export type SessionService = ReturnType<typeof createSessionService>
