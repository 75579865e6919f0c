import { readSessionTime } from '../../services/sessions.js'
import type { ConvContext } from '../context.js'
import { sessionWhenWithWords } from '../helpers/session-view.js'
import { currentScope } from '../helpers/scope.js'
import { askText, attempt, requireReason, type BotConversation } from './prompt.js'

export const RESCHEDULE_SESSION_CONVERSATION = 'reschedule-session'
export const CANCEL_SESSION_CONVERSATION = 'cancel-session'

export type SessionArgs = { number: number }

/** /doilich N: the new time, the reason; then the committee group is told what moved. */
export async function rescheduleSessionConversation(conversation: BotConversation, ctx: ConvContext, args: SessionArgs): Promise<void> {
  const current = await attempt(conversation, async (outside) => {
    const scope = await currentScope(outside)
    const session = await outside.deps.services.sessions.get(scope.committee.id, args.number)
    return {
      when: sessionWhenWithWords(outside.t, session),
      planYear: session.plan?.year ?? null,
      year: outside.deps.services.clock.now().getUTCFullYear(),
    }
  })
  if (!current.ok) {
    await ctx.reply(ctx.t(current.key, current.vars))
    return
  }
  const time = await askText(
    conversation,
    ctx,
    ctx.t('reschedule-ask-time', { number: args.number, when: current.value.when }),
    (text) => readSessionTime(text, current.value.planYear, current.value.year).text,
  )
  const why = await askText(conversation, ctx, ctx.t('reschedule-ask-reason'), requireReason)
  const done = await attempt(conversation, async (outside) => {
    const scope = await currentScope(outside)
    // The committee groups are told in the change's own transaction (through the outbox).
    const result = await outside.deps.services.sessions.reschedule(scope.actor, scope.committee.id, args.number, time, why)
    return { when: sessionWhenWithWords(outside.t, result.session), told: result.reach.groups }
  })
  await ctx.reply(
    done.ok
      ? ctx.t('reschedule-done', { number: args.number, when: done.value.when, groups: done.value.told })
      : ctx.t(done.key, done.vars),
  )
}

/** Cancelling a session needs a reason, kept in its history. */
export async function cancelSessionConversation(conversation: BotConversation, ctx: ConvContext, args: SessionArgs): Promise<void> {
  const why = await askText(conversation, ctx, ctx.t('cancel-session-ask-reason', { number: args.number }), requireReason)
  const done = await attempt(conversation, async (outside) => {
    const scope = await currentScope(outside)
    const { reach } = await outside.deps.services.sessions.setStatus(scope.actor, scope.committee.id, args.number, 'cancelled', why)
    return { told: reach.groups }
  })
  await ctx.reply(done.ok ? ctx.t('cancel-session-done', { number: args.number, groups: done.value.told }) : ctx.t(done.key, done.vars))
}
