import { Composer } from 'grammy'
import type { BotContext } from '../context.js'
import { CREATE_INVITE_CONVERSATION } from '../conversations/create-invite.js'
import { requirePrivate, requireRight } from '../helpers/scope.js'

const composer = new Composer<BotContext>()

composer.command('moi', async (ctx) => {
  // A code is a key: it is shown only in a private chat.
  requirePrivate(ctx)
  await requireRight(ctx, 'invite.create')
  await ctx.conversation.enter(CREATE_INVITE_CONVERSATION)
})

export { composer as invitesFeature }
