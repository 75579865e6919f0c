import type { Plan, Repositories } from '../db/repositories/index.js'
import { auditSource, type Actor } from './actor.js'
import { toDbDate, type LocalDate } from './calendar/local-date.js'
import { validateName } from './committees.js'
import { UserError } from './errors.js'
import type { PermissionService } from './permissions.js'
import { cleanName, requireTitle } from './text.js'

export interface PlanInput {
  symbol: string | null
  title: string
  year: number
  issuedOn: LocalDate | null
  issuer: string | null
}

const TITLE_MAX = 300

/** A plan's title: at least five characters, letters, no pictographs (checked at the step and on saving). */
export function planTitle(text: string): string {
  return requireTitle(text, 'plan-error-title', 5, TITLE_MAX)
}

/** A plan's number and symbol ("12-KH/TU"), at most 40 characters; empty is none. */
export function planSymbol(text: string): string | null {
  const symbol = cleanName(text)
  if (symbol && symbol.length > 40) {
    throw new UserError('plan-error-symbol')
  }
  return symbol || null
}

/** A plan is issued in its year or before it (a plan for 2027 issued in December 2026). */
export function checkIssuedOn(issuedOn: string, year: number): string {
  if (Number(issuedOn.slice(0, 4)) > year) {
    throw new UserError('plan-error-issued-after-year')
  }
  return issuedOn
}

export function createPlanService(repos: Repositories, permissions: PermissionService) {
  return {
    async create(actor: Actor, committeeId: number, input: PlanInput): Promise<Plan> {
      await permissions.require(committeeId, actor.personId, 'plan.manage')
      const title = planTitle(input.title)
      if (!Number.isInteger(input.year) || input.year < 2000 || input.year > 2100) {
        throw new UserError('plan-error-year', { value: String(input.year) })
      }
      if (input.issuedOn) {
        checkIssuedOn(input.issuedOn, input.year)
      }
      const symbol = input.symbol ? planSymbol(input.symbol) : null
      const committee = await repos.committees.findById(committeeId)
      const issuer = input.issuer ? validateName(input.issuer) : (committee?.name ?? '')
      return repos.transaction(async (tx) => {
        const plan = await tx.plans.create({
          committeeId,
          symbol,
          title,
          year: input.year,
          issuedOn: input.issuedOn ? toDbDate(input.issuedOn) : null,
          issuer,
          createdByPersonId: actor.personId,
        })
        await tx.audit.record({
          ...auditSource(actor),
          committeeId,
          action: 'plan.create',
          targetType: 'plan',
          targetId: String(plan.id),
          after: plan,
        })
        return plan
      })
    },

    list(committeeId: number) {
      return repos.plans.list(committeeId)
    },

    async get(committeeId: number, number: number) {
      const plan = await repos.plans.findByNumber(committeeId, number)
      if (!plan) {
        throw new UserError('plan-error-unknown-number', { number })
      }
      return { plan, sessions: await repos.sessions.list(committeeId, plan.id) }
    },
  }
}
export type PlanService = ReturnType<typeof createPlanService>
