import type { ExportItem, ExportOpinion, ExportPlan, ExportTask, MemberRole, Repositories } from '../../db/repositories/index.js'
import type { Actor } from '../actor.js'
import { auditSource } from '../actor.js'
import { localDateOf, type LocalDate } from '../calendar/local-date.js'
import type { Clock } from '../clock.js'
import { UserError } from '../errors.js'
import { roleAllows, type Action } from '../permissions.js'
import { classifyTask, type OutcomeClass } from '../tasks/outcomes.js'

/** Rows read per statement: a page costs the same at any size of the committee. */
export const EXPORT_PAGE_SIZE = 1000

export interface ExportCommittee {
  id: number
  name: string
  locale: string
  timeZone: string
}

export type TrackingTask = ExportTask & { outcome: OutcomeClass | null }
export type TrackingOpinion = ExportOpinion & { taskOutcome: OutcomeClass | null }
export type TrackingItem = ExportItem & { outcome: OutcomeClass | null }

/**
 * What the tracking table holds, read lazily: the committee's plans (one sheet each, and one for the
 * tasks without a plan), then its opinions and conclusion items — each an async series of pages, so
 * the writer streams them and nothing holds every task. Personal data (speakers, places) is in it
 * only when `personal`.
 */
export interface TrackingSource {
  committee: ExportCommittee
  asOf: LocalDate
  personal: boolean
  /** One entry per sheet of tasks: a plan, or null for the tasks without a plan. */
  plans: (ExportPlan | null)[]
  tasks(planId: number | null): AsyncIterable<TrackingTask[]>
  opinions(): AsyncIterable<TrackingOpinion[]>
  items(): AsyncIterable<TrackingItem[]>
}

/** A refusal that names who may, in the reader's language (the keys are in locales/*\/exports.ftl). */
export async function requireExportRight(
  repos: Pick<Repositories, 'memberships'>,
  committeeId: number,
  personId: number,
  action: Action,
  refusalKey: string,
): Promise<MemberRole> {
  const membership = await repos.memberships.find(committeeId, personId)
  if (!membership) {
    throw new UserError('error-not-member')
  }
  if (!roleAllows(membership.role, action)) {
    throw new UserError(refusalKey)
  }
  return membership.role
}

export async function committeeOf(repos: Pick<Repositories, 'committees'>, committeeId: number): Promise<ExportCommittee> {
  const committee = await repos.committees.findById(committeeId)
  if (!committee) {
    throw new UserError('error-no-committee')
  }
  return { id: committee.id, name: committee.name, locale: committee.locale, timeZone: committee.timeZone }
}

/** Reads pages by a key until a short page: `next` gives the page after the last row of the previous one. */
export async function* pages<Row, Key>(first: Key, read: (after: Key) => Promise<Row[]>, keyOf: (row: Row) => Key, size: number) {
  let after = first
  for (;;) {
    const page = await read(after)
    if (page.length > 0) {
      yield page
    }
    const last = page.at(-1)
    if (page.length < size || last === undefined) {
      return
    }
    after = keyOf(last)
  }
}

export function createTrackingExport(repos: Repositories, clock: Clock, pageSize = EXPORT_PAGE_SIZE) {
  return {
    /**
     * The tracking table of a committee, for its owner, secretariat and leaders (others are refused
     * with who may). Speakers' names and places are included only for roles that may see personal data.
     * The export is recorded in the audit trail.
     */
    async tracking(actor: Actor, committeeId: number): Promise<TrackingSource> {
      const role = await requireExportRight(repos, committeeId, actor.personId, 'export.tracking', 'export-error-tracking-forbidden')
      const committee = await committeeOf(repos, committeeId)
      const personal = roleAllows(role, 'personal.view')
      const asOf = localDateOf(clock.now(), committee.timeZone)
      const plans: (ExportPlan | null)[] = await repos.exports.plans(committeeId)
      if (await repos.exports.hasTasksWithoutPlan(committeeId)) {
        plans.push(null)
      }
      await repos.audit.record({
        ...auditSource(actor),
        committeeId,
        action: 'export.tracking',
        targetType: 'committee',
        targetId: String(committeeId),
        after: { personal, asOf },
      })
      const outcome = (task: { status: 'open' | 'done' | 'cancelled'; dueDate: string | null; completedOn: string | null }) =>
        classifyTask(task, asOf)
      return {
        committee,
        asOf,
        personal,
        plans,
        async *tasks(planId) {
          for await (const page of pages(
            0,
            (after) => repos.exports.taskPage(committeeId, planId, after, pageSize),
            (t) => t.number,
            pageSize,
          )) {
            yield page.map((task) => ({ ...task, outcome: outcome(task) }))
          }
        },
        async *opinions() {
          for await (const page of pages(
            { sessionNumber: 0, number: 0 },
            (after) => repos.exports.opinionPage(committeeId, after, pageSize, personal),
            (o) => ({ sessionNumber: o.sessionNumber, number: o.number }),
            pageSize,
          )) {
            yield page.map((opinion) => ({
              ...opinion,
              taskOutcome: opinion.taskStatus
                ? outcome({ status: opinion.taskStatus, dueDate: opinion.taskDueDate, completedOn: opinion.taskCompletedOn })
                : null,
            }))
          }
        },
        async *items() {
          for await (const page of pages(
            { sessionNumber: 0, position: 0 },
            (after) => repos.exports.itemPage(committeeId, after, pageSize),
            (i) => ({ sessionNumber: i.sessionNumber, position: i.position }),
            pageSize,
          )) {
            yield page.map((item) => ({ ...item, outcome: outcome(item) }))
          }
        },
      }
    },
  }
}
