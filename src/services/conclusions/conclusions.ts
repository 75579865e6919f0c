import type { NoticeView, Repositories, SessionWithDetails, TaskWithRefs } from '../../db/repositories/index.js'
import { auditSource, type Actor } from '../actor.js'
import { formatVietnamese, fromDbDate, localDateOf, toDbDate, type LocalDate } from '../calendar/local-date.js'
import type { Clock } from '../clock.js'
import { UserError } from '../errors.js'
import { roleAllows, type PermissionService } from '../permissions.js'
import type { TaskService } from '../tasks/tasks.js'
import { cleanName } from '../text.js'
import { readDeadlineInput } from '../after-session/deadline-input.js'
import type { Announce, Notice, Tr } from '../notice.js'
import type { Translate } from '../../delivery/translate.js'
import { requireCommittee } from '../lookups.js'

const DOC_NUMBER = /^[\p{L}\p{N}][\p{L}\p{N}./\-–_ ]{0,59}$/u

export interface NoticeInput {
  documentNumber: string
  documentDate: LocalDate
  fileId: string | null
  fileName: string | null
}

export interface ItemInput {
  content: string
  /** The lead body; an item without one is refused. */
  leadBodyId: number | null
  coordinatingBodyIds: number[]
  /** "30/6/2023", "chậm nhất ngày 30/6/2023", "thường xuyên". */
  deadlineText: string
}

export interface ProgressInput {
  percent: number
  note: string | null
  fileId: string | null
  fileName: string | null
  link: string | null
}

/** A percentage typed by a body: "60", "60%", "60 %"; 0 to 100 or a refusal. */
export function readPercent(text: string): number {
  const match = /^(\d{1,3})\s*%?$/.exec(text.trim())
  const value = match ? Number(match[1]) : NaN
  if (!Number.isInteger(value) || value < 0 || value > 100) {
    throw new UserError('progress-error-percent', { value: text.trim().slice(0, 10) })
  }
  return value
}

export interface ConclusionDeps {
  repos: Repositories
  permissions: PermissionService
  clock: Clock
  tasksFor: (tx: Repositories) => Pick<TaskService, 'assign'>
  announce: Announce
  translate: Translate
}

/**
 * After the session: the conclusion notice (number, date, file), broken into conclusion items, each
 * a follow-up task of its lead body (kind `conclusion_follow_up`) with progress and milestones.
 */
export function createConclusionService({ repos, permissions, clock, tasksFor, announce, translate }: ConclusionDeps) {
  const committeeOf = (committeeId: number) => requireCommittee(repos, committeeId)

  async function today(committeeId: number): Promise<LocalDate> {
    return localDateOf(clock.now(), (await committeeOf(committeeId)).timeZone)
  }

  async function heldSession(committeeId: number, number: number): Promise<SessionWithDetails> {
    const session = await repos.sessions.findByNumber(committeeId, number)
    if (!session) {
      throw new UserError('session-error-unknown-number', { number })
    }
    if (session.status !== 'held' && session.status !== 'concluded') {
      throw new UserError('conclusion-error-not-held', { number })
    }
    return session
  }

  async function requireTask(committeeId: number, number: number) {
    const task = await repos.tasks.findByNumber(committeeId, number)
    if (!task) {
      throw new UserError('task-error-unknown-number', { number })
    }
    return task
  }

  /** The secretariat, or a contact of the task's lead or coordinating body. */
  async function requireDoer(actor: Actor, committeeId: number, task: TaskWithRefs) {
    const role = await permissions.roleOf(committeeId, actor.personId)
    if (roleAllows(role, 'task.manage')) {
      return
    }
    const mine = new Set((await repos.memberships.bodiesOfPerson(committeeId, actor.personId)).map((b) => b.id))
    if (!task.bodies.some((b) => (b.role === 'lead' || b.role === 'coordinating') && mine.has(b.bodyId))) {
      throw new UserError('task-error-not-your-task', { number: task.number })
    }
  }

  return {
    today,

    /** The notice of a session and its items (null before the notice is recorded). */
    async notice(committeeId: number, sessionNumber: number): Promise<{ session: SessionWithDetails; notice: NoticeView | null }> {
      const session = await repos.sessions.findByNumber(committeeId, sessionNumber)
      if (!session) {
        throw new UserError('session-error-unknown-number', { number: sessionNumber })
      }
      return { session, notice: await repos.conclusions.notice(session.id) }
    },

    /** The accepted document of the session's conclusion-notice task, offered when recording the notice. */
    async submittedNotice(committeeId: number, sessionNumber: number) {
      const session = await heldSession(committeeId, sessionNumber)
      const task = (await repos.tasks.bySession(session.id)).find((t) => t.kind === 'conclusion_notice' && t.status !== 'cancelled')
      const full = task ? await repos.tasks.findById(task.id) : null
      const accepted = full?.submissions.filter((s) => s.review === 'accepted').at(-1) ?? null
      return accepted
        ? {
            documentNumber: accepted.documentNumber,
            documentDate: fromDbDate(accepted.documentDate),
            fileId: accepted.fileId,
            fileName: accepted.fileName,
          }
        : null
    },

    /**
     * Records the conclusion notice: the session is concluded, and its conclusion-notice task, if
     * still open, is done on the notice's date (the secretariat confirms the document it would accept).
     */
    async recordNotice(actor: Actor, committeeId: number, sessionNumber: number, input: NoticeInput) {
      await permissions.require(committeeId, actor.personId, 'opinion.manage')
      const session = await heldSession(committeeId, sessionNumber)
      if (await repos.conclusions.notice(session.id)) {
        throw new UserError('conclusion-error-notice-exists', { number: sessionNumber })
      }
      const documentNumber = cleanName(input.documentNumber)
      if (!documentNumber || !DOC_NUMBER.test(documentNumber)) {
        throw new UserError('submission-error-number')
      }
      const now = await today(committeeId)
      if (input.documentDate > now) {
        throw new UserError('submission-error-date-future')
      }
      if (session.heldOn && input.documentDate < fromDbDate(session.heldOn)) {
        throw new UserError('conclusion-error-date-before-session')
      }
      const open = (await repos.tasks.bySession(session.id)).filter((t) => t.kind === 'conclusion_notice' && t.status === 'open')
      return repos.transaction(async (tx) => {
        const notice = await tx.conclusions.createNotice({
          sessionId: session.id,
          documentNumber,
          documentDate: toDbDate(input.documentDate),
          fileId: input.fileId,
          fileName: input.fileName,
          createdByPersonId: actor.personId,
        })
        if (session.status === 'held') {
          await tx.sessions.update(session.id, { status: 'concluded' })
        }
        for (const task of open) {
          await tx.tasks.updateIfStatus(task.id, 'open', { status: 'done', completedOn: toDbDate(input.documentDate) })
          await tx.audit.record({
            ...auditSource(actor),
            committeeId,
            action: 'task.notice-issued',
            targetType: 'task',
            targetId: String(task.id),
            after: { documentNumber, documentDate: input.documentDate },
          })
        }
        await tx.audit.record({
          ...auditSource(actor),
          committeeId,
          action: 'session.notice',
          targetType: 'session',
          targetId: String(session.id),
          after: { documentNumber, documentDate: input.documentDate, fileName: input.fileName },
        })
        return { session, notice, completed: open.map((t) => t.number) }
      })
    },

    /**
     * Adds one conclusion item: a directive to a lead body (with coordinating bodies) due on a date
     * or "thường xuyên", becoming its follow-up task. An item without content or body is refused.
     */
    async addItem(actor: Actor, committeeId: number, sessionNumber: number, input: ItemInput) {
      await permissions.require(committeeId, actor.personId, 'opinion.manage')
      const committee = await committeeOf(committeeId)
      const tr: Tr = (key, vars) => translate(committee.locale, key, vars)
      const session = await heldSession(committeeId, sessionNumber)
      const notice = await repos.conclusions.notice(session.id)
      if (!notice) {
        throw new UserError('conclusion-error-no-notice', { number: sessionNumber })
      }
      const content = input.content.replace(/\s+/g, ' ').trim()
      if (content.length < 5) {
        throw new UserError('conclusion-error-content')
      }
      if (input.leadBodyId === null) {
        throw new UserError('conclusion-error-body')
      }
      const bodies = await repos.bodies.listActive(committeeId)
      if (![input.leadBodyId, ...input.coordinatingBodyIds].every((id) => bodies.some((b) => b.id === id))) {
        throw new UserError('body-error-not-found', { name: '?' })
      }
      const deadline = readDeadlineInput(input.deadlineText, session.plan?.year ?? Number((await today(committeeId)).slice(0, 4)), true)
      const position = notice.items.length + 1
      const short = content.length > 90 ? `${content.slice(0, 88).trim()}…` : content
      const result = await repos.transaction(async (tx) => {
        const { task, reach } = await tasksFor(tx).assign(actor, committeeId, {
          sessionNumber: session.number,
          planNumber: null,
          title: tr('conclusion-task-title', { position, notice: notice.documentNumber, content: short }),
          detail: content,
          kind: 'conclusion_follow_up',
          leadBodyId: input.leadBodyId ?? 0,
          coordinatingBodyIds: input.coordinatingBodyIds,
          recipientBodyId: null,
          ccBodyIds: [],
          deadline: deadline.kind === 'rule' ? deadline.rule : null,
          requiresCoordinators: false,
        })
        const item = await tx.conclusions.createItem({
          noticeId: notice.id,
          sessionId: session.id,
          content,
          ongoing: deadline.kind === 'ongoing',
          taskId: task.id,
        })
        return { task, item, reach }
      })
      return { ...result, session, notice }
    },

    /**
     * A body reports progress on a task: a percentage (0–100), a note, optional evidence. At 100 % the
     * task is not closed by itself: the body sends the completion report (/nop) for the secretariat to accept.
     */
    async reportProgress(actor: Actor, committeeId: number, taskNumber: number, input: ProgressInput) {
      const task = await requireTask(committeeId, taskNumber)
      if (task.status !== 'open') {
        throw new UserError(task.status === 'done' ? 'task-error-done' : 'task-error-cancelled', { number: taskNumber })
      }
      await requireDoer(actor, committeeId, task)
      if (!Number.isInteger(input.percent) || input.percent < 0 || input.percent > 100) {
        throw new UserError('progress-error-percent', { value: String(input.percent) })
      }
      const note = input.note ? input.note.trim().slice(0, 1000) || null : null
      const on = await today(committeeId)
      const item = await repos.conclusions.itemOfTask(task.id)
      // The secretariat follows up (theo dõi, đôn đốc): each report reaches it at once.
      const notice: Notice = {
        committeeId,
        topic: 'progress-announce',
        to: [{ kind: 'secretariat' }],
        text: (t) =>
          t('progress-announce', {
            number: task.number,
            title: task.title,
            percent: input.percent,
            note: note ?? '-',
            evidence: input.fileName ?? input.link ?? '-',
            session: item?.session.number ?? '-',
          }),
      }
      return repos.transaction(async (tx) => {
        const progress = await tx.conclusions.addProgress({
          taskId: task.id,
          percent: input.percent,
          note,
          fileId: input.fileId,
          fileName: input.fileName,
          link: input.link,
          reportedByPersonId: actor.personId,
          reportedOn: toDbDate(on),
        })
        await tx.audit.record({
          ...auditSource(actor),
          committeeId,
          action: 'task.progress',
          targetType: 'task',
          targetId: String(task.id),
          after: { percent: input.percent, reason: note, fileName: input.fileName },
        })
        return { task, progress, reach: await announce(tx, [notice]) }
      })
    },

    /** The latest progress reports and the milestones of a task (what /tiendo N shows). */
    async progressOf(actor: Actor, committeeId: number, taskNumber: number) {
      const task = await requireTask(committeeId, taskNumber)
      const role = await permissions.roleOf(committeeId, actor.personId)
      if (!roleAllows(role, 'summary.view')) {
        await requireDoer(actor, committeeId, task)
      }
      return {
        task,
        progress: await repos.conclusions.progressOf(task.id),
        milestones: await repos.conclusions.milestonesOf(task.id),
        item: await repos.conclusions.itemOfTask(task.id),
      }
    },

    /** Adds a milestone (mốc) to a task: what, by when (not before today, not after the task's due date). */
    async addMilestone(actor: Actor, committeeId: number, taskNumber: number, dueDate: LocalDate, rawTitle: string) {
      const task = await requireTask(committeeId, taskNumber)
      if (task.status !== 'open') {
        throw new UserError(task.status === 'done' ? 'task-error-done' : 'task-error-cancelled', { number: taskNumber })
      }
      await requireDoer(actor, committeeId, task)
      const title = cleanName(rawTitle)
      if (!title || title.length < 3) {
        throw new UserError('milestone-error-title')
      }
      if (task.dueDate && dueDate > fromDbDate(task.dueDate)) {
        throw new UserError('milestone-error-after-due', { due: formatVietnamese(fromDbDate(task.dueDate)) })
      }
      return repos.transaction(async (tx) => {
        const milestone = await tx.conclusions.addMilestone(task.id, title, toDbDate(dueDate))
        await tx.audit.record({
          ...auditSource(actor),
          committeeId,
          action: 'task.milestone',
          targetType: 'task',
          targetId: String(task.id),
          after: { milestone: milestone.position, reason: title, dueDate },
        })
        return milestone
      })
    },

    /** Marks milestone `position` of a task done today. */
    async completeMilestone(actor: Actor, committeeId: number, taskNumber: number, position: number) {
      const task = await requireTask(committeeId, taskNumber)
      await requireDoer(actor, committeeId, task)
      const on = await today(committeeId)
      return repos.transaction(async (tx) => {
        if (!(await tx.conclusions.completeMilestone(task.id, position, toDbDate(on)))) {
          throw new UserError('milestone-error-unknown', { number: position, task: taskNumber })
        }
        await tx.audit.record({
          ...auditSource(actor),
          committeeId,
          action: 'task.milestone-done',
          targetType: 'task',
          targetId: String(task.id),
          after: { milestone: position },
        })
        return { task, position, on }
      })
    },
  }
}
export type ConclusionService = ReturnType<typeof createConclusionService>
