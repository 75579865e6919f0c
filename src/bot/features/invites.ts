import { Composer } from 'grammy'
import type { BotContext } from '../context.js'
import { CREATE_INVITE_CONVERSATION } from '../conversations/create-invite.js'
import { currentScope, requirePrivate } from '../helpers/scope.js'

const composer = new Composer<BotContext>()

composer.command('moi', async (ctx) => {
  // A code is a key: it is shown only in a private chat.
  requirePrivate(ctx)
  const scope = await currentScope(ctx)
  await ctx.deps.services.permissions.require(scope.committee.id, scope.actor.personId, 'invite.create')
  await ctx.conversation.enter(CREATE_INVITE_CONVERSATION)
})

export { composer as invitesFeature }
