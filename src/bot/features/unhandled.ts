import { Composer } from 'grammy'
import type { BotContext } from '../context.js'
import { isGroupChat } from '../filters/senders.js'

const composer = new Composer<BotContext>()

// A button from an old message, or from a dialogue that has ended.
composer.on('callback_query', async (ctx) => {
  await ctx.answerCallbackQuery({ text: ctx.t('unhandled-button'), show_alert: true })
})

composer.on('message', async (ctx) => {
  // In groups the bot stays quiet about chatter; only unknown commands get an answer.
  // A malformed update may carry a `text` that is not a string: never fail on it.
  const raw: unknown = ctx.message.text
  const text = typeof raw === 'string' ? raw : ''
  if (isGroupChat(ctx)) {
    if (text.startsWith('/')) {
      await ctx.reply(ctx.t(ctx.binding?.active ? 'unhandled-command' : 'group-unregistered'))
    }
    return
  }
  await ctx.reply(ctx.t(text.startsWith('/') ? 'unhandled-command' : 'unhandled-text'))
})

export { composer as unhandledFeature }
