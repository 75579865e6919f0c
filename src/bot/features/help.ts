import { Composer } from 'grammy'
import type { MemberRole } from '../../db/repositories/index.js'
import { commandsFor } from '../commands.js'
import type { BotContext } from '../context.js'
import { isGroupChat } from '../filters/senders.js'

const composer = new Composer<BotContext>()

async function isGroupAdmin(ctx: BotContext): Promise<boolean> {
  if (!ctx.deps.capabilities.adminChecks) {
    // Registering needs only the code where administrators cannot be known: everyone may see how.
    return true
  }
  if (!ctx.from) {
    return false
  }
  const member = await ctx.getChatMember(ctx.from.id)
  return member.status === 'creator' || member.status === 'administrator'
}

/** Lists the commands the caller may use where they are, with their role in mind. */
composer.command('help', async (ctx) => {
  const { services } = ctx.deps
  const group = isGroupChat(ctx)
  let role: MemberRole | null = null
  if (ctx.actor) {
    if (group) {
      role = ctx.binding?.active ? await services.permissions.roleOf(ctx.binding.committeeId, ctx.actor.personId) : null
    } else {
      role = (await services.people.context(ctx.actor.personId)).role
    }
  }
  const admin = group && !ctx.binding?.active ? await isGroupAdmin(ctx) : false
  const lines = commandsFor(group ? 'group' : 'private', role, admin, ctx.binding?.active === true).map(
    (spec) => `/${spec.command} — ${ctx.t(`cmd-${spec.command}`)}`,
  )
  const header = ctx.t(group ? (ctx.binding?.active ? 'help-header-group' : 'help-header-unregistered') : 'help-header-private')
  await ctx.reply([header, '', ...lines, '', ctx.t('help-footer')].join('\n'))
})

export { composer as helpFeature }
