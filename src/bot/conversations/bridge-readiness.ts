import { InlineKeyboard } from 'grammy'
import type { ConvContext } from '../context.js'
import { currentScope } from '../helpers/scope.js'
import { askChoice, askText, attempt, type BotConversation } from './prompt.js'

export const BRIDGE_READY_CONVERSATION = 'bridge-ready'

export type BridgeArgs = { session: number; point: number }

const SKIP = 'skip'

/** A bridge point's liaison confirms its room, its connection test and the officer in charge. */
export async function bridgeReadyConversation(conversation: BotConversation, ctx: ConvContext, args: BridgeArgs): Promise<void> {
  const yesNo = [
    { data: 'yes', label: ctx.t('bridge-yes') },
    { data: 'no', label: ctx.t('bridge-no') },
  ]
  const known = await attempt(conversation, async (outside) => {
    const scope = await currentScope(outside)
    const { points } = await outside.deps.services.afterSession.bridgePoints.list(scope.committee.id, args.session)
    const point = points.find((p) => p.position === args.point - 1)
    return point ? point.place : null
  })
  if (!known.ok || known.value === null) {
    await ctx.reply(known.ok ? ctx.t('bridge-error-unknown', { number: args.point, session: args.session }) : ctx.t(known.key, known.vars))
    return
  }
  const room = await askChoice(conversation, ctx, ctx.t('bridge-ask-room', { place: known.value }), yesNo)
  const connection = await askChoice(conversation, ctx, ctx.t('bridge-ask-connection'), yesNo)
  const liaison = await askText(
    conversation,
    ctx,
    ctx.t('bridge-ask-liaison'),
    (text) => text,
    new InlineKeyboard().text(ctx.t('button-skip'), SKIP),
    (data) => (data === SKIP ? null : undefined),
  )
  const done = await attempt(conversation, async (outside) => {
    const scope = await currentScope(outside)
    const result = await outside.deps.services.afterSession.bridgePoints.confirm(
      scope.actor,
      scope.committee.id,
      args.session,
      args.point,
      {
        roomReady: room === 'yes',
        connectionTested: connection === 'yes',
        liaison,
      },
    )
    return { ready: result.ready, late: result.late }
  })
  await ctx.reply(
    done.ok
      ? ctx.t(done.value.ready ? 'bridge-confirmed-ready' : 'bridge-confirmed-not-ready', { number: args.point, place: known.value })
      : ctx.t(done.key, done.vars),
  )
}
