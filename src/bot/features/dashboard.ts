import { Composer, InlineKeyboard } from 'grammy'
import { UserError } from '../../services/errors.js'
import type { BotContext } from '../context.js'
import { isGroupChat } from '../filters/senders.js'
import { currentScope } from '../helpers/scope.js'

const composer = new Composer<BotContext>()

/** The start link's payload that opens the dashboard in private (t.me/<bot>?start=bangdieukhien). */
export const DASHBOARD_START = 'bangdieukhien'

/**
 * /bangdieukhien: the dashboard. Where the transport has Mini Apps (Telegram) a button opens it in
 * the app, signed with who opens it — in private only (Telegram allows web_app buttons nowhere
 * else), so a group gets a link to the private chat, whose start opens the button there. Elsewhere
 * (Zalo) a one-time login link, in private only: a group would let anyone use it first.
 */
async function openDashboard(ctx: BotContext): Promise<void> {
  const scope = await currentScope(ctx)
  if (scope.role === null) {
    throw new UserError('error-not-member')
  }
  const { dashboard } = ctx.deps.services
  const url = dashboard.appUrl()
  if (!url) {
    await ctx.reply(ctx.t('dashboard-unavailable'))
    return
  }
  // A Mini App opens only from https; a test or local address gets the login link instead.
  const miniApp = ctx.deps.capabilities.webApps && url.startsWith('https://')
  if (isGroupChat(ctx)) {
    if (miniApp && ctx.me.username) {
      const link = `https://t.me/${ctx.me.username}?start=${DASHBOARD_START}`
      await ctx.reply(ctx.t('dashboard-open-group'), { reply_markup: new InlineKeyboard().url(ctx.t('dashboard-button-private'), link) })
    } else {
      await ctx.reply(ctx.t('dashboard-login-private', { bot: ctx.me.first_name }))
    }
    return
  }
  if (miniApp) {
    await ctx.reply(ctx.t('dashboard-open-private'), { reply_markup: new InlineKeyboard().webApp(ctx.t('dashboard-button'), url) })
    return
  }
  const link = await dashboard.offerLink(scope.actor)
  await ctx.reply(link ? ctx.t('dashboard-login-link', { url: link.url, minutes: link.minutes }) : ctx.t('dashboard-unavailable'))
}

composer.command('bangdieukhien', openDashboard)

// Before /start: the group's link to the private chat carries this payload.
composer.command('start', async (ctx, next) => {
  if (!isGroupChat(ctx) && ctx.match.trim() === DASHBOARD_START) {
    await openDashboard(ctx)
    return
  }
  await next()
})

export { composer as dashboardFeature }
