import { InlineKeyboard } from 'grammy'
import { clip } from '../../services/text.js'
import { parseUserDate } from '../../services/calendar/user-date.js'
import { UserError } from '../../services/errors.js'
import type { ConvContext } from '../context.js'
import { currentScope } from '../helpers/scope.js'
import { askText, attempt, type BotConversation } from './prompt.js'
import { checkIssuedOn, planSymbol, planTitle } from '../../services/plans.js'
import { validateName } from '../../services/committees.js'

export const CREATE_PLAN_CONVERSATION = 'create-plan'

const SKIP = 'skip'

/** Reads a year such as "2023". */
export function parseYear(text: string): number {
  const year = Number(text.trim())
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    throw new UserError('plan-error-year', { value: clip(text, 20) })
  }
  return year
}

/** /kehoach moi: number and symbol, title, year, date of issue, issuer. */
export async function createPlanConversation(conversation: BotConversation, ctx: ConvContext): Promise<void> {
  const defaults = await conversation.external(async (outside) => {
    const scope = await currentScope(outside)
    return { committee: scope.committee.name, year: outside.deps.services.clock.now().getUTCFullYear() }
  })
  const skip = new InlineKeyboard().text(ctx.t('button-skip'), SKIP)
  const symbol = await askText(
    conversation,
    ctx,
    ctx.t('plan-ask-symbol'),
    (text) => (text === '-' ? null : planSymbol(text)),
    skip,
    (d) => (d === SKIP ? null : undefined),
  )
  const title = await askText(conversation, ctx, ctx.t('plan-ask-title'), planTitle)
  const year = await askText(
    conversation,
    ctx,
    ctx.t('plan-ask-year'),
    parseYear,
    new InlineKeyboard().text(String(defaults.year), `y:${defaults.year}`).text(String(defaults.year + 1), `y:${defaults.year + 1}`),
    (d) => (d.startsWith('y:') ? Number(d.slice(2)) : undefined),
  )
  const issuedOn = await askText(
    conversation,
    ctx,
    ctx.t('plan-ask-issued-on'),
    (text) => (text === '-' ? null : checkIssuedOn(parseUserDate(text, year), year)),
    skip,
    (d) => (d === SKIP ? null : undefined),
  )
  const issuer = await askText(
    conversation,
    ctx,
    ctx.t('plan-ask-issuer'),
    validateName,
    new InlineKeyboard().text(clip(defaults.committee, 40), 'issuer:committee'),
    (d) => (d === 'issuer:committee' ? defaults.committee : undefined),
  )
  const created = await attempt(conversation, async (outside) => {
    const scope = await currentScope(outside)
    const plan = await outside.deps.services.plans.create(scope.actor, scope.committee.id, { symbol, title, year, issuedOn, issuer })
    return { number: plan.number, label: plan.symbol ?? plan.title }
  })
  await ctx.reply(
    created.ok ? ctx.t('plan-created', { number: created.value.number, plan: created.value.label }) : ctx.t(created.key, created.vars),
  )
}
