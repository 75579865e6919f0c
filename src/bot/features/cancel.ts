import { Composer } from 'grammy'
import type { BotContext } from '../context.js'

const composer = new Composer<BotContext>()

// Installed before the conversations, so /huy reaches here even while a dialogue waits.
composer.command('huy', async (ctx) => {
  const active = Object.keys(ctx.conversation.active()).length
  await ctx.conversation.exitAll()
  await ctx.reply(ctx.t(active > 0 ? 'cancel-done' : 'cancel-nothing'), { reply_markup: { remove_keyboard: true } })
})

export { composer as cancelFeature }
