import type { Prisma } from '../../generated/prisma/client.js'
import { isUniqueViolation } from '../../db/repositories/client-types.js'
import type { Body, Repositories, TaskKind, TaskWithRefs } from '../../db/repositories/index.js'
import { auditSource, type Actor } from '../actor.js'
import { formatVietnamese, fromDbDate, localDateOf, toDbDate, type LocalDate } from '../calendar/local-date.js'
import type { Clock } from '../clock.js'
import type { CommitteeCalendarService } from '../committee-calendar.js'
import type { Calendar } from '../calendar/calendar.js'
import { computeDue, type DueDate, type SessionWindow } from '../deadlines/due-date.js'
import type { DeadlineRule } from '../deadlines/rule.js'
import { UserError } from '../errors.js'
import { NOBODY, type Announce, type Reach } from '../notice.js'
import type { PermissionService } from '../permissions.js'
import { sessionWindow } from '../sessions.js'
import { completionDate } from './outcomes.js'
import { cleanName, clip, requireTitle } from '../text.js'
import {
  assignedNotice,
  changedNotice,
  doers,
  extensionDecidedNotice,
  extensionRequestedNotice,
  importedNotice,
  reviewedNotice,
  submittedNotice,
} from './task-notices.js'

export const TASK_KINDS: readonly TaskKind[] = [
  'report',
  'preparation',
  'delegates',
  'logistics',
  'security',
  'communication',
  'conclusion_notice',
  'follow_up',
  'periodic_report',
  'other',
]

export interface AssignInput {
  sessionNumber: number | null
  planNumber: number | null
  title: string
  detail: string | null
  kind: TaskKind
  leadBodyId: number
  coordinatingBodyIds: number[]
  recipientBodyId: number | null
  ccBodyIds: number[]
  deadline: DeadlineRule | null
  requiresCoordinators: boolean
}

export interface SubmitInput {
  documentNumber: string
  documentDate: LocalDate
  fileId: string | null
  fileName: string | null
  link: string | null
  note: string | null
}

export interface MovedDeadline {
  number: number
  title: string
  from: LocalDate | null
  to: LocalDate | null
  provisional: boolean
  text: string | null
}

const DOC_NUMBER = /^[\p{L}\p{N}][\p{L}\p{N}./\-–_ ]{0,59}$/u

/** What recomputing due dates after a session moved needs, read before the change's transaction. */
export interface RecomputeContext {
  calendar: Calendar
  today: LocalDate
}

/**
 * The date of a report's document (ngày văn bản) may not be after today (the day it is confirmed)
 * nor before the task was assigned. The same check answers the dialogue's date step and the save.
 */
export function checkDocumentDate(date: LocalDate, assignedOn: LocalDate, today: LocalDate): void {
  if (date > today) {
    throw new UserError('submission-error-date-future')
  }
  if (date < assignedOn) {
    throw new UserError('submission-error-date-before-task', { date: formatVietnamese(assignedOn) })
  }
}

/** A requested due date must be later than the current one and not in the past. */
export function checkRequestedDue(date: LocalDate, currentDue: LocalDate | null, today: LocalDate): void {
  if (currentDue && date <= currentDue) {
    throw new UserError('extension-error-not-later')
  }
  if (date < today) {
    throw new UserError('extension-error-past')
  }
}

export function createTaskService(
  repos: Repositories,
  permissions: PermissionService,
  calendars: CommitteeCalendarService,
  clock: Clock,
  announce: Announce,
) {
  async function timeZoneOf(committeeId: number): Promise<string> {
    return (await repos.committees.findById(committeeId))?.timeZone ?? 'Asia/Ho_Chi_Minh'
  }

  async function today(committeeId: number): Promise<LocalDate> {
    return localDateOf(clock.now(), await timeZoneOf(committeeId))
  }

  async function requireTask(committeeId: number, number: number) {
    const task = await repos.tasks.findByNumber(committeeId, number)
    if (!task) {
      throw new UserError('task-error-unknown-number', { number })
    }
    return task
  }

  async function dueFor(committeeId: number, rule: DeadlineRule | null, sessionId: number | null): Promise<DueDate> {
    if (!rule) {
      return { due: null, provisional: false, missing: null }
    }
    const session = sessionId === null ? null : await repos.sessions.findById(committeeId, sessionId)
    return computeDue(rule, await calendars.forCommittee(committeeId), session ? sessionWindow(session) : null, await today(committeeId))
  }

  async function resolveRefs(committeeId: number, input: Pick<AssignInput, 'sessionNumber' | 'planNumber'>) {
    const session = input.sessionNumber === null ? null : await repos.sessions.findByNumber(committeeId, input.sessionNumber)
    if (input.sessionNumber !== null && !session) {
      throw new UserError('session-error-unknown-number', { number: input.sessionNumber })
    }
    const plan = session?.plan ?? (input.planNumber === null ? null : await repos.plans.findByNumber(committeeId, input.planNumber))
    if (!session && input.planNumber !== null && !plan) {
      throw new UserError('plan-error-unknown-number', { number: input.planNumber })
    }
    return { session, plan }
  }

  /** The bodies a person answers for in this committee. */
  async function bodiesOf(committeeId: number, personId: number): Promise<Body[]> {
    return repos.memberships.bodiesOfPerson(committeeId, personId)
  }

  /**
   * Who may confirm a report for task `number`, checked before the dialogue asks anything: the
   * task is open and the actor is a contact of its lead or a coordinating body. Returns the
   * window the document's date must fall in (from the assignment to today).
   */
  async function checkSubmitter(actor: Actor, committeeId: number, number: number) {
    const task = await requireTask(committeeId, number)
    if (task.status === 'cancelled') {
      throw new UserError('task-error-cancelled', { number })
    }
    if (task.status === 'done') {
      throw new UserError('task-error-done', { number })
    }
    const mine = new Set((await bodiesOf(committeeId, actor.personId)).map((b) => b.id))
    const part =
      task.bodies.find((b) => b.role === 'lead' && mine.has(b.bodyId)) ??
      task.bodies.find((b) => b.role === 'coordinating' && mine.has(b.bodyId))
    if (!part) {
      throw new UserError('task-error-not-your-task', { number })
    }
    const assignedOn = localDateOf(task.createdAt, (await repos.committees.findById(committeeId))?.timeZone ?? 'Asia/Ho_Chi_Minh')
    return { task, part, assignedOn, today: await today(committeeId) }
  }

  /** Who may ask to extend task `number`, checked before the dialogue asks anything: a contact of its lead body. */
  async function checkExtender(actor: Actor, committeeId: number, number: number) {
    const task = await requireTask(committeeId, number)
    if (task.status !== 'open') {
      throw new UserError(task.status === 'cancelled' ? 'task-error-cancelled' : 'task-error-done', { number })
    }
    const mine = new Set((await bodiesOf(committeeId, actor.personId)).map((b) => b.id))
    const lead = task.bodies.find((b) => b.role === 'lead' && mine.has(b.bodyId))
    if (!lead) {
      throw new UserError('extension-error-not-lead', { number })
    }
    return { task, lead, due: task.dueDate ? fromDbDate(task.dueDate) : null, today: await today(committeeId) }
  }

  return {
    today,
    bodiesOf,

    /** What the due date would be, without saving: the preview before confirming. */
    async preview(committeeId: number, input: Pick<AssignInput, 'sessionNumber' | 'planNumber' | 'deadline'>): Promise<DueDate> {
      const { session } = await resolveRefs(committeeId, input)
      return dueFor(committeeId, input.deadline, session?.id ?? null)
    },

    /**
     * Assigns a task; the doing bodies' contacts and groups are told in the same transaction (unless
     * `quiet`: the plan import tells each contact once of all their tasks).
     */
    async assign(
      actor: Actor,
      committeeId: number,
      input: AssignInput,
      options: { quiet?: boolean } = {},
    ): Promise<{ task: TaskWithRefs; reach: Reach }> {
      await permissions.require(committeeId, actor.personId, 'task.manage')
      const title = requireTitle(input.title, 'task-error-title')
      if (input.deadline?.kind === 'none') {
        throw new UserError('task-error-deadline-unreadable', { text: clip(input.deadline.text, 80) })
      }
      const { session, plan } = await resolveRefs(committeeId, input)
      if (input.deadline?.kind === 'relative' && !session) {
        throw new UserError('task-error-relative-needs-session')
      }
      const bodies = await repos.bodies.listActive(committeeId)
      const known = new Set(bodies.map((b) => b.id))
      const ids = [
        input.leadBodyId,
        ...input.coordinatingBodyIds,
        ...(input.recipientBodyId ? [input.recipientBodyId] : []),
        ...input.ccBodyIds,
      ]
      if (ids.some((id) => !known.has(id))) {
        throw new UserError('body-error-not-found', { name: '?' })
      }
      const due = await dueFor(committeeId, input.deadline, session?.id ?? null)
      const links = [
        { bodyId: input.leadBodyId, role: 'lead' as const },
        ...[...new Set(input.coordinatingBodyIds)]
          .filter((id) => id !== input.leadBodyId)
          .map((bodyId) => ({ bodyId, role: 'coordinating' as const })),
        ...(input.recipientBodyId ? [{ bodyId: input.recipientBodyId, role: 'recipient' as const }] : []),
        ...[...new Set(input.ccBodyIds)].map((bodyId) => ({ bodyId, role: 'cc' as const })),
      ]
      return repos.transaction(async (tx) => {
        const task = await tx.tasks.create(
          {
            committeeId,
            planId: plan?.id ?? null,
            sessionId: session?.id ?? null,
            title,
            detail: input.detail,
            kind: input.kind,
            deadlineRule: input.deadline ?? undefined,
            deadlineText: input.deadline?.text ?? null,
            ruleDueDate: due.due ? toDbDate(due.due) : null,
            dueDate: due.due ? toDbDate(due.due) : null,
            dueProvisional: due.provisional,
            requiresCoordinators: input.requiresCoordinators,
            createdByPersonId: actor.personId,
            // The app's clock, not the database's: "assigned on" is a business date (and the
            // console chat can set the clock).
            createdAt: clock.now(),
          },
          links,
        )
        await tx.audit.record({
          ...auditSource(actor),
          committeeId,
          action: 'task.assign',
          targetType: 'task',
          targetId: String(task.id),
          after: task,
        })
        return { task, reach: options.quiet ? NOBODY : await announce(tx, [assignedNotice(task)]) }
      })
    },

    /** The given tasks (those an import just made), with their bodies. */
    listByIds: (committeeId: number, ids: number[]) => repos.tasks.listByIds(committeeId, ids),

    get: requireTask,

    async history(committeeId: number, taskId: number) {
      const events = await repos.audit.forTarget(committeeId, 'task', String(taskId))
      const names = new Map<number, string>()
      for (const id of new Set(events.map((e) => e.actorPersonId).filter((v): v is number => v !== null))) {
        names.set(id, (await repos.people.findById(id))?.displayName ?? '?')
      }
      return events.map((e) => ({
        at: e.at,
        action: e.action,
        actor: e.actorPersonId ? (names.get(e.actorPersonId) ?? '?') : null,
        after: e.after as Record<string, unknown> | null,
      }))
    },

    /** Changes a task's title or deadline, with a reason kept in its history. */
    async edit(
      actor: Actor,
      committeeId: number,
      number: number,
      changes: { title?: string; deadline?: DeadlineRule | null },
      rawReason: string,
    ) {
      await permissions.require(committeeId, actor.personId, 'task.manage')
      const task = await requireTask(committeeId, number)
      if (task.status !== 'open') {
        throw new UserError('task-error-closed', { number })
      }
      const reason = cleanName(rawReason)
      if (!reason || reason.length < 3) {
        throw new UserError('session-error-reason')
      }
      const data: Prisma.TaskUncheckedUpdateInput = {}
      if (changes.title !== undefined) {
        data.title = requireTitle(changes.title, 'task-error-title')
      }
      if (changes.deadline !== undefined) {
        if (changes.deadline?.kind === 'none') {
          throw new UserError('task-error-deadline-unreadable', { text: clip(changes.deadline.text, 80) })
        }
        const due = await dueFor(committeeId, changes.deadline, task.sessionId)
        Object.assign(data, {
          deadlineRule: changes.deadline ?? undefined,
          deadlineText: changes.deadline?.text ?? null,
          ruleDueDate: due.due ? toDbDate(due.due) : null,
          dueDate: due.due ? toDbDate(due.due) : null,
          dueProvisional: due.provisional,
          extended: false,
        })
      }
      return repos.transaction(async (tx) => {
        const after = await tx.tasks.update(task.id, data)
        await tx.audit.record({
          ...auditSource(actor),
          committeeId,
          action: 'task.edit',
          targetType: 'task',
          targetId: String(task.id),
          before: { title: task.title, dueDate: task.dueDate, deadlineText: task.deadlineText },
          after: { title: after.title, dueDate: after.dueDate, deadlineText: after.deadlineText, reason },
        })
        return { before: task, after, reach: await announce(tx, [changedNotice(after, 'task-announce-edited', reason)]) }
      })
    },

    /** Turns a task's reminders off or back on (the secretariat's choice, audited). */
    async setRemindersMuted(actor: Actor, committeeId: number, number: number, muted: boolean) {
      await permissions.require(committeeId, actor.personId, 'task.manage')
      const task = await requireTask(committeeId, number)
      return repos.transaction(async (tx) => {
        const after = await tx.tasks.update(task.id, { remindersMuted: muted })
        await tx.audit.record({
          ...auditSource(actor),
          committeeId,
          action: muted ? 'task.mute' : 'task.unmute',
          targetType: 'task',
          targetId: String(task.id),
          after: { remindersMuted: muted },
        })
        return after
      })
    },

    async cancel(actor: Actor, committeeId: number, number: number, rawReason: string) {
      await permissions.require(committeeId, actor.personId, 'task.manage')
      const task = await requireTask(committeeId, number)
      const reason = cleanName(rawReason)
      if (!reason || reason.length < 3) {
        throw new UserError('session-error-reason')
      }
      if (task.status === 'cancelled') {
        throw new UserError('task-error-cancelled', { number })
      }
      return repos.transaction(async (tx) => {
        const after = await tx.tasks.update(task.id, { status: 'cancelled', cancelReason: reason })
        await tx.audit.record({
          ...auditSource(actor),
          committeeId,
          action: 'task.cancel',
          targetType: 'task',
          targetId: String(task.id),
          before: { status: task.status },
          after: { status: 'cancelled', reason },
        })
        return { task: after, reach: await announce(tx, [changedNotice(after, 'task-announce-cancelled', reason)]) }
      })
    },

    /** What recomputing due dates needs, read before the change's transaction (inside it, only its repositories). */
    async recomputeContext(committeeId: number): Promise<RecomputeContext> {
      return { calendar: await calendars.forCommittee(committeeId), today: await today(committeeId) }
    },

    /**
     * Recomputes, in the caller's transaction, every open task's due date that depends on the session
     * (after it moved to `window`). Tasks with an approved extension keep the extended date. Returns what moved.
     */
    async recomputeForSession(
      tx: Repositories,
      committeeId: number,
      session: { id: number; number: number; window: SessionWindow },
      context: RecomputeContext,
    ): Promise<MovedDeadline[]> {
      const moved: MovedDeadline[] = []
      for (const task of await tx.tasks.bySession(session.id)) {
        const rule = task.deadlineRule as DeadlineRule | null
        if (task.status !== 'open' || rule?.kind !== 'relative') {
          continue
        }
        const due = computeDue(rule, context.calendar, session.window, context.today)
        const from = task.ruleDueDate ? fromDbDate(task.ruleDueDate) : null
        if (from === due.due && task.dueProvisional === due.provisional) {
          continue
        }
        await tx.tasks.update(task.id, {
          ruleDueDate: due.due ? toDbDate(due.due) : null,
          ...(task.extended ? {} : { dueDate: due.due ? toDbDate(due.due) : null }),
          dueProvisional: due.provisional,
        })
        await tx.audit.record({
          committeeId,
          actorPersonId: null,
          actorVia: 'system',
          action: 'task.recompute',
          targetType: 'task',
          targetId: String(task.id),
          before: { dueDate: from },
          after: { dueDate: due.due, provisional: due.provisional, sessionNumber: session.number },
        })
        moved.push({ number: task.number, title: task.title, from, to: due.due, provisional: due.provisional, text: task.deadlineText })
      }
      return moved
    },

    checkSubmitter,

    /** A contact confirms that the body's report or document was sent. */
    async submit(actor: Actor, committeeId: number, number: number, input: SubmitInput) {
      const { task, part, assignedOn, today: now } = await checkSubmitter(actor, committeeId, number)
      const documentNumber = cleanName(input.documentNumber)
      if (!documentNumber || !DOC_NUMBER.test(documentNumber)) {
        throw new UserError('submission-error-number')
      }
      checkDocumentDate(input.documentDate, assignedOn, now)
      const submission = await repos
        .transaction(async (tx) => {
          // Two contacts confirming at once: one pending confirmation per body and task (also a
          // partial unique index, for two transactions that both pass this check).
          if (await tx.tasks.pendingSubmission(task.id, part.bodyId)) {
            throw new UserError('submission-error-pending', { number })
          }
          const created = await tx.tasks.createSubmission({
            taskId: task.id,
            bodyId: part.bodyId,
            submittedByPersonId: actor.personId,
            documentNumber,
            documentDate: toDbDate(input.documentDate),
            submittedOn: toDbDate(now),
            fileId: input.fileId,
            fileName: input.fileName,
            link: input.link,
            note: input.note ? cleanName(input.note) : null,
          })
          await tx.audit.record({
            ...auditSource(actor),
            committeeId,
            action: 'task.submit',
            targetType: 'task',
            targetId: String(task.id),
            after: { submissionId: created.id, documentNumber, documentDate: input.documentDate, submittedOn: now, body: part.body.name },
          })
          return { submission: created, reach: await announce(tx, [submittedNotice(task, part.body, created)]) }
        })
        .catch((error: unknown) => {
          throw isUniqueViolation(error) ? new UserError('submission-error-pending', { number }) : error
        })
      return { ...submission, task, body: part.body, role: part.role }
    },

    /** The secretariat accepts a submission (the lead body's completes the task) or returns it. */
    async review(actor: Actor, committeeId: number, submissionId: number, verdict: 'accepted' | 'returned', rawNote: string | null) {
      await permissions.require(committeeId, actor.personId, 'task.manage')
      const submission = await repos.tasks.findSubmission(submissionId)
      if (!submission || submission.task.committeeId !== committeeId) {
        throw new UserError('submission-error-unknown')
      }
      const note = rawNote ? cleanName(rawNote) : null
      if (verdict === 'returned' && (!note || note.length < 3)) {
        throw new UserError('session-error-reason')
      }
      const task = await repos.tasks.findById(submission.taskId)
      if (!task || task.status === 'cancelled') {
        throw new UserError('task-error-cancelled', { number: submission.task.number })
      }
      const isLead = task.bodies.some((b) => b.role === 'lead' && b.bodyId === submission.bodyId)
      const coordinators = task.bodies.filter((b) => b.role === 'coordinating').map((b) => b.bodyId)
      const completes =
        verdict === 'accepted' &&
        isLead &&
        (!task.requiresCoordinators || coordinators.every((id) => task.submissions.some((s) => s.bodyId === id && s.review === 'accepted')))
      // Read before the transaction: the embedded database has one connection.
      const documentDate = fromDbDate(submission.documentDate)
      const submittedOn = fromDbDate(submission.submittedOn)
      const completedOn = completionDate({ documentDate, submittedOn }, localDateOf(task.createdAt, await timeZoneOf(committeeId)))
      const { completed, reach } = await repos.transaction(async (tx) => {
        if (
          !(await tx.tasks.reviewSubmission(submission.id, {
            review: verdict,
            reviewedByPersonId: actor.personId,
            reviewedAt: clock.now(),
            reviewNote: note,
          }))
        ) {
          throw new UserError('submission-error-reviewed')
        }
        const done = completes && (await tx.tasks.updateIfStatus(task.id, 'open', { status: 'done', completedOn: toDbDate(completedOn) }))
        await tx.audit.record({
          ...auditSource(actor),
          committeeId,
          action: verdict === 'accepted' ? 'task.accept' : 'task.return',
          targetType: 'task',
          targetId: String(task.id),
          after: {
            submissionId: submission.id,
            body: submission.body.name,
            documentNumber: submission.documentNumber,
            documentDate,
            submittedOn,
            reason: note,
            completed: done,
            ...(done ? { completedOn } : {}),
          },
        })
        return {
          completed: done,
          reach: await announce(tx, [reviewedNotice(task, submission, verdict === 'returned' ? note : null, done)]),
        }
      })
      return { submission, task, completed, reach }
    },

    checkExtender,

    async requestExtension(actor: Actor, committeeId: number, number: number, requestedDue: LocalDate, rawReason: string) {
      const { task, lead, due: current, today: now } = await checkExtender(actor, committeeId, number)
      const reason = cleanName(rawReason)
      if (!reason || reason.length < 3) {
        throw new UserError('session-error-reason')
      }
      checkRequestedDue(requestedDue, current, now)
      const request = await repos
        .transaction(async (tx) => {
          if (await tx.tasks.pendingExtension(task.id)) {
            throw new UserError('extension-error-pending', { number })
          }
          const created = await tx.tasks.createExtension({
            taskId: task.id,
            bodyId: lead.bodyId,
            requestedByPersonId: actor.personId,
            previousDue: task.dueDate,
            requestedDue: toDbDate(requestedDue),
            reason,
          })
          await tx.audit.record({
            ...auditSource(actor),
            committeeId,
            action: 'task.extension-request',
            targetType: 'task',
            targetId: String(task.id),
            after: { requestId: created.id, requestedDue, reason },
          })
          return { request: created, reach: await announce(tx, [extensionRequestedNotice(task, lead.body, created)]) }
        })
        .catch((error: unknown) => {
          throw isUniqueViolation(error) ? new UserError('extension-error-pending', { number }) : error
        })
      return { ...request, task, body: lead.body }
    },

    async decideExtension(actor: Actor, committeeId: number, requestId: number, approve: boolean, rawNote: string | null) {
      await permissions.require(committeeId, actor.personId, 'task.manage')
      const request = await repos.tasks.findExtension(requestId)
      if (!request || request.task.committeeId !== committeeId) {
        throw new UserError('extension-error-unknown')
      }
      const note = rawNote ? cleanName(rawNote) : null
      const reach = await repos.transaction(async (tx) => {
        if (
          !(await tx.tasks.decideExtension(request.id, {
            state: approve ? 'approved' : 'rejected',
            decidedByPersonId: actor.personId,
            decidedAt: clock.now(),
            decisionNote: note,
          }))
        ) {
          throw new UserError('extension-error-decided')
        }
        if (approve) {
          await tx.tasks.update(request.taskId, { dueDate: request.requestedDue, extended: true })
        }
        await tx.audit.record({
          ...auditSource(actor),
          committeeId,
          action: approve ? 'task.extension-approve' : 'task.extension-reject',
          targetType: 'task',
          targetId: String(request.taskId),
          after: {
            requestId: request.id,
            requestedDue: fromDbDate(request.requestedDue),
            previousDue: request.previousDue ? fromDbDate(request.previousDue) : null,
            reason: note,
          },
        })
        return announce(tx, [extensionDecidedNotice(request.task, request, approve)])
      })
      return { request, reach }
    },

    /** The notices of a plan import: each contact of a doing body hears once of all their new tasks. */
    async importNotices(tx: Repositories, committeeId: number, tasks: TaskWithRefs[]) {
      const contacts = await tx.tasks.contactsOf([...new Set(tasks.flatMap(doers))])
      const byPerson = new Map<number, TaskWithRefs[]>()
      for (const task of tasks) {
        const own = new Set(doers(task))
        for (const contact of contacts.filter((c) => own.has(c.bodyId))) {
          const theirs = byPerson.get(contact.personId) ?? []
          if (!theirs.includes(task)) {
            theirs.push(task)
          }
          byPerson.set(contact.personId, theirs)
        }
      }
      return [...byPerson.entries()].map(([personId, theirs]) => importedNotice(committeeId, personId, theirs))
    },

    pendingReviews: (committeeId: number) => repos.tasks.pendingReviews(committeeId),
    contactsOf: (bodyIds: number[]) => repos.tasks.contactsOf(bodyIds),
    reviewers: (committeeId: number) => repos.tasks.reviewers(committeeId),
    leaders: (committeeId: number) => repos.tasks.leaders(committeeId),
    extensionsGranted: (committeeId: number, since: Date) => repos.tasks.extensionsGranted(committeeId, since),
  }
}
export type TaskService = ReturnType<typeof createTaskService>
