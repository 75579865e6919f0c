import { Composer } from 'grammy'
import { normalizeCode } from '../../services/invites.js'
import type { BotContext } from '../context.js'
import { isGroupChat } from '../filters/senders.js'
import { roleLabel } from '../helpers/labels.js'
import { joinWithCode } from './registration.js'

const composer = new Composer<BotContext>()

composer.command('start', async (ctx) => {
  if (isGroupChat(ctx)) {
    const binding = ctx.binding
    await ctx.reply(
      binding?.active
        ? ctx.t('start-group-registered', {
            committee: binding.committee.name,
            purpose: binding.purpose,
            body: binding.body?.name ?? '-',
          })
        : ctx.t('group-unregistered'),
    )
    return
  }
  if (!ctx.actor) {
    return
  }
  // t.me/<bot>?start=<code> links carry an invite code.
  const payload = ctx.match.trim()
  if (payload && normalizeCode(payload).length === 10) {
    await joinWithCode(ctx, payload)
    return
  }
  const context = await ctx.deps.services.people.context(ctx.actor.personId)
  await ctx.reply(
    context.committee
      ? ctx.t('start-welcome-member', {
          name: context.person.displayName,
          committee: context.committee.name,
          role: context.role ? roleLabel(ctx.t, context.role) : '-',
        })
      : ctx.t('start-welcome-new', { name: context.person.displayName }),
  )
})

export { composer as startFeature }
