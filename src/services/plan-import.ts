import type { Body, Repositories } from '../db/repositories/index.js'
import type { PlanDraft } from '../importer/read-plan.js'
import { readPlans } from '../importer/read-plan.js'
import { TASK_KIND_CUES } from '../importer/vocabulary.js'
import type { Actor } from './actor.js'
import { matchBody, type BodyService } from './bodies.js'
import type { PlanService } from './plans.js'
import type { SessionService } from './sessions.js'
import type { TaskService } from './tasks/tasks.js'
import type { CommitteeCalendarService } from './committee-calendar.js'
import { summarizeRule, type DeadlineSummary } from './deadlines/describe.js'
import type { SessionWindow } from './deadlines/due-date.js'
import { parseDeadline } from './deadlines/parse.js'
import type { DeadlineRule } from './deadlines/rule.js'
import { UserError } from './errors.js'
import type { Announce, Reach } from './notice.js'
import type { PermissionService } from './permissions.js'
import type { TaskKind } from '../db/repositories/index.js'
import { foldVietnamese } from './text.js'

/** How a draft body stands against the committee's bodies: one it has, or a new one to create. */
export interface BodyResolution {
  name: string
  existing: Pick<Body, 'id' | 'number' | 'name' | 'shortName'> | null
}

export interface PreparedImport {
  draft: PlanDraft
  bodies: BodyResolution[]
  /** The committee already has this plan: it is shown, not saved again. */
  duplicate?: { number: number; title: string } | null
}

export interface ImportResult {
  planNumber: number
  sessionNumbers: number[]
  taskNumbers: number[]
  createdBodies: string[]
  taskIds: number[]
  /** The contacts told of their new tasks (one message each), and who could not be reached. */
  reach: Reach
}

/** The kind of a task from the words of its obligation. */
export function taskKindOf(text: string, periodic: boolean): TaskKind {
  if (periodic) {
    return 'periodic_report'
  }
  const folded = foldVietnamese(text)
  return TASK_KIND_CUES.find(([cue]) => cue.test(folded))?.[1] ?? 'other'
}

/** Services the importer writes through; built on the transaction's repositories when committing. */
export interface ImportWriters {
  plans: Pick<PlanService, 'create'>
  bodies: Pick<BodyService, 'add'>
  sessions: Pick<SessionService, 'create'>
  tasks: Pick<TaskService, 'assign' | 'importNotices'>
}

/**
 * Reading a plan into a draft an official checks (`prepare`), and writing the checked draft —
 * plan, new bodies, sessions, tasks — in one transaction (`commit`). The same plan twice is refused.
 */
export function createPlanImportService(
  repos: Repositories,
  permissions: PermissionService,
  calendar: CommitteeCalendarService,
  writersFor: (repos: Repositories) => ImportWriters,
  announce: Announce,
) {
  async function duplicateOf(committeeId: number, draft: PlanDraft, db: Pick<Repositories, 'plans'> = repos) {
    const plans = await db.plans.list(committeeId)
    const title = foldVietnamese(draft.plan.title)
    return (
      plans.find(
        (p) =>
          (draft.plan.number !== null && p.symbol === draft.plan.number) ||
          (p.year === draft.plan.year && foldVietnamese(p.title) === title),
      ) ?? null
    )
  }

  /**
   * Reads a text into drafts to check: one per plan it holds (officials sometimes paste several
   * together). A plan the committee already has is marked, not read twice; a text with nothing
   * of a plan is refused.
   */
  async function prepareAll(actor: Actor, committeeId: number, text: string, fallbackYear: number): Promise<PreparedImport[]> {
    await permissions.require(committeeId, actor.personId, 'plan.manage')
    const bodies = await repos.bodies.listActive(committeeId)
    const read = readPlans(text, {
      knownBodies: bodies.flatMap((b) => [b.name, ...b.aliases]),
      calendar: await calendar.forCommittee(committeeId),
      fallbackYear,
    })
    const drafts = read.filter((draft) => draft.sessions.length > 0 || draft.tasks.length > 0)
    if (drafts.length === 0) {
      // "Hội nghị đối thoại tổ chức ngày 31/02/2027": what stopped the reading, not only that nothing was read.
      const impossible = read.flatMap((d) =>
        d.warnings.filter((w) => w.key === 'import-warning-impossible-date').map((w) => w.vars['date']),
      )
      throw impossible.length > 0
        ? new UserError('import-error-impossible-date', { dates: impossible.join('», «') })
        : new UserError('import-error-nothing')
    }
    const prepared: PreparedImport[] = []
    for (const draft of drafts) {
      if (draft.plan.year === null) {
        draft.plan.year = fallbackYear
      }
      // Grouped by lead body in the order the plan names them, so the preview's numbers run in order.
      const leads = [...new Set(draft.tasks.map((task) => task.lead))]
      draft.tasks = draft.tasks
        .map((task, index) => ({ task, index }))
        .sort((a, b) => leads.indexOf(a.task.lead) - leads.indexOf(b.task.lead) || a.index - b.index)
        .map((e) => e.task)
      const duplicate = await duplicateOf(committeeId, draft)
      prepared.push({
        draft,
        bodies: draft.bodies.map((b) => ({ name: b.name, existing: matchBody(bodies, b.name).body ?? null })),
        duplicate: duplicate ? { number: duplicate.number, title: duplicate.title } : null,
      })
    }
    return prepared
  }

  return {
    prepareAll,

    /** One plan's draft; a plan already imported is refused with a pointer to it. */
    async prepare(actor: Actor, committeeId: number, text: string, fallbackYear: number): Promise<PreparedImport> {
      const [first] = await prepareAll(actor, committeeId, text, fallbackYear)
      if (!first) {
        throw new UserError('import-error-nothing')
      }
      if (first.duplicate) {
        throw new UserError('import-error-duplicate', { number: first.duplicate.number, title: first.duplicate.title })
      }
      return first
    },

    /** A deadline the official typed over a line of the preview, computed on the committee's calendar. */
    async redate(
      committeeId: number,
      phrase: string,
      year: number | null,
      session: SessionWindow | null,
    ): Promise<DeadlineSummary & { rule: DeadlineRule }> {
      const rule = parseDeadline(phrase, { defaultYear: year })
      return { ...summarizeRule(rule, await calendar.forCommittee(committeeId), session), rule }
    },

    async commit(actor: Actor, committeeId: number, prepared: PreparedImport): Promise<ImportResult> {
      await permissions.require(committeeId, actor.personId, 'task.manage')
      const { draft } = prepared
      return repos.transaction(async (tx) => {
        // Checked again inside the transaction: two officials confirming the same plan make one.
        if (await duplicateOf(committeeId, draft, tx)) {
          throw new UserError('import-error-duplicate-now')
        }
        const write = writersFor(tx)
        const plan = await write.plans.create(actor, committeeId, {
          symbol: draft.plan.number,
          title: draft.plan.title,
          year: draft.plan.year ?? 0,
          issuedOn: null,
          issuer: draft.plan.issuer,
        })
        const ids = new Map<string, number>()
        const createdBodies: string[] = []
        const used = new Set(draft.tasks.flatMap((t) => [t.lead, ...t.coordinating]))
        for (const body of prepared.bodies.filter((b) => used.has(b.name))) {
          if (body.existing) {
            ids.set(body.name, body.existing.id)
          } else {
            const created = await write.bodies.add(actor, committeeId, { name: body.name, shortName: null, aliases: [] })
            ids.set(body.name, created.id)
            createdBodies.push(created.name)
          }
        }
        const sessionNumbers: number[] = []
        for (const session of draft.sessions) {
          const central = session.bridgePoints.find((p) => /trung tâm/i.test(p)) ?? null
          const local = session.bridgePoints.filter((p) => p !== central)
          const created = await write.sessions.create(actor, committeeId, {
            planNumber: plan.number,
            topic: session.topic.slice(0, 300),
            host: null,
            audience: session.audience,
            expectedCount: session.expectedCount,
            unlimited: false,
            timeText: session.time.text || 'chưa xác định',
            time: {
              ...session.time,
              text: session.time.text || 'chưa xác định',
              hour: session.startsAt?.hour ?? null,
              minute: session.startsAt?.minute ?? null,
            },
            format: session.bridgePoints.length > 0 ? (session.venues.length > 1 ? 'alternatives' : 'online') : 'in_person',
            venue: session.venues[0] ?? null,
            centralPoint: central?.replace(/^[^:]*:\s*/, '') ?? null,
            localPoints: local.map((p) => p.replace(/^[^:]*:\s*/, '')),
            venueLater: session.venues.length === 0,
          })
          sessionNumbers.push(created.number)
        }
        const known = (name: string | null) => (name === null ? null : (ids.get(name) ?? null))
        const created: Awaited<ReturnType<ImportWriters['tasks']['assign']>>['task'][] = []
        for (const task of draft.tasks) {
          const lead = ids.get(task.lead)
          if (lead === undefined) {
            continue
          }
          const { task: made } = await write.tasks.assign(
            actor,
            committeeId,
            {
              sessionNumber: task.session === null ? null : (sessionNumbers[task.session] ?? null),
              planNumber: plan.number,
              title: (task.what.trim().length >= 5 ? task.what : task.text).slice(0, 200),
              detail: task.text,
              kind: taskKindOf(task.text, task.deadline.kind === 'periodic'),
              leadBodyId: lead,
              coordinatingBodyIds: task.coordinating
                .map((name) => ids.get(name))
                .filter((id): id is number => id !== undefined && id !== lead),
              recipientBodyId: known(task.recipient),
              ccBodyIds: task.cc.map((name) => ids.get(name)).filter((id): id is number => id !== undefined),
              deadline: task.deadline.kind === 'none' ? null : task.deadline.rule,
              requiresCoordinators: false,
            },
            // Each contact is told once below, of all their new tasks, not once per task.
            { quiet: true },
          )
          created.push(made)
        }
        const reach = await announce(tx, await write.tasks.importNotices(tx, committeeId, created))
        return {
          planNumber: plan.number,
          sessionNumbers,
          taskNumbers: created.map((t) => t.number),
          createdBodies,
          taskIds: created.map((t) => t.id),
          reach,
        }
      })
    },
  }
}
export type PlanImportService = ReturnType<typeof createPlanImportService>
