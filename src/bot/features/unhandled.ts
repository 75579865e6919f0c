import { Composer } from 'grammy'
import type { BotContext } from '../context.js'
import { clip } from '../../services/text.js'
import { COMMANDS } from '../commands.js'
import { isGroupChat } from '../filters/senders.js'
import { suggestCommands } from '../helpers/suggest-command.js'

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
  const group = isGroupChat(ctx)
  if (group && !text.startsWith('/')) {
    return
  }
  if (group && !ctx.binding?.active) {
    await ctx.reply(ctx.t('group-unregistered'))
    return
  }
  if (!text.startsWith('/')) {
    await ctx.reply(ctx.t('unhandled-text'))
    return
  }
  const here = COMMANDS.filter((spec) => spec.where.includes(group ? 'group' : 'private')).map((spec) => spec.command)
  const close = suggestCommands(text, here)
  await ctx.reply(
    close.length === 0
      ? ctx.t('unhandled-command')
      : ctx.t('unhandled-command-suggest', {
          typed: clip(text.split(/\s/)[0] ?? text, 30),
          suggestions: close.map((command) => `/${command} (${ctx.t(`cmd-${command}`)})`).join(', '),
        }),
  )
})

export { composer as unhandledFeature }
