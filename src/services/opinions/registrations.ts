import { randomInt } from 'node:crypto'
import type { Committee, RegistrationMode, RegistrationView, Repositories, SessionWithDetails } from '../../db/repositories/index.js'
import { auditSource, type Actor } from '../actor.js'
import { addDays, formatVietnamese, fromDbDate, localDateOf, type LocalDate } from '../calendar/local-date.js'
import type { Clock } from '../clock.js'
import { UserError } from '../errors.js'
import { roleAllows, type PermissionService } from '../permissions.js'
import type { TaskService } from '../tasks/tasks.js'
import { cleanName } from '../text.js'
import { atLocalTime, localHhmm } from '../time.js'
import { readDateTime } from '../after-session/date-time-input.js'
import { readDeadlineInput } from '../after-session/deadline-input.js'
import type { Announce, Notice, Reach } from '../notice.js'
import type { Translate } from '../../delivery/translate.js'
import { readField } from './fields.js'
import { requireCommittee, requireSessionByNumber } from '../lookups.js'

/** Letters and digits that cannot be misread when typed from a poster or a loudspeaker (no 0/O, 1/I/L). */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789'
export const REGISTRATION_CODE_LENGTH = 6
/** Working days before the session a body has, by default, to prepare the answer to a question. */
const PREPARE_WORKING_DAYS = 3
/** A person may send this many registrations to one session (several questions, not a flood). */
const MAX_PER_PERSON = 5

export function newRegistrationCode(): string {
  return Array.from({ length: REGISTRATION_CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('')
}

/** "dk_K7P2QX", "DK K7P2QX", "k7p2qx" → "K7P2QX"; null when it is not a registration code. */
export function readRegistrationCode(text: string): string | null {
  const match = /^(?:\/?dk[\s_-]*)?([a-z2-9]{6})$/i.exec(text.trim())
  const code = match?.[1]?.toUpperCase() ?? null
  return code && [...code].every((c) => CODE_ALPHABET.includes(c)) ? code : null
}

export interface RegistrationInput {
  name: string
  place: string
  field: string
  content: string
  mode: RegistrationMode
  phone: string | null
}

/** What a registration form may say, checked one answer at a time (the dialogue) and all together (the service). */
export const registrationRules = {
  name: (text: string): string => {
    const name = cleanName(text)
    if (!name || name.length < 2 || name.length > 100) {
      throw new UserError('registration-error-name')
    }
    return name
  },
  place: (text: string): string => {
    const place = cleanName(text)
    if (!place || place.length < 2 || place.length > 200) {
      throw new UserError('registration-error-place')
    }
    return place
  },
  content: (text: string): string => {
    const content = text.trim()
    if (content.length < 10) {
      throw new UserError('registration-error-content')
    }
    return content.slice(0, 1000)
  },
  phone: (text: string): string => {
    const digits = text.replace(/[\s.-]/g, '')
    if (!/^(\+84|0)\d{8,10}$/.test(digits)) {
      throw new UserError('registration-error-phone')
    }
    return digits
  },
}

/** A registration as one reader may see it: personal data only for the secretariat and leaders. */
export interface RegistrationEntry {
  number: number
  name: string | null
  place: string | null
  phone: string | null
  field: string
  content: string
  mode: RegistrationMode
  state: RegistrationView['state']
  mergedInto: number | null
  speakOrder: number | null
  body: { id: number; name: string; shortName: string | null } | null
  task: { number: number; dueDate: Date | null } | null
  recorded: boolean
}

export interface RegistrationDeps {
  repos: Repositories
  permissions: PermissionService
  clock: Clock
  /** The task service on a transaction's repositories, so a task and its link commit together. */
  tasksFor: (tx: Repositories) => Pick<TaskService, 'assign'>
  announce: Announce
  /** Wording in the committee's language for what the bot writes into its data (task titles). */
  translate: Translate
}

/**
 * Speaker registration before a session: the secretariat opens it (a code for the link or to type)
 * until a set time; delegates and citizens register in private; the secretariat merges duplicates,
 * gives each question to the body that prepares the answer, orders the speakers, exports the list.
 */
export function createRegistrationService({ repos, permissions, clock, tasksFor, announce, translate }: RegistrationDeps) {
  const committeeOf = (committeeId: number) => requireCommittee(repos, committeeId)

  const requireSession = (committeeId: number, number: number) => requireSessionByNumber(repos, committeeId, number)

  async function requireRegistration(sessionId: number, sessionNumber: number, number: number): Promise<RegistrationView> {
    const registration = await repos.opinions.findRegistration(sessionId, number)
    if (!registration) {
      throw new UserError('registration-error-unknown', { number, session: sessionNumber })
    }
    return registration
  }

  /** The default closing time: 17:00 on the working day before the session, when its day is known. */
  function defaultClose(session: SessionWithDetails, committee: Committee): Date | null {
    if (session.precision !== 'day' || !session.windowStart) {
      return null
    }
    return atLocalTime(addDays(fromDbDate(session.windowStart), -1), '17:00', committee.timeZone)
  }

  function entry(reg: RegistrationView, personal: boolean, mergedNumbers: Map<number, number>): RegistrationEntry {
    return {
      number: reg.number,
      name: personal ? reg.name : null,
      place: personal ? reg.place : null,
      phone: personal ? reg.phone : null,
      field: reg.field,
      content: reg.content,
      mode: reg.mode,
      state: reg.state,
      mergedInto: reg.mergedIntoId === null ? null : (mergedNumbers.get(reg.mergedIntoId) ?? null),
      speakOrder: reg.speakOrder,
      body: reg.body ? { id: reg.body.id, name: reg.body.name, shortName: reg.body.shortName } : null,
      task: reg.task ? { number: reg.task.number, dueDate: reg.task.dueDate } : null,
      recorded: reg.opinion !== null,
    }
  }

  /** The session a code opens, while registration is open (else a refusal saying when it closed). */
  async function sessionForCode(code: string) {
    const session = await repos.opinions.findSessionByCode(code)
    if (!session) {
      throw new UserError('registration-error-code', { code })
    }
    const closesAt = session.registrationClosesAt
    if (!closesAt || closesAt <= clock.now() || (session.status !== 'planned' && session.status !== 'scheduled')) {
      throw new UserError('registration-error-closed', {
        number: session.number,
        closed: closesAt
          ? `${localHhmm(closesAt, session.committee.timeZone)} ${formatVietnamese(localDateOf(closesAt, session.committee.timeZone))}`
          : '-',
      })
    }
    return { session, committee: session.committee, closesAt }
  }

  return {
    sessionForCode,

    /**
     * Opens (or re-opens) registration for a session until `closesText` ("17h00 20/3/2023"; by
     * default 17:00 the day before the session). The code stays the same once given.
     */
    async open(actor: Actor, committeeId: number, sessionNumber: number, closesText: string | null) {
      await permissions.require(committeeId, actor.personId, 'opinion.manage')
      const committee = await committeeOf(committeeId)
      const session = await requireSession(committeeId, sessionNumber)
      if (session.status !== 'planned' && session.status !== 'scheduled') {
        throw new UserError('registration-error-session-over', { number: sessionNumber })
      }
      const now = clock.now()
      const year = session.plan?.year ?? Number(localDateOf(now, committee.timeZone).slice(0, 4))
      let closesAt: Date | null
      if (closesText) {
        const { date, time } = readDateTime(closesText, year, '17:00')
        closesAt = atLocalTime(date, time, committee.timeZone)
      } else {
        closesAt = defaultClose(session, committee)
      }
      if (!closesAt) {
        throw new UserError('registration-error-close-needed', { number: sessionNumber })
      }
      if (closesAt <= now) {
        throw new UserError('registration-error-close-past')
      }
      const code = await repos.transaction(async (tx) => {
        let chosen = session.registrationCode
        if (chosen) {
          await tx.opinions.setRegistrationCloses(session.id, closesAt)
        } else {
          for (let attempt = 0; attempt < 20 && !chosen; attempt++) {
            const candidate = newRegistrationCode()
            if (await tx.opinions.openRegistration(session.id, candidate, closesAt)) {
              chosen = candidate
            }
          }
        }
        if (!chosen) {
          throw new Error('no free registration code after 20 attempts')
        }
        await tx.audit.record({
          ...auditSource(actor),
          committeeId,
          action: 'session.registration-open',
          targetType: 'session',
          targetId: String(session.id),
          after: { code: chosen, closesAt },
        })
        return chosen
      })
      return { session, code, closesAt }
    },

    /** Closes registration now. */
    async close(actor: Actor, committeeId: number, sessionNumber: number) {
      await permissions.require(committeeId, actor.personId, 'opinion.manage')
      const session = await requireSession(committeeId, sessionNumber)
      if (!session.registrationCode) {
        throw new UserError('registration-error-not-open', { number: sessionNumber })
      }
      const now = clock.now()
      await repos.transaction(async (tx) => {
        await tx.opinions.setRegistrationCloses(session.id, now)
        await tx.audit.record({
          ...auditSource(actor),
          committeeId,
          action: 'session.registration-close',
          targetType: 'session',
          targetId: String(session.id),
          after: { closesAt: now },
        })
      })
      return { session, closedAt: now }
    },

    /**
     * Posts how to register to the committee's and the bodies' groups (through the outbox): the
     * session, the link (where the platform has one) and the code to type, the closing time.
     */
    async announce(actor: Actor, committeeId: number, sessionNumber: number, link: (code: string) => string | null): Promise<Reach> {
      await permissions.require(committeeId, actor.personId, 'opinion.manage')
      const committee = await committeeOf(committeeId)
      const session = await requireSession(committeeId, sessionNumber)
      if (!session.registrationCode || !session.registrationClosesAt || session.registrationClosesAt <= clock.now()) {
        throw new UserError('registration-error-not-open', { number: sessionNumber })
      }
      const bodies = (await repos.bodies.listActive(committeeId)).map((b) => b.id)
      const code = session.registrationCode
      const closes = session.registrationClosesAt
      const notice: Notice = {
        committeeId,
        topic: 'registration-announce',
        to: [{ kind: 'committee-groups' }, { kind: 'body-groups', bodyIds: bodies }],
        text: (t) =>
          t('registration-announce', {
            number: session.number,
            topic: session.topic,
            code,
            link: link(code) ?? '-',
            closes: `${localHhmm(closes, committee.timeZone)} ${formatVietnamese(localDateOf(closes, committee.timeZone))}`,
          }),
      }
      return repos.transaction(async (tx) => {
        await tx.audit.record({
          ...auditSource(actor),
          committeeId,
          action: 'session.registration-announce',
          targetType: 'session',
          targetId: String(session.id),
          after: { code },
        })
        return announce(tx, [notice])
      })
    },

    /**
     * A delegate or citizen registers through the code, in private. Checked again at saving: a form
     * finished after the closing time is refused, and nothing is saved.
     */
    async register(
      actor: Actor,
      code: string,
      input: RegistrationInput,
    ): Promise<{ number: number; sessionNumber: number; topic: string }> {
      const { session, committee } = await sessionForCode(code)
      const data = {
        name: registrationRules.name(input.name),
        place: registrationRules.place(input.place),
        field: readField(input.field),
        content: registrationRules.content(input.content),
        mode: input.mode,
        phone: input.phone ? registrationRules.phone(input.phone) : null,
      }
      if ((await repos.opinions.countRegistrationsOf(session.id, actor.personId)) >= MAX_PER_PERSON) {
        throw new UserError('registration-error-too-many', { max: MAX_PER_PERSON })
      }
      const created = await repos.transaction(async (tx) => {
        const registration = await tx.opinions.createRegistration({ sessionId: session.id, personId: actor.personId, ...data })
        // No personal data in the audit trail: the registration row holds it, and can be erased.
        await tx.audit.record({
          ...auditSource(actor),
          committeeId: committee.id,
          action: 'registration.create',
          targetType: 'registration',
          targetId: String(registration.id),
          after: { session: session.number, registration: registration.number, mode: data.mode, field: data.field },
        })
        return registration
      })
      return { number: created.number, sessionNumber: session.number, topic: session.topic }
    },

    /**
     * The registrations of a session as this person may see them: the secretariat and leaders all,
     * with names, places and phones; a body's contact only those given to their bodies, without them.
     */
    async list(actor: Actor, committeeId: number, sessionNumber: number) {
      const role = await permissions.roleOf(committeeId, actor.personId)
      if (!role) {
        throw new UserError('error-not-member')
      }
      const session = await requireSession(committeeId, sessionNumber)
      const all = await repos.opinions.registrations(session.id)
      const numbers = new Map(all.map((r) => [r.id, r.number]))
      const personal = roleAllows(role, 'personal.view')
      if (personal) {
        return { session, personal, entries: all.map((r) => entry(r, true, numbers)) }
      }
      const mine = new Set((await repos.memberships.bodiesOfPerson(committeeId, actor.personId)).map((b) => b.id))
      if (mine.size === 0) {
        throw new UserError('error-forbidden', { action: 'personal.view' })
      }
      return { session, personal, entries: all.filter((r) => r.bodyId !== null && mine.has(r.bodyId)).map((r) => entry(r, false, numbers)) }
    },

    /** Folds duplicates into the one kept: they leave the list and the order, and point to it. */
    async merge(actor: Actor, committeeId: number, sessionNumber: number, keep: number, duplicates: number[]) {
      await permissions.require(committeeId, actor.personId, 'opinion.manage')
      const session = await requireSession(committeeId, sessionNumber)
      const kept = await requireRegistration(session.id, sessionNumber, keep)
      if (kept.state !== 'registered') {
        throw new UserError('registration-error-not-active', { number: keep })
      }
      const others = [...new Set(duplicates.filter((n) => n !== keep))]
      if (others.length === 0) {
        throw new UserError('registration-merge-usage')
      }
      const found: RegistrationView[] = []
      for (const number of others) {
        const reg = await requireRegistration(session.id, sessionNumber, number)
        if (reg.state !== 'registered') {
          throw new UserError('registration-error-not-active', { number })
        }
        if (reg.opinion) {
          throw new UserError('registration-error-recorded', { number })
        }
        found.push(reg)
      }
      await repos.transaction(async (tx) => {
        for (const reg of found) {
          await tx.opinions.updateRegistration(reg.id, { state: 'merged', mergedIntoId: kept.id, speakOrder: null })
        }
        await tx.audit.record({
          ...auditSource(actor),
          committeeId,
          action: 'session.registration-merge',
          targetType: 'session',
          targetId: String(session.id),
          after: { keep, merged: others },
        })
      })
      return { keep, merged: others }
    },

    /**
     * Gives a question to the body that prepares the answer: a preparation task with a deadline
     * before the session (by default three working days before it), reminded like any task.
     */
    async assign(actor: Actor, committeeId: number, sessionNumber: number, number: number, bodyId: number, deadlineText: string | null) {
      await permissions.require(committeeId, actor.personId, 'opinion.manage')
      const session = await requireSession(committeeId, sessionNumber)
      const reg = await requireRegistration(session.id, sessionNumber, number)
      if (reg.state !== 'registered') {
        throw new UserError('registration-error-not-active', { number })
      }
      if (reg.task && reg.task.status !== 'cancelled') {
        throw new UserError('registration-error-assigned', { number, task: reg.task.number })
      }
      const body = (await repos.bodies.listActive(committeeId)).find((b) => b.id === bodyId)
      if (!body) {
        throw new UserError('body-error-not-found', { name: '?' })
      }
      const committee = await committeeOf(committeeId)
      const year = session.plan?.year ?? Number(localDateOf(clock.now(), committee.timeZone).slice(0, 4))
      const tr = (key: string, vars?: Record<string, string | number>) => translate(committee.locale, key, vars)
      const deadline = deadlineText
        ? readDeadlineInput(deadlineText, year, false)
        : {
            kind: 'rule' as const,
            rule: {
              kind: 'relative' as const,
              offset: -PREPARE_WORKING_DAYS,
              unit: 'working_days' as const,
              anchor: 'session_start' as const,
              text: tr('registration-default-deadline', { days: PREPARE_WORKING_DAYS }),
            },
          }
      if (deadline.kind !== 'rule') {
        throw new UserError('task-error-deadline-unreadable', { text: deadlineText ?? '' })
      }
      const content = reg.content.length > 90 ? `${reg.content.slice(0, 88).trim()}…` : reg.content
      const result = await repos.transaction(async (tx) => {
        const created = await tasksFor(tx).assign(actor, committeeId, {
          sessionNumber: session.number,
          planNumber: null,
          // The question, not the person: the title is seen by the body and in every list.
          title: tr('registration-task-title', { number: reg.number, session: session.number, content }),
          detail: reg.content,
          kind: 'preparation',
          leadBodyId: body.id,
          coordinatingBodyIds: [],
          recipientBodyId: null,
          ccBodyIds: [],
          deadline: deadline.rule,
          requiresCoordinators: false,
        })
        await tx.opinions.updateRegistration(reg.id, { bodyId: body.id, taskId: created.task.id })
        return created
      })
      return result
    },

    /** Sets the order of speakers: the numbers given, in that order; the others are not ordered. */
    async order(actor: Actor, committeeId: number, sessionNumber: number, numbers: number[]) {
      await permissions.require(committeeId, actor.personId, 'opinion.manage')
      const session = await requireSession(committeeId, sessionNumber)
      const unique = [...new Set(numbers)]
      if (unique.length === 0 || unique.length !== numbers.length) {
        throw new UserError('registration-order-usage')
      }
      const found: RegistrationView[] = []
      for (const number of unique) {
        const reg = await requireRegistration(session.id, sessionNumber, number)
        if (reg.state !== 'registered') {
          throw new UserError('registration-error-not-active', { number })
        }
        found.push(reg)
      }
      await repos.transaction(async (tx) => {
        await tx.opinions.clearOrder(session.id)
        for (const [index, reg] of found.entries()) {
          await tx.opinions.updateRegistration(reg.id, { speakOrder: index + 1 })
        }
        await tx.audit.record({
          ...auditSource(actor),
          committeeId,
          action: 'session.registration-order',
          targetType: 'session',
          targetId: String(session.id),
          after: { order: unique },
        })
      })
      return unique
    },

    /**
     * The list for the printed form: active registrations, speakers in their order first, then the
     * others by number. Personal data: the secretariat and leaders only.
     */
    async exportList(actor: Actor, committeeId: number, sessionNumber: number) {
      await permissions.require(committeeId, actor.personId, 'personal.view')
      const committee = await committeeOf(committeeId)
      const session = await requireSession(committeeId, sessionNumber)
      const all = await repos.opinions.registrations(session.id)
      const numbers = new Map(all.map((r) => [r.id, r.number]))
      const active = all
        .filter((r) => r.state === 'registered')
        .sort((a, b) => (a.speakOrder ?? Infinity) - (b.speakOrder ?? Infinity) || a.number - b.number)
      const mergedInto = new Map<number, number[]>()
      for (const r of all.filter((x) => x.state === 'merged' && x.mergedIntoId !== null)) {
        const into = numbers.get(r.mergedIntoId ?? 0) ?? 0
        mergedInto.set(into, [...(mergedInto.get(into) ?? []), r.number])
      }
      const today: LocalDate = localDateOf(clock.now(), committee.timeZone)
      return {
        committee,
        session,
        today,
        rows: active.map((r) => ({ ...entry(r, true, numbers), merged: mergedInto.get(r.number) ?? [] })),
      }
    },
  }
}
export type RegistrationService = ReturnType<typeof createRegistrationService>
