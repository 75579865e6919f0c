import { Composer } from 'grammy'
import { parseUserDate } from '../../services/calendar/user-date.js'
import { UserError } from '../../services/errors.js'
import { roleAllows } from '../../services/permissions.js'
import { foldVietnamese } from '../../services/text.js'
import type { BotContext } from '../context.js'
import { CREATE_PLAN_CONVERSATION, parseYear } from '../conversations/create-plan.js'
import { replyLong } from '../helpers/reply.js'
import { currentScope, parseNumberArg, readScope, requireActor } from '../helpers/scope.js'
import { sessionLine } from '../helpers/session-view.js'
import { formatVietnamese, fromDbDate } from '../../services/calendar/local-date.js'

const composer = new Composer<BotContext>()
/** Sessions listed under a plan. */
const PLAN_SESSIONS = 20

composer.command('kehoach', async (ctx) => {
  const { services } = ctx.deps
  const args = ctx.match.trim()
  const [first = ''] = args.split(/\s+/)
  const creating = ['moi', 'them', 'new'].includes(foldVietnamese(first))
  const scope = creating ? await currentScope(ctx) : await readScope(ctx, 'public')
  if (!first) {
    const plans = await services.plans.list(scope.committee.id)
    const lines = plans.map((p) =>
      ctx.t('plan-line', { number: p.number, plan: p.symbol ? `${p.symbol} — ${p.title}` : p.title, sessions: p._count.sessions }),
    )
    const hint = roleAllows(scope.role, 'plan.manage') ? 'plan-list-manage-hint' : 'plan-list-view-hint'
    await replyLong(
      ctx,
      [
        ctx.t('plan-list-header', { committee: scope.committee.name }),
        '',
        ...(lines.length ? lines : [ctx.t('plan-list-empty')]),
        '',
        ctx.t(hint),
      ].join('\n'),
    )
    return
  }
  if (/^\d+$/.test(first)) {
    const { plan, sessions } = await services.plans.get(scope.committee.id, parseNumberArg(first, 'plan-error-number'))
    await replyLong(
      ctx,
      [
        ctx.t('plan-detail', {
          number: plan.number,
          symbol: plan.symbol ?? '-',
          title: plan.title,
          year: String(plan.year),
          issued: plan.issuedOn ? formatVietnamese(fromDbDate(plan.issuedOn)) : '-',
          issuer: plan.issuer,
        }),
        '',
        ctx.t('plan-detail-sessions', { count: sessions.length }),
        // One message however many sessions the plan has: the first few, the rest on /phien.
        ...sessions.slice(0, PLAN_SESSIONS).map((s) => sessionLine(ctx.t, s)),
        ...(sessions.length > PLAN_SESSIONS ? [ctx.t('digest-more-sessions', { count: sessions.length - PLAN_SESSIONS })] : []),
      ].join('\n'),
    )
    return
  }
  if (!creating) {
    throw new UserError('plan-usage')
  }
  const actor = requireActor(ctx)
  await ctx.deps.services.permissions.require(scope.committee.id, actor.personId, 'plan.manage')
  const inline = args.slice(first.length).trim()
  if (!inline) {
    await ctx.conversation.enter(CREATE_PLAN_CONVERSATION)
    return
  }
  // One-line form: /kehoach moi 12-KH/TU | Tên kế hoạch | 2023 | 10/01/2023
  const [symbol = '', title = '', year = '', issued = ''] = inline.split('|').map((part) => part.trim())
  const planYear = parseYear(year)
  const plan = await services.plans.create(actor, scope.committee.id, {
    symbol: symbol && symbol !== '-' ? symbol : null,
    title,
    year: planYear,
    issuedOn: issued && issued !== '-' ? parseUserDate(issued, planYear) : null,
    issuer: null,
  })
  await ctx.reply(ctx.t('plan-created', { number: plan.number, plan: plan.symbol ?? plan.title }))
})

export { composer as plansFeature }
