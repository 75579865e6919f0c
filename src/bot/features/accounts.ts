import { Composer } from 'grammy'
import type { Platform } from '../../db/repositories/index.js'
import { CHANNEL_WORDS } from '../../services/accounts.js'
import { UserError } from '../../services/errors.js'
import { foldVietnamese } from '../../services/text.js'
import type { BotContext } from '../context.js'
import { requireActor } from '../helpers/scope.js'

const composer = new Composer<BotContext>()

function platformList(ctx: BotContext, platforms: Platform[]): string {
  return platforms.map((platform) => ctx.t('platform-name', { platform })).join(', ')
}

function channelLabel(ctx: BotContext, channel: Platform | null): string {
  return channel ? ctx.t('platform-name', { platform: channel }) : ctx.t('channel-every')
}

/** /lienket gives a code to send to the bot on the other platform; /lienket MÃ, sent there, joins the two accounts. */
composer.command('lienket', async (ctx) => {
  if (ctx.chat.type !== 'private') {
    // A code typed in a group could be taken by anyone who reads it.
    throw new UserError('link-error-not-private')
  }
  const actor = requireActor(ctx)
  const code = ctx.match.trim()
  const { accounts } = ctx.deps.services
  if (!code) {
    const created = await accounts.startLink(actor)
    await ctx.reply(ctx.t('link-code', { code: created.code, minutes: 15 }))
    return
  }
  const linked = await accounts.link(actor, code)
  await ctx.reply(ctx.t('link-done', { platforms: platformList(ctx, linked.platforms) }))
})

/** /caidat kenh [telegram|zalo|ca-hai]: where this person's private reminders and notices go. Other /caidat go on. */
composer.command('caidat', async (ctx, next) => {
  const [first = '', ...rest] = ctx.match.trim().split(/\s+/)
  if (foldVietnamese(first) !== 'kenh') {
    return next()
  }
  if (ctx.chat.type !== 'private') {
    throw new UserError('channel-error-not-private')
  }
  const actor = requireActor(ctx)
  const { accounts } = ctx.deps.services
  const value = foldVietnamese(rest.join('')).replace(/[\s-]/g, '')
  if (!value) {
    const { reachable, chosen } = await accounts.channels(actor.personId)
    await ctx.reply(ctx.t('channel-show', { channel: channelLabel(ctx, chosen), platforms: platformList(ctx, reachable) }))
    return
  }
  if (!(value in CHANNEL_WORDS)) {
    throw new UserError('channel-error-value')
  }
  const channel = CHANNEL_WORDS[value] ?? null
  await accounts.setChannel(actor.personId, channel)
  await ctx.reply(ctx.t('channel-changed', { channel: channelLabel(ctx, channel) }))
})

export { composer as accountsFeature }
