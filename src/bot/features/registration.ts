import { Composer } from 'grammy'
import { UserError } from '../../services/errors.js'
import type { BotContext } from '../context.js'
import { hasPersonSender, isGroupChat } from '../filters/senders.js'
import { purposeLabel, roleLabel } from '../helpers/labels.js'
import { requireActor } from '../helpers/scope.js'

const composer = new Composer<BotContext>()

/** Redeems a person code in a private chat and says what the person now is. */
export async function joinWithCode(ctx: BotContext, code: string): Promise<void> {
  const actor = requireActor(ctx)
  const result = await ctx.deps.services.invites.join(actor, code)
  const key = result.purpose === 'body_contact' ? 'join-done-body' : 'join-done-role'
  await ctx.reply(
    ctx.t(key, {
      committee: result.committee.name,
      body: result.body?.name ?? '-',
      role: roleLabel(ctx.t, result.role),
      purpose: purposeLabel(ctx.t, result.purpose),
    }) + (result.keptRole ? `\n${ctx.t('join-kept-role', { role: roleLabel(ctx.t, result.role) })}` : ''),
  )
}

composer.command('dangky', async (ctx) => {
  if (!isGroupChat(ctx)) {
    throw new UserError('register-error-not-group')
  }
  // Anonymous admins post as the group itself: the bot cannot tell who they are.
  if (!hasPersonSender(ctx) || !ctx.from) {
    throw new UserError('register-error-anonymous')
  }
  const code = ctx.match.trim()
  if (!code) {
    throw new UserError('register-usage')
  }
  // Ask the platform, not the message: only a verified administrator may bind the group. Where the
  // platform cannot say (Zalo), the single-use code alone proves the right, as whoever holds it was given it.
  const member = ctx.deps.capabilities.adminChecks ? await ctx.getChatMember(ctx.from.id) : null
  const isAdmin = member ? member.status === 'creator' || member.status === 'administrator' : true
  const title = ('title' in ctx.chat ? ctx.chat.title : undefined) ?? null
  const result = await ctx.deps.services.invites.bindChat(
    requireActor(ctx),
    code,
    { platform: ctx.deps.platform, externalId: String(ctx.chat.id), title },
    isAdmin,
  )
  await ctx.reply(
    ctx.t('register-done', {
      committee: result.committee.name,
      purpose: result.purpose,
      body: result.body?.name ?? '-',
    }),
  )
})

composer.command('thamgia', async (ctx) => {
  if (ctx.chat.type !== 'private') {
    // Never echo the code back into a group: delete-worthy, but at least do not spread it.
    throw new UserError('join-error-not-private')
  }
  const code = ctx.match.trim()
  if (!code) {
    throw new UserError('join-usage')
  }
  await joinWithCode(ctx, code)
})

export { composer as registrationFeature }
