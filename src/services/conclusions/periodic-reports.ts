import type { Committee, ReportPeriod, Repositories, Task, TaskWithRefs } from '../../db/repositories/index.js'
import type { Actor } from '../actor.js'
import { localDateOf } from '../calendar/local-date.js'
import type { Clock } from '../clock.js'
import type { DeadlineRule } from '../deadlines/rule.js'
import { UserError } from '../errors.js'
import type { PermissionService } from '../permissions.js'
import type { TaskService } from '../tasks/tasks.js'
import type { Reach, Tr } from '../notice.js'
import { NOBODY } from '../notice.js'
import type { Translate } from '../../delivery/translate.js'
import { joinReach } from '../after-session/reach.js'
import type { AfterSessionReadModel } from '../after-session/read-model.js'

type PeriodicRule = Extract<DeadlineRule, { kind: 'periodic' }>

export const REPORT_PERIODS: readonly ReportPeriod[] = ['six_months', 'annual']

/**
 * The due day of a period's report when no plan states one: the dates of seed 003's plan (báo cáo 6
 * tháng trước ngày 15/6, báo cáo năm trước ngày 25/11), the common ones in the family of plans.
 */
const DEFAULT_DUE: Record<ReportPeriod, { month: number; day: number }> = {
  six_months: { month: 6, day: 15 },
  annual: { month: 11, day: 25 },
}

/** "6thang", "6 tháng", "nam", "năm" → the period; null otherwise. */
export function readPeriod(text: string): ReportPeriod | null {
  const folded = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, '')
  if (['6thang', 'sauthang', '6t', 'six', 'sixmonths', 'h1'].includes(folded)) {
    return 'six_months'
  }
  if (['nam', 'canam', 'year', 'annual'].includes(folded)) {
    return 'annual'
  }
  return null
}

/**
 * The rule of a period's report in `year`: the same month and day as a periodic rule of that kind
 * the committee already has (a plan stated it), else the default, always with the plan's words.
 */
export function periodRule(period: ReportPeriod, year: number, known: PeriodicRule[], tr: Tr): PeriodicRule {
  const same = known.find((rule) => rule.report === period && rule.every === 'year' && rule.month !== null)
  const month = same?.month ?? DEFAULT_DUE[period].month
  const day = same?.day ?? DEFAULT_DUE[period].day
  const inclusive = same?.inclusive ?? false
  return {
    kind: 'periodic',
    every: 'year',
    month,
    day,
    inclusive,
    report: period,
    year,
    text: tr(inclusive ? 'report-rule-by' : 'report-rule-before', { day, month, year: String(year) }),
  }
}

export interface PeriodicReportDeps {
  repos: Repositories
  permissions: PermissionService
  clock: Clock
  readModel: AfterSessionReadModel
  tasksFor: (tx: Repositories) => Pick<TaskService, 'assign'>
  translate: Translate
}

/**
 * The six-month and annual reports: one task per period and year for the standing body (taken from
 * the plan's periodic tasks when the importer read them, else made with the plan's or the usual
 * dates), and the report drafted from the data.
 */
export function createPeriodicReportService({ repos, permissions, clock, readModel, tasksFor, translate }: PeriodicReportDeps) {
  async function committeeOf(committeeId: number): Promise<Committee> {
    const committee = await repos.committees.findById(committeeId)
    if (!committee) {
      throw new UserError('error-not-member')
    }
    return committee
  }

  /** The standing body: the one given, the plan's, or the lead of the plan's follow-up ("theo dõi, đôn đốc") task. */
  async function standingBody(committeeId: number, year: number, given: number | null): Promise<number | null> {
    if (given !== null) {
      return given
    }
    const plans = (await repos.plans.list(committeeId)).filter((p) => p.year === year)
    const stated = plans.find((p) => p.standingBodyId !== null)?.standingBodyId
    if (stated) {
      return stated
    }
    const followUps = (await repos.tasks.listOfKind(committeeId, 'follow_up')).filter((t) => plans.some((p) => p.id === t.planId))
    return followUps.flatMap((t) => t.bodies.filter((b) => b.role === 'lead').map((b) => b.bodyId))[0] ?? null
  }

  return {
    /**
     * Makes sure the year has its six-month and annual report tasks: links the plan's periodic tasks
     * of that year, creates the missing ones for the standing body. Returns what it made and found.
     */
    async ensure(actor: Actor, committeeId: number, year: number, bodyId: number | null) {
      await permissions.require(committeeId, actor.personId, 'task.manage')
      const committee = await committeeOf(committeeId)
      const tr: Tr = (key, vars) => translate(committee.locale, key, vars)
      if (!Number.isInteger(year) || year < 2000 || year > 2100) {
        throw new UserError('calendar-error-year', { value: String(year) })
      }
      const linked = await repos.conclusions.periodTasks(committeeId, year)
      const missing = REPORT_PERIODS.filter((p) => !linked.some((l) => l.period === p))
      if (missing.length === 0) {
        return { created: [] as TaskWithRefs[], existing: linked.map((l) => l.task), reach: NOBODY }
      }
      const periodic = (await repos.tasks.listOfKind(committeeId, 'periodic_report')).filter((t) => t.status !== 'cancelled')
      const rules = periodic.map((t) => t.deadlineRule as DeadlineRule | null).filter((r): r is PeriodicRule => r?.kind === 'periodic')
      const body = await standingBody(committeeId, year, bodyId)
      if (bodyId !== null && !(await repos.bodies.listActive(committeeId)).some((b) => b.id === bodyId)) {
        throw new UserError('body-error-not-found', { name: '?' })
      }
      const result = await repos.transaction(async (tx) => {
        const created: TaskWithRefs[] = []
        const reaches: Reach[] = []
        const found: Task[] = linked.map((l) => l.task)
        for (const period of missing) {
          // A task the importer made from the plan's own words for this period and year.
          const own = periodic.find((t) => {
            const rule = t.deadlineRule as DeadlineRule | null
            return rule?.kind === 'periodic' && rule.report === period && t.dueDate?.getUTCFullYear() === year
          })
          if (own) {
            await tx.conclusions.linkPeriodTask(committeeId, year, period, own.id)
            found.push(own)
            continue
          }
          if (body === null) {
            throw new UserError('report-error-standing-body', { year: String(year) })
          }
          const plan = (await tx.plans.list(committeeId)).find((p) => p.year === year) ?? null
          const { task, reach } = await tasksFor(tx).assign(actor, committeeId, {
            sessionNumber: null,
            planNumber: plan?.number ?? null,
            title: tr(period === 'six_months' ? 'report-task-title-six-months' : 'report-task-title-annual', { year: String(year) }),
            detail: null,
            kind: 'periodic_report',
            leadBodyId: body,
            coordinatingBodyIds: [],
            recipientBodyId: null,
            ccBodyIds: [],
            deadline: periodRule(period, year, rules, tr),
            requiresCoordinators: false,
          })
          await tx.conclusions.linkPeriodTask(committeeId, year, period, task.id)
          if (plan && bodyId !== null && plan.standingBodyId === null) {
            await tx.plans.update(plan.id, { standingBodyId: bodyId })
          }
          created.push(task)
          reaches.push(reach)
        }
        return { created, existing: found, reach: joinReach(...reaches) }
      })
      return result
    },

    /** The year's report tasks, linked to their periods. */
    async tasksOf(committeeId: number, year: number) {
      return repos.conclusions.periodTasks(committeeId, year)
    },

    /** The data of the period's report, for the document (secretariat and leaders). */
    async draft(actor: Actor, committeeId: number, period: ReportPeriod, year: number) {
      await permissions.require(committeeId, actor.personId, 'summary.view')
      if (!Number.isInteger(year) || year < 2000 || year > 2100) {
        throw new UserError('calendar-error-year', { value: String(year) })
      }
      const committee = await committeeOf(committeeId)
      const today = localDateOf(clock.now(), committee.timeZone)
      if (`${year}-01-01` > today) {
        throw new UserError('report-error-future', { year: String(year) })
      }
      return readModel.periodReport(committee, period, year, today)
    },
  }
}
export type PeriodicReportService = ReturnType<typeof createPeriodicReportService>
