import type { Committee, Minutes, OpinionOutcome, OpinionView, Repositories, SessionWithDetails } from '../../db/repositories/index.js'
import { auditSource, type Actor } from '../actor.js'
import { localDateOf } from '../calendar/local-date.js'
import type { Clock } from '../clock.js'
import type { DeadlineRule } from '../deadlines/rule.js'
import { UserError } from '../errors.js'
import { roleAllows, type PermissionService } from '../permissions.js'
import type { TaskService } from '../tasks/tasks.js'
import { checkName, cleanName, clip, sanitizeText } from '../text.js'
import { readDeadlineInput } from '../after-session/deadline-input.js'
import type { Announce, Tr } from '../notice.js'
import { joinReach } from '../after-session/reach.js'
import { NOBODY } from '../notice.js'
import type { Translate } from '../../delivery/translate.js'
import { readField } from './fields.js'
import { requireCommittee } from '../lookups.js'

/** What the secretary records of one opinion; registered ones are pre-filled from the registration. */
export interface OpinionInput {
  /** The registration it comes from, by its number within the session. */
  registration: number | null
  speakerName: string | null
  place: string | null
  field: string | null
  content: string | null
  outcome: OpinionOutcome
  /** The body that answered at the session, or answers in writing (required then). */
  bodyId: number | null
  /** Who answered at the session, in words ("Bí thư Thị ủy"), when not a body. */
  answeredBy: string | null
  answer: string | null
  /** In writing: the deadline typed, or null for the committee's default. */
  deadlineText: string | null
  /** Transferred: to whom. */
  transferredTo: string | null
}

/** Minutes fields an official may change; the rest comes from the session and the opinions. */
export const MINUTES_FIELDS = ['startTime', 'endTime', 'place', 'chair', 'secretary', 'participants', 'closingRemarks'] as const
export type MinutesField = (typeof MINUTES_FIELDS)[number]

/** An opinion as one reader may see it: names and places for the secretariat and leaders only. */
export interface OpinionEntry {
  number: number
  speakerName: string | null
  place: string | null
  field: string | null
  content: string
  outcome: OpinionOutcome
  body: string | null
  answeredBy: string | null
  answer: string | null
  transferredTo: string | null
  task: { number: number; status: string; dueDate: Date | null; completedOn: Date | null } | null
}

const TIME = /^([01]?\d|2[0-3])[:h.]([0-5]\d)?$/
/** A field of the minutes is a paragraph at most (the closing remarks are the longest). */
const MINUTES_TEXT_MAX = 4000

/** The default rule of a written answer: N working days after the session ends (the committee's setting). */
export function answerRule(days: number, tr: Tr): Extract<DeadlineRule, { kind: 'relative' }> {
  return {
    kind: 'relative',
    offset: days,
    unit: 'working_days',
    anchor: 'session_end',
    text: tr('opinion-answer-rule', { days: String(days).padStart(2, '0') }),
  }
}

export interface OpinionDeps {
  repos: Repositories
  permissions: PermissionService
  clock: Clock
  tasksFor: (tx: Repositories) => Pick<TaskService, 'assign' | 'cancel'>
  announce: Announce
  translate: Translate
}

/**
 * Opinions at the session — recorded quickly by the secretary, each closed by an answer at the
 * session, in writing by a body (a task with its deadline), or by transfer to the competent
 * authority — and the minutes generated from them.
 */
export function createOpinionService({ repos, permissions, clock, tasksFor, translate }: OpinionDeps) {
  /** Wording in the committee's language for what the bot writes into its data (task titles, rules). */
  const wordsOf =
    (committee: Committee): Tr =>
    (key, vars) =>
      translate(committee.locale, key, vars)

  const committeeOf = (committeeId: number) => requireCommittee(repos, committeeId)

  async function requireSession(committeeId: number, number: number): Promise<SessionWithDetails> {
    const session = await repos.sessions.findByNumber(committeeId, number)
    if (!session) {
      throw new UserError('session-error-unknown-number', { number })
    }
    if (session.status === 'cancelled') {
      throw new UserError('opinion-error-session-cancelled', { number })
    }
    return session
  }

  async function requireOpinion(session: SessionWithDetails, number: number): Promise<OpinionView> {
    const opinion = await repos.opinions.findOpinion(session.id, number)
    if (!opinion) {
      throw new UserError('opinion-error-unknown', { number, session: session.number })
    }
    return opinion
  }

  async function requireBody(committeeId: number, bodyId: number) {
    const body = (await repos.bodies.listActive(committeeId)).find((b) => b.id === bodyId)
    if (!body) {
      throw new UserError('body-error-not-found', { name: '?' })
    }
    return body
  }

  /** The outcome's fields checked together: what each outcome needs, nothing else kept. */
  async function outcomeFields(
    committeeId: number,
    session: SessionWithDetails,
    input: Pick<OpinionInput, 'outcome' | 'bodyId' | 'answeredBy' | 'answer' | 'deadlineText' | 'transferredTo'>,
    tr: Tr,
  ) {
    const answeredBy = input.answeredBy ? cleanName(input.answeredBy) : null
    const answer = input.answer ? input.answer.trim().slice(0, 2000) || null : null
    switch (input.outcome) {
      case 'pending':
        return { bodyId: input.bodyId, answeredBy, answer, transferredTo: null, rule: null }
      case 'answered_at_session':
        if (input.bodyId !== null) {
          await requireBody(committeeId, input.bodyId)
        }
        return { bodyId: input.bodyId, answeredBy, answer, transferredTo: null, rule: null }
      case 'transferred': {
        const to = input.transferredTo ? cleanName(input.transferredTo) : null
        if (!to || to.length < 3) {
          throw new UserError('opinion-error-transfer')
        }
        return { bodyId: input.bodyId, answeredBy, answer, transferredTo: to, rule: null }
      }
      case 'in_writing': {
        if (input.bodyId === null) {
          throw new UserError('opinion-error-body')
        }
        await requireBody(committeeId, input.bodyId)
        const committee = await committeeOf(committeeId)
        const rule = input.deadlineText
          ? readDeadlineInput(
              input.deadlineText,
              session.plan?.year ?? Number(localDateOf(clock.now(), committee.timeZone).slice(0, 4)),
              false,
            )
          : { kind: 'rule' as const, rule: answerRule(committee.answerWorkingDays, tr) }
        if (rule.kind !== 'rule') {
          throw new UserError('task-error-deadline-unreadable', { text: input.deadlineText ?? '' })
        }
        return { bodyId: input.bodyId, answeredBy, answer, transferredTo: null, rule: rule.rule }
      }
    }
  }

  function entry(opinion: OpinionView, personal: boolean): OpinionEntry {
    return {
      number: opinion.number,
      speakerName: personal ? opinion.speakerName : null,
      place: personal ? opinion.place : null,
      field: opinion.field,
      content: opinion.content,
      outcome: opinion.outcome,
      body: opinion.body?.name ?? null,
      answeredBy: opinion.answeredBy,
      answer: opinion.answer,
      transferredTo: opinion.transferredTo,
      task: opinion.task
        ? { number: opinion.task.number, status: opinion.task.status, dueDate: opinion.task.dueDate, completedOn: opinion.task.completedOn }
        : null,
    }
  }

  /** A written answer's task for `opinion`, in the caller's transaction. */
  async function answerTask(
    tx: Repositories,
    actor: Actor,
    committeeId: number,
    session: SessionWithDetails,
    opinion: { number: number; content: string },
    bodyId: number,
    rule: DeadlineRule,
    tr: Tr,
  ) {
    const content = opinion.content.length > 90 ? `${opinion.content.slice(0, 88).trim()}…` : opinion.content
    return tasksFor(tx).assign(actor, committeeId, {
      sessionNumber: session.number,
      planNumber: null,
      title: tr('opinion-task-title', { number: opinion.number, session: session.number, content }),
      detail: opinion.content,
      kind: 'opinion_answer',
      leadBodyId: bodyId,
      coordinatingBodyIds: [],
      recipientBodyId: null,
      ccBodyIds: [],
      deadline: rule,
      requiresCoordinators: false,
    })
  }

  /** The minutes' own fields, made from the session the first time (venue, host, start time). */
  async function minutes(
    actor: Actor,
    committeeId: number,
    sessionNumber: number,
  ): Promise<{ session: SessionWithDetails; minutes: Minutes }> {
    await permissions.require(committeeId, actor.personId, 'personal.view')
    const session = await requireSession(committeeId, sessionNumber)
    return { session, minutes: await repos.opinions.saveMinutes(session.id, defaultsOf(session), null) }
  }

  return {
    /** The committee's default number of working days for a written answer. */
    async answerDays(committeeId: number): Promise<number> {
      return (await committeeOf(committeeId)).answerWorkingDays
    },

    /** Registrations not yet recorded as opinions, to pre-fill from (secretariat only: they hold names). */
    async unrecorded(actor: Actor, committeeId: number, sessionNumber: number) {
      await permissions.require(committeeId, actor.personId, 'opinion.manage')
      const session = await requireSession(committeeId, sessionNumber)
      const all = await repos.opinions.registrations(session.id)
      return all
        .filter((r) => r.state === 'registered' && !r.opinion)
        .sort((a, b) => (a.speakOrder ?? Infinity) - (b.speakOrder ?? Infinity) || a.number - b.number)
    },

    /**
     * Records one opinion. An opinion without content is refused; an answer in writing needs a body
     * and becomes its task (default deadline from the committee's settings); a transfer names to whom.
     */
    async record(actor: Actor, committeeId: number, sessionNumber: number, input: OpinionInput) {
      await permissions.require(committeeId, actor.personId, 'opinion.manage')
      const tr = wordsOf(await committeeOf(committeeId))
      const session = await requireSession(committeeId, sessionNumber)
      const registration = input.registration === null ? null : await repos.opinions.findRegistration(session.id, input.registration)
      if (input.registration !== null && !registration) {
        throw new UserError('registration-error-unknown', { number: input.registration, session: sessionNumber })
      }
      if (registration?.opinion) {
        throw new UserError('registration-error-recorded', { number: registration.number })
      }
      const content = (input.content ?? registration?.content ?? '').trim()
      if (content.length < 3) {
        throw new UserError('opinion-error-content')
      }
      const fields = await outcomeFields(committeeId, session, input, tr)
      const speakerName = input.speakerName ? cleanName(input.speakerName) : (registration?.name ?? null)
      const place = input.place ? cleanName(input.place) : (registration?.place ?? null)
      const field = input.field ? readField(input.field) : (registration?.field ?? null)
      const result = await repos.transaction(async (tx) => {
        const created = await tx.opinions.createOpinion({
          sessionId: session.id,
          registrationId: registration?.id ?? null,
          speakerName,
          place,
          field,
          content: content.slice(0, 2000),
          outcome: input.outcome,
          bodyId: fields.bodyId,
          answeredBy: fields.answeredBy,
          answer: fields.answer,
          transferredTo: fields.transferredTo,
          recordedByPersonId: actor.personId,
        })
        const assigned =
          fields.rule && fields.bodyId !== null
            ? await answerTask(tx, actor, committeeId, session, created, fields.bodyId, fields.rule, tr)
            : null
        const task = assigned?.task ?? null
        const opinion = task ? await tx.opinions.updateOpinion(created.id, { taskId: task.id }) : created
        await tx.audit.record({
          ...auditSource(actor),
          committeeId,
          action: 'opinion.record',
          targetType: 'opinion',
          targetId: String(opinion.id),
          after: { session: session.number, opinion: opinion.number, outcome: opinion.outcome, task: task?.number ?? null },
        })
        return { opinion, task, reach: assigned?.reach ?? NOBODY }
      })
      return { ...result, session }
    },

    /**
     * Changes an opinion's outcome later (undecided → in writing, …). A written answer already owed
     * keeps its task unless the outcome changes away from writing, when the task is cancelled.
     */
    async setOutcome(
      actor: Actor,
      committeeId: number,
      sessionNumber: number,
      number: number,
      input: Pick<OpinionInput, 'outcome' | 'bodyId' | 'answeredBy' | 'answer' | 'deadlineText' | 'transferredTo'>,
    ) {
      await permissions.require(committeeId, actor.personId, 'opinion.manage')
      const tr = wordsOf(await committeeOf(committeeId))
      const session = await requireSession(committeeId, sessionNumber)
      const opinion = await requireOpinion(session, number)
      if (opinion.outcome === 'in_writing' && opinion.task?.status === 'done') {
        throw new UserError('opinion-error-answered', { number })
      }
      const fields = await outcomeFields(committeeId, session, input, tr)
      const result = await repos.transaction(async (tx) => {
        const keepTask = Boolean(
          opinion.task && opinion.task.status === 'open' && input.outcome === 'in_writing' && opinion.bodyId === fields.bodyId,
        )
        // A written answer no longer owed (another outcome, another body): its body is told (the task service announces it).
        const dropped =
          opinion.task && opinion.task.status === 'open' && !keepTask
            ? await tasksFor(tx).cancel(actor, committeeId, opinion.task.number, tr('opinion-task-cancelled-reason'))
            : null
        const assigned =
          fields.rule && fields.bodyId !== null && !keepTask
            ? await answerTask(tx, actor, committeeId, session, opinion, fields.bodyId, fields.rule, tr)
            : null
        const task = assigned?.task ?? null
        const updated = await tx.opinions.updateOpinion(opinion.id, {
          outcome: input.outcome,
          bodyId: fields.bodyId,
          answeredBy: fields.answeredBy ?? opinion.answeredBy,
          answer: fields.answer ?? opinion.answer,
          transferredTo: fields.transferredTo,
          ...(task ? { taskId: task.id } : keepTask ? {} : { taskId: null }),
        })
        await tx.audit.record({
          ...auditSource(actor),
          committeeId,
          action: 'opinion.outcome',
          targetType: 'opinion',
          targetId: String(opinion.id),
          before: { opinion: number, outcome: opinion.outcome },
          after: { opinion: number, outcome: input.outcome, task: task?.number ?? null },
        })
        return { opinion: updated, task, reach: joinReach(assigned?.reach ?? NOBODY, dropped?.reach ?? NOBODY) }
      })
      return { ...result, session }
    },

    /** Corrects what an opinion says (content, answer, speaker, place, field) after the session. */
    async edit(
      actor: Actor,
      committeeId: number,
      sessionNumber: number,
      number: number,
      what: 'content' | 'answer' | 'speakerName' | 'place' | 'field',
      value: string,
    ) {
      await permissions.require(committeeId, actor.personId, 'opinion.manage')
      const session = await requireSession(committeeId, sessionNumber)
      const opinion = await requireOpinion(session, number)
      const text = value.trim()
      if (what === 'content' && text.length < 3) {
        throw new UserError('opinion-error-content')
      }
      const data =
        what === 'field'
          ? { field: readField(text) }
          : { [what]: what === 'content' || what === 'answer' ? text.slice(0, 2000) : cleanName(text) }
      return repos.transaction(async (tx) => {
        const updated = await tx.opinions.updateOpinion(opinion.id, data)
        await tx.audit.record({
          ...auditSource(actor),
          committeeId,
          action: 'opinion.edit',
          targetType: 'opinion',
          targetId: String(opinion.id),
          after: { opinion: number, what },
        })
        return updated
      })
    },

    /**
     * The opinions of a session as this person may see them: the secretariat and leaders all, with
     * names and places; a body's contact those their bodies answer, without them.
     */
    async list(actor: Actor, committeeId: number, sessionNumber: number) {
      const role = await permissions.roleOf(committeeId, actor.personId)
      if (!role) {
        throw new UserError('error-not-member')
      }
      const session = await requireSession(committeeId, sessionNumber)
      const all = await repos.opinions.opinions(session.id)
      if (roleAllows(role, 'personal.view')) {
        return { session, personal: true, entries: all.map((o) => entry(o, true)) }
      }
      const mine = new Set((await repos.memberships.bodiesOfPerson(committeeId, actor.personId)).map((b) => b.id))
      if (mine.size === 0) {
        throw new UserError('error-forbidden', { action: 'personal.view' })
      }
      return { session, personal: false, entries: all.filter((o) => o.bodyId !== null && mine.has(o.bodyId)).map((o) => entry(o, false)) }
    },

    /** The opinions a person's bodies answered or must answer, in every session (no personal data). */
    async ofMyBodies(actor: Actor, committeeId: number) {
      const mine = (await repos.memberships.bodiesOfPerson(committeeId, actor.personId)).map((b) => b.id)
      if (mine.length === 0) {
        throw new UserError('task-error-no-bodies')
      }
      const rows = await repos.opinions.opinionsOfBodies(committeeId, mine)
      return rows.map((o) => ({ session: o.session, ...entry(o, false) }))
    },

    minutes,

    /** Changes one field of the minutes; the version goes up, the document is made again from it. */
    async setMinutes(actor: Actor, committeeId: number, sessionNumber: number, field: MinutesField, value: string) {
      await permissions.require(committeeId, actor.personId, 'opinion.manage')
      const session = await requireSession(committeeId, sessionNumber)
      const text = value.replace(/\r/g, '').trim()
      if (text.length === 0) {
        throw new UserError('minutes-error-empty')
      }
      if ((field === 'startTime' || field === 'endTime') && !TIME.test(text.toLowerCase())) {
        throw new UserError('settings-error-time', { value: text.slice(0, 20) })
      }
      const timeField = field === 'startTime' || field === 'endTime'
      if (!timeField) {
        // The minutes are signed and filed: a field of pictographs or a text cut short at 4,000
        // characters would be printed as it is, so both are refused here with what to do.
        if (text.length > MINUTES_TEXT_MAX) {
          throw new UserError('conversation-too-long', { max: MINUTES_TEXT_MAX })
        }
        const check = checkName(sanitizeText(text), false)
        if (check !== 'ok') {
          throw new UserError(`error-title-${check}`, { name: clip(text, 60) })
        }
      }
      const normalized = timeField
        ? (() => {
            const m = TIME.exec(text.toLowerCase())
            return `${(m?.[1] ?? '0').padStart(2, '0')}:${m?.[2] ?? '00'}`
          })()
        : text
      return repos.transaction(async (tx) => {
        const minutes = await tx.opinions.saveMinutes(session.id, defaultsOf(session), {
          [field]: normalized,
          updatedByPersonId: actor.personId,
        })
        await tx.audit.record({
          ...auditSource(actor),
          committeeId,
          action: 'session.minutes-edit',
          targetType: 'session',
          targetId: String(session.id),
          after: { field, version: minutes.version },
        })
        return { session, minutes }
      })
    },

    /** Everything the minutes document says: the session, its committee, the minutes' fields, every opinion. */
    async minutesDocument(actor: Actor, committeeId: number, sessionNumber: number) {
      const found = await minutes(actor, committeeId, sessionNumber)
      return {
        committee: await committeeOf(committeeId),
        session: found.session,
        minutes: found.minutes,
        opinions: await repos.opinions.opinions(found.session.id),
      }
    },
  }
}
export type OpinionService = ReturnType<typeof createOpinionService>

function defaultsOf(session: SessionWithDetails) {
  return {
    startTime:
      session.startHour === null
        ? null
        : `${String(session.startHour).padStart(2, '0')}:${String(session.startMinute ?? 0).padStart(2, '0')}`,
    place: session.venue ?? session.bridgePoints.find((p) => p.kind === 'central')?.place ?? null,
    chair: session.host,
  }
}
