import { Composer, InlineKeyboard } from 'grammy'
import { roleAllows } from '../../services/permissions.js'
import { sessionStatusData } from '../callback-data/codec.js'
import type { BotContext } from '../context.js'
import { CREATE_SESSION_CONVERSATION } from '../conversations/create-session.js'
import { CANCEL_SESSION_CONVERSATION, RESCHEDULE_SESSION_CONVERSATION, type SessionArgs } from '../conversations/session-change.js'
import { replyLong } from '../helpers/reply.js'
import { currentScope, parseNumberArg, requireActor, requirePrivate, requireRight } from '../helpers/scope.js'
import { sessionDetails, sessionLine, sessionWhenWithWords } from '../helpers/session-view.js'
import { taskLine } from '../helpers/task-view.js'

const composer = new Composer<BotContext>()

composer.command('phienmoi', async (ctx) => {
  requirePrivate(ctx)
  await requireRight(ctx, 'session.manage')
  await ctx.conversation.enter(CREATE_SESSION_CONVERSATION)
})

composer.command('phien', async (ctx) => {
  const scope = await currentScope(ctx)
  const { services } = ctx.deps
  const arg = ctx.match.trim()
  if (!arg) {
    const { upcoming, past } = await services.sessions.list(scope.committee.id)
    await replyLong(
      ctx,
      [
        ctx.t('session-list-header', { committee: scope.committee.name }),
        '',
        ctx.t('session-list-upcoming'),
        ...(upcoming.length ? upcoming.map((s) => sessionLine(ctx.t, s)) : [ctx.t('session-list-none')]),
        '',
        ctx.t('session-list-past'),
        ...(past.length ? past.map((s) => sessionLine(ctx.t, s)) : [ctx.t('session-list-none')]),
        '',
        ctx.t(roleAllows(scope.role, 'session.manage') ? 'session-list-manage-hint' : 'session-list-view-hint'),
      ].join('\n'),
    )
    return
  }
  const session = await services.sessions.get(scope.committee.id, parseNumberArg(arg, 'session-error-number'))
  const history = await services.sessions.history(scope.committee.id, session)
  const keyboard = new InlineKeyboard()
  if (roleAllows(scope.role, 'session.manage') && ctx.chat?.type === 'private') {
    const pack = (status: string) => sessionStatusData.pack({ committee: scope.committee.id, number: session.number, status })
    if (session.status === 'planned' || session.status === 'scheduled') {
      keyboard.text(ctx.t('session-button-held'), pack('held')).row()
    }
    if (session.status === 'held') {
      keyboard.text(ctx.t('session-button-concluded'), pack('concluded')).row()
    }
    if (session.status !== 'cancelled' && session.status !== 'concluded') {
      keyboard.text(ctx.t('session-button-cancel'), pack('cancelled'))
    }
  }
  const tasks = await services.tasks.list(scope.committee.id, { sessionId: session.id })
  const today = await services.tasks.today(scope.committee.id)
  const text = [
    sessionDetails(ctx.t, session, history, scope.committee.timeZone),
    '',
    ctx.t('session-detail-tasks', { count: tasks.length }),
    ...(tasks.length ? tasks.map((task) => taskLine(ctx.t, task, today)) : [ctx.t('session-list-none')]),
  ].join('\n')
  await replyLong(ctx, text, keyboard.inline_keyboard.flat().length ? keyboard : undefined)
})

composer.command('doilich', async (ctx) => {
  requirePrivate(ctx)
  const scope = await requireRight(ctx, 'session.manage')
  const [first = '', ...rest] = ctx.match.trim().split(/\s+/)
  const number = parseNumberArg(first, 'session-error-number')
  const session = await ctx.deps.services.sessions.get(scope.committee.id, number)
  const inline = rest.join(' ')
  if (inline.includes('|')) {
    // One-line form: /doilich 2 15/8/2023 8h00 | lý do
    const [time = '', reason = ''] = inline.split('|').map((part) => part.trim())
    const result = await ctx.deps.services.sessions.reschedule(scope.actor, scope.committee.id, session.number, time, reason)
    await ctx.reply(ctx.t('reschedule-done', { number, when: sessionWhenWithWords(ctx.t, result.session), groups: result.reach.groups }))
    return
  }
  await ctx.conversation.enter(RESCHEDULE_SESSION_CONVERSATION, { number } satisfies SessionArgs)
})

composer.callbackQuery(sessionStatusData.pattern, async (ctx) => {
  const actor = requireActor(ctx)
  const { committee, number, status } = sessionStatusData.unpack(ctx.callbackQuery.data)
  await ctx.answerCallbackQuery()
  if (status === 'cancelled') {
    await ctx.deps.services.permissions.require(Number(committee), actor.personId, 'session.manage')
    await ctx.conversation.enter(CANCEL_SESSION_CONVERSATION, { number: Number(number) } satisfies SessionArgs)
    return
  }
  if (status !== 'held' && status !== 'concluded') {
    return
  }
  const { session } = await ctx.deps.services.sessions.setStatus(actor, Number(committee), Number(number), status, null)
  await ctx.reply(ctx.t('session-status-changed', { number: session.number, status: ctx.t(`session-status-${session.status}`) }))
})

export { composer as sessionsFeature }
