import type { Body, Committee, Repositories, SessionWithDetails, TaskWithRefs } from '../../db/repositories/index.js'
import { auditSource, type Actor } from '../actor.js'
import { formatVietnamese, fromDbDate, localDateOf, toDbDate, type LocalDate } from '../calendar/local-date.js'
import type { Clock } from '../clock.js'
import type { DeadlineRule } from '../deadlines/rule.js'
import { UserError } from '../errors.js'
import type { PermissionService } from '../permissions.js'
import type { SessionDependents } from '../sessions.js'
import type { MovedDeadline, TaskService } from '../tasks/tasks.js'
import { readDeadlineInput } from '../after-session/deadline-input.js'
import type { Announce, Notice, Reach, Tr } from '../notice.js'
import { NOBODY } from '../notice.js'
import type { Translate } from '../../delivery/translate.js'
import { sessionWindow } from '../sessions.js'

type RelativeRule = Extract<DeadlineRule, { kind: 'relative' }>

/** Where the conclusion notice's rule comes from, in the order it is looked for. */
export type NoticeRuleSource =
  /** The session already has its conclusion-notice task (imported with the plan, or made by hand). */
  | { kind: 'own-task'; task: TaskWithRefs }
  /** The rule the plan keeps (asked once for an earlier session of it). */
  | { kind: 'plan'; rule: RelativeRule; bodyId: number }
  /** Another session of the same plan has a conclusion-notice task with a rule relative to its session. */
  | { kind: 'sibling'; task: TaskWithRefs; rule: RelativeRule }
  | { kind: 'none' }

/**
 * How to make the conclusion-notice task of a held session: its own task if it has one, else the
 * plan's rule, else a sibling session's task of the same plan, else nothing (the secretariat is
 * asked). Pure, so the rule is tested without a database.
 */
export function noticeRuleSource(
  session: { id: number; planId: number | null },
  plan: { conclusionRule: unknown; conclusionBodyId: number | null } | null,
  tasks: TaskWithRefs[],
): NoticeRuleSource {
  const notices = tasks.filter((t) => t.kind === 'conclusion_notice' && t.status !== 'cancelled')
  const own = notices.find((t) => t.sessionId === session.id)
  if (own) {
    return { kind: 'own-task', task: own }
  }
  const planRule = plan?.conclusionRule as DeadlineRule | null | undefined
  if (planRule?.kind === 'relative' && plan?.conclusionBodyId) {
    return { kind: 'plan', rule: planRule, bodyId: plan.conclusionBodyId }
  }
  if (session.planId !== null) {
    const sibling = notices
      .filter((t) => t.planId === session.planId && t.sessionId !== null && (t.deadlineRule as DeadlineRule | null)?.kind === 'relative')
      .sort((a, b) => a.number - b.number)[0]
    if (sibling) {
      return { kind: 'sibling', task: sibling, rule: sibling.deadlineRule as RelativeRule }
    }
  }
  return { kind: 'none' }
}

/** The usual rule of the family of plans: the notice within 07 working days after the session ends. */
export function defaultNoticeRule(tr: Tr): RelativeRule {
  return { kind: 'relative', offset: 7, unit: 'working_days', anchor: 'session_end', text: tr('held-default-rule-words') }
}

export interface HeldResult {
  session: SessionWithDetails
  heldOn: LocalDate
  /** Due dates that moved now that the session's day is known. */
  moved: MovedDeadline[]
  /** The conclusion-notice task, made or found; null when the secretariat must give the rule. */
  noticeTask: TaskWithRefs | null
  created: boolean
  reach: Reach
}

export interface HeldDeps {
  repos: Repositories
  permissions: PermissionService
  clock: Clock
  dependents: SessionDependents
  tasksFor: (tx: Repositories) => Pick<TaskService, 'assign'>
  announce: Announce
  translate: Translate
}

/** The drafting body hears that the session was held and when the conclusion notice is due. */
function noticeDueNotice(committeeId: number, session: SessionWithDetails, heldOn: LocalDate, task: TaskWithRefs): Notice {
  const lead = task.bodies.filter((b) => b.role === 'lead').map((b) => b.bodyId)
  return {
    committeeId,
    topic: 'held-notice-due',
    to: [
      { kind: 'body-contacts', bodyIds: lead },
      { kind: 'body-groups', bodyIds: lead },
    ],
    text: (t) =>
      t('held-notice-due', {
        session: session.number,
        topic: session.topic,
        held: formatVietnamese(heldOn),
        number: task.number,
        due: task.dueDate ? formatVietnamese(fromDbDate(task.dueDate)) : t('task-no-due'),
        words: task.deadlineText ?? '-',
      }),
  }
}

/**
 * Recording a session held: its day becomes exact (deadlines counted from it move), and its
 * conclusion-notice task is made from the plan's rule — or the caller is told to ask for one.
 */
export function createHeldService({ repos, permissions, clock, dependents, tasksFor, announce, translate }: HeldDeps) {
  async function committeeOf(committeeId: number): Promise<Committee> {
    const committee = await repos.committees.findById(committeeId)
    if (!committee) {
      throw new UserError('error-not-member')
    }
    return committee
  }

  async function requireSession(committeeId: number, number: number): Promise<SessionWithDetails> {
    const session = await repos.sessions.findByNumber(committeeId, number)
    if (!session) {
      throw new UserError('session-error-unknown-number', { number })
    }
    return session
  }

  async function noticeTask(
    tx: Repositories,
    actor: Actor,
    committeeId: number,
    session: SessionWithDetails,
    body: Body,
    rule: RelativeRule,
    template: TaskWithRefs | null,
    tr: Tr,
  ) {
    const others = (role: 'coordinating' | 'recipient' | 'cc') =>
      (template?.bodies ?? []).filter((b) => b.role === role && b.bodyId !== body.id).map((b) => b.bodyId)
    return tasksFor(tx).assign(actor, committeeId, {
      sessionNumber: session.number,
      planNumber: null,
      title: tr('held-notice-task-title', { session: session.number }),
      detail: template?.detail ?? null,
      kind: 'conclusion_notice',
      leadBodyId: body.id,
      coordinatingBodyIds: others('coordinating'),
      recipientBodyId: others('recipient')[0] ?? null,
      ccBodyIds: others('cc'),
      deadline: rule,
      requiresCoordinators: false,
    })
  }

  return {
    /**
     * Records the session held on `heldOn` (not in the future, not before the plan's year): the day
     * becomes the session's exact day, its relative deadlines are recomputed, and the conclusion-notice
     * task is found or made. Returns `noticeTask: null` when no rule is known: ask, then `setNoticeRule`.
     */
    async recordHeld(actor: Actor, committeeId: number, sessionNumber: number, heldOn: LocalDate): Promise<HeldResult> {
      await permissions.require(committeeId, actor.personId, 'session.manage')
      const committee = await committeeOf(committeeId)
      const tr: Tr = (key, vars) => translate(committee.locale, key, vars)
      const session = await requireSession(committeeId, sessionNumber)
      if (session.status !== 'planned' && session.status !== 'scheduled') {
        throw new UserError('session-error-status', { number: sessionNumber })
      }
      const today = localDateOf(clock.now(), committee.timeZone)
      if (heldOn > today) {
        throw new UserError('held-error-future')
      }
      if (session.plan && Number(heldOn.slice(0, 4)) < session.plan.year) {
        throw new UserError('session-time-before-plan', { year: String(session.plan.year) })
      }
      const heldDate = toDbDate(heldOn)
      const context = await dependents.recomputeContext(committeeId)
      const plan = session.planId === null ? null : await repos.plans.findById(session.planId)
      const bodies = await repos.bodies.listActive(committeeId)
      // All at once: the session held on its day, the deadlines that hang on it, its notice task and who is told.
      return repos.transaction(async (tx) => {
        const held = await tx.sessions.update(session.id, {
          status: 'held',
          heldOn: heldDate,
          precision: 'day',
          windowStart: heldDate,
          windowEnd: heldDate,
        })
        await tx.audit.record({
          ...auditSource(actor),
          committeeId,
          action: 'session.held',
          targetType: 'session',
          targetId: String(session.id),
          before: { status: session.status, windowStart: session.windowStart, windowEnd: session.windowEnd },
          after: { status: 'held', heldOn },
        })
        const moved = await dependents.recomputeForSession(
          tx,
          committeeId,
          { id: held.id, number: held.number, window: sessionWindow(held) },
          context,
        )
        const source = noticeRuleSource(held, plan, await tx.tasks.listOfKind(committeeId, 'conclusion_notice'))
        if (source.kind === 'own-task') {
          const task = (await tx.tasks.findById(source.task.id)) ?? source.task
          // The drafting body learns the session was held and its notice's exact due date.
          const reach = task.status === 'open' ? await announce(tx, [noticeDueNotice(committeeId, held, heldOn, task)]) : NOBODY
          return { session: held, heldOn, moved, noticeTask: task, created: false, reach }
        }
        if (source.kind === 'plan' || source.kind === 'sibling') {
          const bodyId = source.kind === 'plan' ? source.bodyId : (source.task.bodies.find((b) => b.role === 'lead')?.bodyId ?? 0)
          const body = bodies.find((b) => b.id === bodyId)
          if (body) {
            const made = await noticeTask(
              tx,
              actor,
              committeeId,
              held,
              body,
              source.rule,
              source.kind === 'sibling' ? source.task : null,
              tr,
            )
            return { session: held, heldOn, moved, noticeTask: made.task, created: true, reach: made.reach }
          }
        }
        return { session: held, heldOn, moved, noticeTask: null, created: false, reach: NOBODY }
      })
    },

    /**
     * The secretariat gives the conclusion-notice rule a plan did not state: the drafting body and the
     * deadline counted from the session's end. Kept on the plan for its next sessions.
     */
    async setNoticeRule(actor: Actor, committeeId: number, sessionNumber: number, bodyId: number, deadlineText: string | null) {
      await permissions.require(committeeId, actor.personId, 'session.manage')
      const committee = await committeeOf(committeeId)
      const tr: Tr = (key, vars) => translate(committee.locale, key, vars)
      const session = await requireSession(committeeId, sessionNumber)
      if (session.status !== 'held' && session.status !== 'concluded') {
        throw new UserError('conclusion-error-not-held', { number: sessionNumber })
      }
      const body = (await repos.bodies.listActive(committeeId)).find((b) => b.id === bodyId)
      if (!body) {
        throw new UserError('body-error-not-found', { name: '?' })
      }
      const input = deadlineText
        ? readDeadlineInput(deadlineText, session.plan?.year ?? null, false)
        : { kind: 'rule' as const, rule: defaultNoticeRule(tr) }
      if (input.kind !== 'rule' || input.rule.kind !== 'relative' || input.rule.anchor !== 'session_end' || input.rule.offset <= 0) {
        throw new UserError('held-error-rule', { text: (deadlineText ?? '').slice(0, 80) })
      }
      const rule = input.rule
      const existing = (await repos.tasks.bySession(session.id)).find((t) => t.kind === 'conclusion_notice' && t.status !== 'cancelled')
      if (existing) {
        throw new UserError('held-error-notice-exists', { number: existing.number })
      }
      return repos.transaction(async (tx) => {
        if (session.planId !== null) {
          await tx.plans.update(session.planId, { conclusionRule: rule, conclusionBodyId: body.id })
        }
        return noticeTask(tx, actor, committeeId, session, body, rule, null, tr)
      })
    },
  }
}
export type HeldService = ReturnType<typeof createHeldService>
